import { nextReviewDate, reviewDates, reviewPeriodLabel } from './review-dates'
import type { Workshop } from './workshop'

/**
 * The next review a workshop owes, and whether it is overdue (SPEC §5; the workshop list and
 * the navigation show it). A review date is overdue when it has passed and no review was held
 * for its period.
 */
export function reviewStatus(
  workshop: Pick<Workshop, 'governance'>,
  heldPeriods: readonly string[],
  today: string
): { date: string | null; overdue: boolean } {
  const dates = reviewDates(workshop.governance)
  const held = new Set(heldPeriods)
  const missed = dates.find((date) => date < today && !held.has(reviewPeriodLabel(date) ?? ''))
  if (missed) return { date: missed, overdue: true }
  return { date: nextReviewDate(dates, today), overdue: false }
}
