import type { TFunction } from 'i18next'
import type { AttainmentSummary } from '../../../shared/domain/attainment'
import type { ReviewRow } from '../../../shared/domain/review-items'
import { scalingFactor } from '../../../shared/domain/review-target'

/** "5 of 17 items met · 3 nearly met · 9 missed · 2 not measured" — the same figures as the review report. */
export function summaryText(t: TFunction, summary: AttainmentSummary): string {
  if (summary.total === 0) return t('reviewPlan.summaryNone')
  return [
    t('reviewPlan.summary', { met: summary.met, count: summary.total }),
    t('reviewPlan.nearlyMet', { count: summary.nearlyMet }),
    t('reviewPlan.missed', { count: summary.missed }),
    t('reviewPlan.notMeasured', { count: summary.notMeasured }),
    ...(summary.noTarget > 0 ? [t('reviewPlan.noTarget', { count: summary.noTarget })] : [])
  ].join(' · ')
}

/** How a yearly or monthly target became this quarter's, e.g. "yearly target pro-rated: 1/4 of 1,200 MQLs"; null when taken as agreed. */
export function targetRuleText(t: TFunction, row: ReviewRow, format: (value: number) => string): string | null {
  const rule = row.targetRule
  if (!rule || rule.agreed === null || rule.scaling.kind === 'asAgreed') return null
  if (rule.scaling.kind === 'rate') return t('reviewPlan.rateTarget')
  const agreed = `${format(rule.agreed)} ${row.unit}`.trim()
  const factor = scalingFactor(rule.scaling)
  return rule.scaling.from === 'year' ? t('reviewPlan.scaledYear', { factor, agreed }) : t('reviewPlan.scaledMonth', { factor, agreed })
}
