import type { TFunction } from 'i18next'
import type { Language } from '../../shared/domain/language'
import { formatNumber, formatPercent, otherLanguageReading, POINTS_LIMIT, RATE_RANGE, type NumberProblem } from '../../shared/domain/numbers'

/** The one place where a number's problem code becomes a sentence in the UI language, with examples in its notation. */
export function numberProblemText(problem: NumberProblem, t: TFunction, language: Language, typed = ''): string {
  switch (problem) {
    case 'ambiguous':
      return t('numbers.ambiguous', { typed: typed.trim(), other: formatNumber(otherLanguageReading(typed, language), language), decimal: formatNumber(1234.5, language) })
    case 'invalid':
      return t('numbers.invalid', { example: formatNumber(500000, language) })
    case 'notation':
      return t('numbers.notation', { thousands: formatNumber(500000, language), decimal: formatNumber(1234.5, language) })
    case 'rateRange':
      return t('numbers.rateRange', { min: formatPercent(RATE_RANGE.above, language), max: formatPercent(RATE_RANGE.atMost, language) })
    case 'pointsRange':
      return t('numbers.pointsRange', { min: formatNumber(-POINTS_LIMIT, language), max: formatNumber(POINTS_LIMIT, language) })
    default:
      return t(`numbers.${problem}`)
  }
}
