import { memo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { subscribeUndo, undoState } from '../../db/undo'
import { useUiStore } from '../../store/ui-store'
import { useOtherWindowNotices, useUndoActions } from './useUndoActions'

/**
 * Always at hand in the sidebar: parking lot, audience view, undo/redo and the shortcut list.
 * Not drawn again with every keystroke's save, only when what it shows changed.
 */
export const WorkshopTools = memo(function WorkshopTools({
  workshopId,
  parked,
  toggleAudience
}: {
  workshopId: string
  /** How many points wait in the parking lot. */
  parked: number
  toggleAudience(): void
}) {
  const { t } = useTranslation()
  const setParkingOpen = useUiStore((s) => s.setParkingOpen)
  const setShortcutsOpen = useUiStore((s) => s.setShortcutsOpen)
  const audienceOpen = useUiStore((s) => s.audienceOpen)
  const blank = useUiStore((s) => s.audienceBlank)
  const toggleBlank = useUiStore((s) => s.toggleAudienceBlank)
  const state = useSyncExternalStore(subscribeUndo, () => undoKey(workshopId))
  const [canUndo, canRedo] = state.split(':').map((v) => v === '1')
  const replay = useUndoActions(workshopId)
  useOtherWindowNotices(workshopId)

  return (
    <div className="workshop-tools" role="group" aria-label={t('workshop.tools')}>
      <button type="button" className="button small" onClick={() => setParkingOpen(true)}>
        {t('parking.open', { count: parked })}
      </button>
      <button type="button" className="button small" aria-pressed={audienceOpen} onClick={toggleAudience}>
        {t('audience.toggle')}
      </button>
      {audienceOpen && (
        <button type="button" className="button small" aria-pressed={blank} onClick={toggleBlank}>
          {blank ? t('audience.unblank') : t('audience.blank')}
        </button>
      )}
      <div className="tool-row">
        <button type="button" className="button small quiet" disabled={!canUndo} onClick={() => void replay('undo')}>
          <span aria-hidden="true">↶</span> {t('undo.undo')}
        </button>
        <button type="button" className="button small quiet" disabled={!canRedo} onClick={() => void replay('redo')}>
          <span aria-hidden="true">↷</span> {t('undo.redo')}
        </button>
        <button type="button" className="button small quiet" onClick={() => setShortcutsOpen(true)} aria-label={t('shortcuts.open')} title={t('shortcuts.open')}>
          ?
        </button>
      </div>
    </div>
  )
})

/** A primitive snapshot for useSyncExternalStore. */
function undoKey(workshopId: string): string {
  const { canUndo, canRedo } = undoState(workshopId)
  return `${canUndo ? 1 : 0}:${canRedo ? 1 : 0}`
}
