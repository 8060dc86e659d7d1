import { useEffect } from 'react'
import { useUiStore } from '../../store/ui-store'

/** Brings the section a link pointed to into view and moves keyboard focus there. */
export function useScrollToAnchor(ready: boolean) {
  const anchor = useUiStore((s) => s.pendingAnchor)
  const anchorReached = useUiStore((s) => s.anchorReached)
  useEffect(() => {
    if (!anchor || !ready) return
    let frames = 0
    let handle = 0
    const seek = () => {
      const element = document.getElementById(anchor)
      if (element) {
        element.scrollIntoView({ block: 'start' })
        if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
        element.focus({ preventScroll: true })
        anchorReached()
      } else if (frames++ < 30) {
        handle = requestAnimationFrame(seek)
      } else {
        anchorReached()
      }
    }
    handle = requestAnimationFrame(seek)
    return () => cancelAnimationFrame(handle)
  }, [anchor, ready, anchorReached])
}
