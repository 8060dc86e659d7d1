import { useEffect } from 'react'
import { failureMessage } from '../../app/failure-message'
import { UndoRefusedError, type Direction } from '../../db/undo'
import { redoEdit, undoEdit } from '../../db/undo-repo'
import { onWorkshopMessage } from '../../db/workshop-channel'
import { useNoticeStore } from '../../store/notice-store'

const FAILED = { undo: 'failures.undoFailed', redo: 'failures.redoFailed' } as const

/**
 * Undo and redo for the buttons and the keyboard. Never rejects: a refused step is told with its
 * reason, any other failure too (the step then stays in the history to be tried again).
 */
export function useUndoActions(workshopId: string): (direction: Direction) => Promise<void> {
  const showNotice = useNoticeStore((s) => s.show)
  return async (direction) => {
    try {
      await (direction === 'undo' ? undoEdit(workshopId) : redoEdit(workshopId))
    } catch (error) {
      // A refused step is expected (another window signed or edited): told, not an error of the app.
      if (!(error instanceof UndoRefusedError)) console.error(`${direction} failed`, error)
      showNotice({ message: (t) => failureMessage(t, error, FAILED[direction]) })
    }
  }
}

/** Tells the person when another window signed this workshop, and once that it is edited there too. */
export function useOtherWindowNotices(workshopId: string) {
  const showNotice = useNoticeStore((s) => s.show)
  useEffect(() => {
    let toldAboutEdits = false
    return onWorkshopMessage((message) => {
      if (message.workshopId !== workshopId) return
      if (message.type === 'signed') showNotice({ message: (t) => t('signedSla.otherWindowSigned', { number: message.number }) })
      else if (message.type === 'edited' && !toldAboutEdits) {
        toldAboutEdits = true
        showNotice({ message: (t) => t('signedSla.otherWindowEdited') })
      }
    })
  }, [workshopId, showNotice])
}
