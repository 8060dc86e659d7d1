import { useEffect, useRef } from 'react'
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

/**
 * A section opened from the navigation, or a workshop opened from the list, starts at its top with
 * its heading focused, as a new page would; not where the page before was scrolled to. A link to a
 * place inside the section (useScrollToAnchor) goes there instead.
 */
export function useTopOfSection(place: string, ready: boolean) {
  const shown = useRef<string | null>(null)
  useEffect(() => {
    if (!ready || shown.current === place) return
    shown.current = place
    if (useUiStore.getState().pendingAnchor) return
    // Someone already typing in the section (a field clicked as it appeared) keeps their place; a
    // button that led here ("Next") does not count.
    const content = document.querySelector('.workshop-content')
    const active = document.activeElement
    if (active && content?.contains(active) && active.matches('input, textarea, select, [contenteditable="true"]')) return
    window.scrollTo({ top: 0 })
    const heading = content?.querySelector<HTMLElement>('h1')
    if (!heading) return
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
    heading.focus({ preventScroll: true })
  }, [place, ready])
}
