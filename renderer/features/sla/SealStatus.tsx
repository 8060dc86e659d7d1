import { useTranslation } from 'react-i18next'
import type { SlaVersion } from '../../../shared/domain/sla'
import { sealGroups, sealedLater, type SealCheck } from '../../../shared/domain/sla-seal'
import { shownState } from '../../../shared/domain/sla-status'
import { useUiLanguage } from '../../i18n/ui-language'
import { formatDateTime } from '../../ui/dates'

/**
 * A signed version is shown as signed only while it matches its seal (issue 12 §1): a version
 * changed after signing — in a backup file, or directly in the database — reads "does not match
 * its seal" wherever it appears, and is never exported as signed.
 */
export function sealBroken(version: Pick<SlaVersion, 'state'> | undefined, check: SealCheck | undefined): boolean {
  return version !== undefined && shownState(version, check?.ok) === 'sealBroken'
}

/** The state badge of a version: its state, or that it does not match its seal. */
export function StateBadge({ version, check }: { version: SlaVersion; check: SealCheck | undefined }) {
  const { t } = useTranslation()
  const shown = shownState(version, check?.ok)
  if (shown === 'sealBroken') return <span className="state-badge broken">⚠ {t('sla.states.sealBroken')}</span>
  return <span className={`state-badge ${shown}`}>{t(`sla.states.${shown}`)}</span>
}

/** Below a signed version: why it does not count as signed, or that it was sealed only after signing. */
export function SealNote({ version, check, full = false }: { version: SlaVersion; check: SealCheck | undefined; full?: boolean }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  if (version.state === 'draft') return null
  if (sealBroken(version, check)) {
    return (
      <p className="row-warning seal-note" role="alert">
        {t('signedSla.seal.brokenExplained', { number: version.number })}
      </p>
    )
  }
  return (
    <>
      {full && version.seal && <SealLines label={t('signedSla.seal.label')} seal={version.seal} />}
      {sealedLater(version) && version.sealedAt !== null && (
        <p className="field-hint seal-note">{t('signedSla.seal.sealedLater', { date: formatDateTime(version.sealedAt, language) })}</p>
      )}
    </>
  )
}

/** The full seal as the signature page prints it, two lines of eight groups, so the two can be compared line by line. */
function SealLines({ label, seal }: { label: string; seal: string }) {
  const [first, second] = sealGroups(seal)
  return (
    <p className="seal-note">
      {label}:
      <br />
      <span className="fingerprint">
        {first}
        <br />
        {second}
      </span>
    </p>
  )
}
