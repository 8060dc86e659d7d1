import type { CrmFigures } from '../../../shared/crm'
import type { FunnelKey } from '../../../shared/domain/items'
import type { Review } from '../../../shared/domain/review'
import type { SlaContent } from '../../../shared/domain/sla'

/** A target's actual the CRM figures give, and what the review holds for it now. */
export interface CrmActual {
  itemId: string
  value: number
  /** The value typed before, when there is one that differs: overwriting it needs the person's yes. */
  typed: number | null
}

/** The quarter's counts and revenue by the calculator figure a target came from (`source`). */
function figureOf(figures: CrmFigures, source: FunnelKey): number | null {
  if (source === 'mqls') return figures.mqls.count
  if (source === 'sqls') return figures.sqls.count
  if (source === 'customers') return figures.customers.count
  if (source === 'revenue') return figures.revenue.sum
  return null
}

/**
 * The actuals "Use these figures" fills: every target of the reviewed version that came from the
 * calculator's MQLs, SQLs, customers or revenue (their counts are the quarter's, as the review's
 * targets are). Commitments are not filled in this slice: which of median, p90 or share is "the"
 * actual of a time commitment is for the room to decide.
 */
export function crmActuals(figures: CrmFigures, content: SlaContent, review: Review): CrmActual[] {
  const actuals: CrmActual[] = []
  for (const target of content.targets) {
    const value = target.source === null ? null : figureOf(figures, target.source)
    if (value === null) continue
    const before = review.actuals[target.id]?.value ?? null
    actuals.push({ itemId: target.id, value, typed: before !== null && before !== value ? before : null })
  }
  return actuals
}
