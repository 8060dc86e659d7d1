import { nextReviewDate, reviewedPeriod } from './review-dates'
import { reviewDateList, type ReviewPlanSource } from './review-plan'

/**
 * The next review a workshop has planned, and whether one is overdue (SPEC §5; the workshop
 * list and the navigation show it). The dates are the one schedule of step 5. A review date is
 * overdue when it has passed and no review was held for the period it looks back on — but only
 * once an SLA was signed (`owed`): before that there is nothing to review yet.
 */
export function reviewStatus(
  workshop: ReviewPlanSource,
  heldPeriods: readonly string[],
  today: string,
  owed = true
): { date: string | null; overdue: boolean } {
  const dates = reviewDateList(workshop)
  const held = new Set(heldPeriods)
  const missed = owed ? dates.find((date) => date < today && !held.has(reviewedPeriod(date) ?? '')) : undefined
  if (missed) return { date: missed, overdue: true }
  return { date: nextReviewDate(dates, today), overdue: false }
}
