import { useEffect } from 'react'
import { isStepId, STEP_IDS } from '../../../shared/domain/workshop'
import { useUndoActions } from './useUndoActions'
import { useTimerStore } from '../../store/timer-store'
import { useUiStore } from '../../store/ui-store'

const SECTIONS = ['overview', ...STEP_IDS] as const

/** Typing in a field keeps the browser's own keys (text undo, page keys). */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export interface ShortcutHandlers {
  toggleAudience(): void
  toggleBlank(): void
}

/**
 * The keyboard of the room (SPEC §7): next/previous step (also a presenter's clicker, which sends
 * Page Down/Up), timer, parking lot, audience view, undo/redo, and `?` for the overview.
 */
export function useShortcuts(workshopId: string, section: string, handlers: ShortcutHandlers) {
  const replay = useUndoActions(workshopId)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ui = useUiStore.getState()
      const editing = isEditable(event.target)
      const go = (direction: 1 | -1) => {
        const index = SECTIONS.indexOf(section as (typeof SECTIONS)[number])
        const next = SECTIONS[Math.min(SECTIONS.length - 1, Math.max(0, index + direction))]!
        if (next !== section) ui.navigate({ screen: 'workshop', workshopId, section: next })
      }
      const key = event.key
      let handled = true
      if ((key === 'PageDown' || key === 'PageUp') && (event.altKey || !editing)) go(key === 'PageDown' ? 1 : -1)
      else if (event.altKey && !event.ctrlKey && key.toLowerCase() === 't' && isStepId(section))
        useTimerStore.getState().toggle(workshopId, section)
      else if (event.altKey && !event.ctrlKey && key.toLowerCase() === 'p') ui.setParkingOpen(!ui.parkingOpen)
      else if (event.altKey && !event.ctrlKey && key.toLowerCase() === 'a') handlers.toggleAudience()
      else if (event.altKey && !event.ctrlKey && key.toLowerCase() === 'b') handlers.toggleBlank()
      else if ((key === '?' || key === 'F1') && !editing) ui.setShortcutsOpen(true)
      else if ((event.ctrlKey || event.metaKey) && !editing && key.toLowerCase() === 'z') void replay(event.shiftKey ? 'redo' : 'undo')
      else if ((event.ctrlKey || event.metaKey) && !editing && key.toLowerCase() === 'y') void replay('redo')
      else handled = false
      if (handled) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [workshopId, section, handlers, replay])
}
