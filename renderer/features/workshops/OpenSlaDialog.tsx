import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SlaDocxReading } from '../../../shared/docx'
import { failureMessage } from '../../app/failure-message'
import { importSlaDocument } from '../../db/sla-docx-import'
import { saveNow } from '../../save/save-queue'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import { Modal } from '../../ui/Modal'

/** Word files above this are not ours: an SLA with drawn signatures stays far below. */
export const MAX_DOCX_BYTES = 40 * 1024 * 1024

export interface OpenedSla {
  name: string
  reading: SlaDocxReading
}

/** "Open SLA from Word file" (SPEC §6): says whether it is ours and unchanged, then recreates it. */
export function OpenSlaDialog({ opened, onClose }: { opened: OpenedSla | null; onClose(): void }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const [existing, setExisting] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const close = () => {
    setExisting(null)
    setFailure(null)
    onClose()
  }
  const reading = opened?.reading
  const create = (asDraft: boolean) => {
    if (reading?.kind !== 'sla') return
    setFailure(null)
    void saveNow(async () => {
      try {
        const result = await importSlaDocument(reading.data, asDraft)
        if (result.kind === 'exists') return setExisting(result.workshopId)
        close()
        showNotice({ message: t('openSla.created', { title: reading.data.content.title }) })
        navigate({ screen: 'workshop', workshopId: result.workshopId, section: 'sla', tab: 'versions' })
      } catch (error) {
        // Told here, where the person can try again; the import is one transaction, so nothing changed.
        console.error('Creating the workshop from the Word file failed', error)
        setFailure(failureMessage(t, error, 'failures.openSlaFailed'))
      }
    })
  }
  return (
    <Modal open={opened !== null} title={t('openSla.title')} onClose={close}>
      {reading?.kind === 'notFromApp' && (
        <div role="alert" data-reading="notFromApp">
          <p>
            <strong>{opened?.name}</strong>
          </p>
          <p>{t('openSla.notFromApp')}</p>
          <p className="field-hint">{t(`openSla.reasons.${reading.reason}`)}</p>
        </div>
      )}
      {reading?.kind === 'sla' && (
        <div data-reading={reading.integrity}>
          <p>
            <strong>{opened?.name}</strong>
            <br />
            {t('openSla.found', {
              organisation: reading.data.content.organisation,
              number: reading.data.version.number,
              state: t(`sla.states.${reading.data.version.state}`)
            })}
          </p>
          {reading.integrity === 'unchanged' ? (
            <p className="all-good">✓ {reading.checked === 'textOnly' ? t('openSla.unchangedDraft') : t('openSla.unchanged')}</p>
          ) : (
            <div className="row-warning" role="alert">
              <p>⚠ {t('openSla.changed')}</p>
              <ul>
                {reading.reasons.map((reason) => (
                  <li key={reason}>{t(`openSla.${reason}`)}</li>
                ))}
              </ul>
            </div>
          )}
          {existing && (
            <p className="row-warning">
              {t('openSla.exists')}{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  const id = existing
                  close()
                  navigate({ screen: 'workshop', workshopId: id, section: 'sla', tab: 'versions' })
                }}
              >
                {t('openSla.openExisting')}
              </button>
            </p>
          )}
        </div>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button quiet" onClick={close}>
          {t('common.close')}
        </button>
        {reading?.kind === 'sla' && !existing && (
          <button type="button" className="button primary" onClick={() => create(reading.integrity === 'changed')}>
            {reading.integrity === 'changed' ? t('openSla.createDraft') : t('openSla.create')}
          </button>
        )}
      </div>
    </Modal>
  )
}
