import { useTranslation } from 'react-i18next'
import type { AgreementStatus } from '../../shared/domain/workshop'
import { useReadOnly } from './read-only'
import './items.css'

interface Props {
  status: AgreementStatus
  /** What is agreed, for the accessible name ("Agreed: MQL definition"). */
  what: string
  onChange(status: AgreementStatus): unknown
}

/** Proposed ↔ agreed. Agreed means marketing and sales both accept it (SPEC §3). */
export function AgreementToggle({ status, what, onChange }: Props) {
  const { t } = useTranslation()
  const agreed = status === 'agreed'
  const readOnly = useReadOnly()
  if (readOnly) {
    return <span className={`status-badge ${status}`}>{agreed ? t('agreement.agreed') : t('agreement.proposed')}</span>
  }
  return (
    <button
      type="button"
      className={`agreement-toggle ${agreed ? 'is-agreed' : ''}`}
      aria-pressed={agreed}
      // The name starts with the one visible word (label in name); pressed or not says the state.
      aria-label={`${t('agreement.agreed')}: ${what}`}
      title={t('agreement.hint')}
      onClick={() => void onChange(agreed ? 'proposed' : 'agreed')}
    >
      <span aria-hidden="true">{agreed ? '✓' : '○'}</span>
      {t('agreement.agreed')}
    </button>
  )
}
