import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import type { BackupData } from '../../../shared/backup/format'
import type { BackupWarning } from '../../../shared/backup/problems'
import { backupProblemText } from '../../app/failure-message'
import type { ImportMode, ImportPlan } from '../../db/backup-repo'
import { Modal } from '../../ui/Modal'
import { RestoreComparison } from './RestoreComparison'

export interface RestoreState {
  data: BackupData
  plan: ImportPlan
  warnings: BackupWarning[]
}

export function backupWarningMessage(t: TFunction, warning: BackupWarning): string {
  return backupProblemText(t, `restore.warningTexts.${warning.code}`, warning.params)
}

/**
 * Shows what a backup holds and asks before anything on this laptop is overwritten (SPEC §6).
 * Every mix of ids has a choice that works: new ids import as they are, ids of this laptop's
 * workshops replace (keeping newer signed versions) or copy, and ids held by other workshops
 * (e.g. one opened from the SLA's Word file) import as copies.
 */
export function RestoreDialog({ state, onCancel, onImport }: { state: RestoreState | null; onCancel(): void; onImport(mode: ImportMode): void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const plan = state?.plan
  const count = plan?.workshops.length ?? 0
  const keepsSigned = plan?.workshops.some((entry) => entry.keeps.length > 0) ?? false
  const copyOnly = plan !== undefined && !plan.canReplace
  return (
    <Modal open={state !== null} title={t('restore.title')} onClose={onCancel}>
      {state && plan && (
        <>
          <p>{t('restore.found', { count })}</p>
          <ul className="restore-list">
            {plan.workshops.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.title}</strong> · {entry.organisation}
                {entry.existing && <span className="state-badge draft">{t('restore.exists')}</span>}
              </li>
            ))}
          </ul>
          {plan.workshops.map((entry) => (
            <RestoreComparison key={entry.id} entry={entry} language={language} />
          ))}
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
          {plan.foreignCollision && <p className="row-warning">{t('restorePlan.foreign', { count })}</p>}
          {plan.existingCount > 0 && plan.canReplace && (
            <p className="row-warning">
              {t(keepsSigned ? 'restorePlan.replaceKeepingConfirm' : 'restorePlan.replaceConfirm', { count: plan.existingCount })}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="button quiet" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            {(plan.existingCount > 0 || copyOnly) && (
              <button type="button" className={copyOnly ? 'button primary' : 'button'} onClick={() => onImport('copy')}>
                {t('restorePlan.asCopy', { count })}
              </button>
            )}
            {plan.canReplace &&
              (plan.existingCount > 0 ? (
                <button type="button" className="button danger primary" onClick={() => onImport('replace')}>
                  {t(keepsSigned ? 'restorePlan.replaceKeeping' : 'restore.replace')}
                </button>
              ) : (
                <button type="button" className="button primary" onClick={() => onImport('replace')}>
                  {t('restore.importNew')}
                </button>
              ))}
          </div>
        </>
      )}
    </Modal>
  )
}
