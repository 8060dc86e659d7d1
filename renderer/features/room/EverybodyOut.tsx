import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { everybodyOut } from './room-session'

/**
 * "Everybody out" (issue 14 §3): after asking, the room gets a new secret and room code, so the old
 * address is dead and every phone must join again; the join panel then shows the new way in.
 */
export function EverybodyOut({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<'done' | 'failed' | null>(null)

  const confirm = async () => {
    setAsking(false)
    setBusy(true)
    setOutcome(null)
    const done = await everybodyOut(workshopId)
    setBusy(false)
    setOutcome(done ? 'done' : 'failed')
  }

  return (
    <div className="room-out">
      <button type="button" className="button" disabled={busy} onClick={() => setAsking(true)}>
        {t('roomScreen.everybodyOut.button')}
      </button>
      {outcome === 'done' && (
        <p role="status" className="field-hint">
          {t('roomScreen.everybodyOut.done')}
        </p>
      )}
      {outcome === 'failed' && (
        <p role="alert" className="field-error">
          {t('roomScreen.everybodyOut.failed')}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t('roomScreen.everybodyOut.title')}
        message={t('roomScreen.everybodyOut.message')}
        confirmLabel={t('roomScreen.everybodyOut.confirm')}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </div>
  )
}
