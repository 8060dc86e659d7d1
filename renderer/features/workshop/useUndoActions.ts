import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { UndoRefusedError } from '../../db/undo'
import { redoEdit, undoEdit } from '../../db/undo-repo'
import { onWorkshopMessage } from '../../db/workshop-channel'
import { useNoticeStore } from '../../store/notice-store'

type Direction = 'undo' | 'redo'

const REFUSED = {
  undo: { signed: 'signedSla.undoSigned', changed: 'signedSla.undoChanged' },
  redo: { signed: 'signedSla.redoSigned', changed: 'signedSla.redoChanged' }
} as const

/** Undo and redo for the buttons and the keyboard; a refused step is told, never dropped in silence. */
export function useUndoActions(workshopId: string): (direction: Direction) => Promise<void> {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  return async (direction) => {
    try {
      await (direction === 'undo' ? undoEdit(workshopId) : redoEdit(workshopId))
    } catch (error) {
      if (!(error instanceof UndoRefusedError)) throw error
      showNotice({ message: t(REFUSED[direction][error.reason]) })
    }
  }
}

/** Tells the person when another window signed this workshop, and once that it is edited there too. */
export function useOtherWindowNotices(workshopId: string) {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  useEffect(() => {
    let toldAboutEdits = false
    return onWorkshopMessage((message) => {
      if (message.workshopId !== workshopId) return
      if (message.type === 'signed') showNotice({ message: t('signedSla.otherWindowSigned', { number: message.number }) })
      else if (message.type === 'edited' && !toldAboutEdits) {
        toldAboutEdits = true
        showNotice({ message: t('signedSla.otherWindowEdited') })
      }
    })
  }, [workshopId, t, showNotice])
}
