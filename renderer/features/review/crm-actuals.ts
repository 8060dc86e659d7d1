import type { CrmConcept, CrmFigures } from '../../../shared/crm'
import type { FunnelKey } from '../../../shared/domain/items'
import type { ActualRateField, Review } from '../../../shared/domain/review'
import type { SlaContent } from '../../../shared/domain/sla'

/** An actual (of a target or a commitment) or a measured rate the CRM figures give, and what the review holds for it now. */
export interface CrmValue<K extends string = string> {
  key: K
  value: number
  /** The value typed before, when there is one that differs: overwriting it needs the person's yes. */
  typed: number | null
}

export interface CrmFill {
  /** By the id of the target or commitment in the reviewed version. */
  actuals: CrmValue[]
  /** The calculator's rates, in percent (issue 13 §7: the calculator with the measured rates). */
  rates: CrmValue<ActualRateField>[]
}

/** The quarter's counts and revenue by the calculator figure a target came from (`source`). */
function figureOf(figures: Omit<CrmFigures, 'owners'>, source: FunnelKey): number | null {
  if (source === 'mqls') return figures.mqls.count
  if (source === 'sqls') return figures.sqls.count
  if (source === 'customers') return figures.customers.count
  if (source === 'revenue') return figures.revenue.sum
  return null
}

/** Each measured rate and the columns it needs: a rate whose later stage has no column was not measured, and is not 0 %. */
const RATES: ReadonlyArray<[ActualRateField, readonly CrmConcept[], (figures: Omit<CrmFigures, 'owners'>) => number | null]> = [
  ['leadToMql', ['created'], (figures) => figures.leadToMql.share],
  ['mqlToSql', ['becameSql'], (figures) => figures.mqlToSql.share],
  ['sqlToCustomer', ['becameSql', 'becameCustomer'], (figures) => figures.sqlToCustomer.share]
]

/** To one decimal: what a person would type, and what the screen shows. */
const tenths = (value: number) => Math.round(value * 10) / 10

function entry<K extends string>(key: K, value: number, before: number | null | undefined): CrmValue<K> {
  return { key, value, typed: before !== null && before !== undefined && before !== value ? before : null }
}

/**
 * What "Use these figures" fills, from the figures and the concepts the mapping found a column for:
 * - targets that came from the calculator's MQLs, SQLs, customers or revenue: the quarter's count
 *   or sum — a review's actuals are the quarter's, and a yearly or monthly target is converted to
 *   the quarter (review-target.ts);
 * - time commitments (first contact, accept or reject): the 90th percentile of the response time in
 *   the commitment's unit — at or below the commitment exactly when at least 90 % of the measured
 *   MQLs were within it, so the attainment reads as "kept for nine in ten"; the shares within it
 *   stand beside it in the figures;
 * - the calculator's lead → MQL, MQL → SQL and SQL → customer as the period's cohorts, in percent.
 */
export function crmFill(figures: Omit<CrmFigures, 'owners'>, mapped: readonly CrmConcept[], content: SlaContent, review: Review): CrmFill {
  const actuals: CrmValue[] = []
  for (const target of content.targets) {
    const value = target.source === null ? null : figureOf(figures, target.source)
    if (value !== null) actuals.push(entry(target.id, value, review.actuals[target.id]?.value))
  }
  for (const measured of figures.commitments) {
    const commitment = content.commitments.find((item) => item.id === measured.id)
    const span = figures[measured.span]
    const column: CrmConcept = measured.span === 'firstContact' ? 'firstContact' : 'acceptedOrRejected'
    if (!commitment || commitment.value === null || measured.hours <= 0 || span.p90Hours === null || !mapped.includes(column)) continue
    actuals.push(entry(commitment.id, tenths((span.p90Hours * commitment.value) / measured.hours), review.actuals[commitment.id]?.value))
  }
  const rates: CrmValue<ActualRateField>[] = []
  for (const [field, columns, shareOf] of RATES) {
    const share = shareOf(figures)
    if (share !== null && columns.every((concept) => mapped.includes(concept))) rates.push(entry(field, tenths(share * 100), review.actualRates[field]))
  }
  return { actuals, rates }
}

/** How many values the fill would overwrite that a person typed. */
export function overwrites(fill: CrmFill): number {
  return [...fill.actuals, ...fill.rates].filter((value) => value.typed !== null).length
}
