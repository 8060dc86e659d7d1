import { attainmentSummary } from './attainment'
import type { AttainmentThresholds, Review } from './review'
import { reviewRows } from './review-items'
import type { SlaContent } from './sla'

/**
 * What a quarterly review adds to the one before (SPEC §5 "keep at it"; issue 12 §5): the change
 * since the previous review, the actions that are overdue, the next date. The review screen and
 * the review report read these, so both say the same.
 */

/** The review held for the quarter before this one's: the latest earlier period, whatever its version. */
export function previousReview<R extends Pick<Review, 'id' | 'period'>>(reviews: readonly R[], review: Pick<Review, 'id' | 'period'>): R | null {
  const earlier = reviews.filter((r) => r.id !== review.id && r.period < review.period)
  return earlier.reduce<R | null>((latest, r) => (latest === null || r.period > latest.period ? r : latest), null)
}

export interface ReviewChange {
  previousPeriod: string
  /** Items met then and now, each counted against its own review's SLA version. */
  previousMet: number
  previousTotal: number
  met: number
  total: number
  /** The previous review's actual of a target or commitment that both reviews measure, by item id. */
  previousActuals: ReadonlyMap<string, number>
}

export function reviewChange(
  current: { review: Pick<Review, 'actuals'>; content: SlaContent },
  previous: { review: Pick<Review, 'actuals' | 'period'>; content: SlaContent },
  thresholds: AttainmentThresholds
): ReviewChange {
  const now = attainmentSummary(reviewRows(current.content, current.review, thresholds).map((row) => row.attainment))
  const then = attainmentSummary(reviewRows(previous.content, previous.review, thresholds).map((row) => row.attainment))
  const previousActuals = new Map<string, number>()
  for (const [id, actual] of Object.entries(previous.review.actuals)) {
    if (actual.value !== null && Number.isFinite(actual.value)) previousActuals.set(id, actual.value)
  }
  return { previousPeriod: previous.review.period, previousMet: then.met, previousTotal: then.total, met: now.met, total: now.total, previousActuals }
}

/** An action is overdue on a day when its due date has passed and it is not done. */
export function isOverdue(action: { due: string; state: string }, onDate: string): boolean {
  return action.state !== 'done' && action.due !== '' && action.due < onDate
}
