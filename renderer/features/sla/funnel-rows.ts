import type { TFunction } from 'i18next'
import type { FunnelResult } from '../../../shared/domain/funnel'
import { FUNNEL_COUNT_KEYS } from '../../../shared/domain/items'
import type { Language } from '../../../shared/domain/language'
import { formatMoney, formatNumber } from '../../../shared/domain/numbers'

/**
 * The calculator's results as label and value, in the order of the funnel: the step 4 panel and
 * the audience view show the same rows. `missing` stands where an optional input was not given.
 */
export function funnelResultRows(values: FunnelResult, t: TFunction, language: Language, currency: string, missing: string): Array<[string, string]> {
  return [
    [t('sla.calculator.revenue'), formatMoney(values.revenue, currency, language)],
    ...FUNNEL_COUNT_KEYS.map((key): [string, string] => {
      const value = values[key]
      return [t(`sla.calculator.${key}`), value === null ? missing : formatNumber(value, language, 0)]
    }),
    [t('sla.calculator.valueOfLead'), formatMoney(values.valueOfLead, currency, language)]
  ]
}
