import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { BackupData } from '../../../shared/backup/format'
import type { BackupError, BackupWarning, RecordKind } from '../../../shared/backup/problems'
import type { ImportMode, ImportPlan } from '../../db/backup-repo'
import { Modal } from '../../ui/Modal'

export interface RestoreState {
  data: BackupData
  plan: ImportPlan
  warnings: BackupWarning[]
}

/** Turns a backup problem's code and params into a sentence (kinds of record translated too). */
function translate(t: TFunction, key: string, params: Record<string, unknown>): string {
  const words: Record<string, unknown> = { ...params }
  if (typeof params.kind === 'string') words.kind = t(`restore.kinds.${params.kind as RecordKind}`)
  return t(key as never, words)
}

export function backupErrorMessage(t: TFunction, error: BackupError): string {
  return translate(t, `restore.errors.${error.code}`, error.params)
}

export function backupWarningMessage(t: TFunction, warning: BackupWarning): string {
  return translate(t, `restore.warningTexts.${warning.code}`, warning.params)
}

/** Shows what a backup holds and asks before anything on this laptop is overwritten (SPEC §6). */
export function RestoreDialog({ state, onCancel, onImport }: { state: RestoreState | null; onCancel(): void; onImport(mode: ImportMode): void }) {
  const { t } = useTranslation()
  return (
    <Modal open={state !== null} title={t('restore.title')} onClose={onCancel}>
      {state && (
        <>
          <p>{t('restore.found', { count: state.plan.workshops.length })}</p>
          <ul className="restore-list">
            {state.plan.workshops.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.title}</strong> · {entry.organisation}
                {entry.existing && <span className="state-badge draft">{t('restore.exists')}</span>}
              </li>
            ))}
          </ul>
          {state.warnings.length > 0 && (
            <>
              <h3>{t('restore.warnings')}</h3>
              <ul className="restore-warnings">
                {state.warnings.map((warning, index) => (
                  <li key={index}>{backupWarningMessage(t, warning)}</li>
                ))}
              </ul>
            </>
          )}
          {state.plan.existingCount > 0 && state.plan.canReplace && (
            <p className="row-warning">{t('restore.replaceConfirm', { count: state.plan.existingCount })}</p>
          )}
          <div className="modal-actions">
            <button type="button" className="button quiet" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            {state.plan.existingCount > 0 ? (
              <>
                <button type="button" className="button" onClick={() => onImport('copy')}>
                  {t('restore.asCopy')}
                </button>
                {state.plan.canReplace && (
                  <button type="button" className="button danger primary" onClick={() => onImport('replace')}>
                    {t('restore.replace')}
                  </button>
                )}
              </>
            ) : (
              <button type="button" className="button primary" onClick={() => onImport('replace')}>
                {t('restore.importNew')}
              </button>
            )}
          </div>
        </>
      )}
    </Modal>
  )
}
