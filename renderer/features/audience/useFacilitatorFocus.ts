import { useEffect, useState } from 'react'
import { FOCUS_ATTRIBUTE, isFocusKey, type FocusKey } from './channel'

/**
 * The marked part of the screen that keyboard focus is in (a field, a button): what the
 * facilitator works on, for the audience view to follow. Moving to another section of the
 * workshop starts afresh; focus on anything unmarked means "the whole section".
 */
export function useFacilitatorFocus(section: string): FocusKey | null {
  const [focus, setFocus] = useState<{ section: string; key: FocusKey | null } | null>(null)
  useEffect(() => {
    const follow = (event: FocusEvent) => {
      const marked = event.target instanceof Element ? event.target.closest(`[${FOCUS_ATTRIBUTE}]`) : null
      const key = marked?.getAttribute(FOCUS_ATTRIBUTE)
      setFocus({ section, key: isFocusKey(key) ? key : null })
    }
    document.addEventListener('focusin', follow)
    return () => document.removeEventListener('focusin', follow)
  }, [section])
  return focus?.section === section ? focus.key : null
}
