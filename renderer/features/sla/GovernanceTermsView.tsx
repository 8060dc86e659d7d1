import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { workingDaysText } from '../../../shared/domain/sla-clock'
import type { SlaGovernance } from '../../../shared/domain/sla'
import { GOVERNANCE_TEXTS } from '../../../shared/domain/workshop'

/**
 * What a signed version says of scope, hand-over, its clock, renewal, end, the second stage and
 * data protection (issue 12 §4), as rows of the version view's governance list. A version signed
 * before these existed has none of them and shows none.
 */
export function GovernanceTermsRows({ governance }: { governance: SlaGovernance }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const clock = governance.clock
  return (
    <>
      {clock && (
        <div>
          <dt>{t('sla.governance.clockMode')}</dt>
          <dd>
            {t(`sla.governance.clockModes.${clock.mode}`)}
            {clock.mode === 'business' && `: ${workingDaysText(clock.workingDays, language)}, ${clock.dayStart}–${clock.dayEnd} (${clock.timeZone})`}
            {' · '}
            {t(`reviewPlan.regions.${clock.holidayRegion}`)}
          </dd>
        </div>
      )}
      {GOVERNANCE_TEXTS.map((field) =>
        governance[field] === undefined ? null : (
          <div key={field}>
            <dt>{t(`sla.governance.${field}`)}</dt>
            <dd>{governance[field] || t('sla.empty')}</dd>
          </div>
        )
      )}
    </>
  )
}
