import { addDays, daysInMonth, isIsoDate, isoDateOf, parseIsoDate } from './iso-date'
import type { Governance, ReviewCadence } from './workshop'

/**
 * The review schedule of an SLA (SPEC §4 step 5): the dates of its reviews, generated from the
 * governance's start date and review cadence over its term. Dates are ISO `YYYY-MM-DD` strings
 * throughout — calendar days, not instants, so no time zone can move a review to another day.
 */

export const CADENCE_MONTHS: Record<ReviewCadence, number> = {
  monthly: 1,
  quarterly: 3,
  halfYearly: 6,
  yearly: 12
}

/** An SLA whose term is left open is reviewed over its first year, then scheduled anew. */
export const DEFAULT_TERM_MONTHS = 12
/** Fifty years of monthly reviews; anything beyond is a typing slip, not a plan. */
const MAX_TERM_MONTHS = 600

export interface ReviewDatesOptions {
  /** Used when `termMonths` is null; 12 unless given. */
  defaultTermMonths?: number
}

/**
 * Every `cadence` months after the start, up to and including the end of the term: start
 * 2027-01-15, quarterly, 12 months → 2027-04-15, 2027-07-15, 2027-10-15, 2028-01-15. The end of
 * the term counts, because that is when the room decides whether to renew the SLA; the start does
 * not, because that is the signing itself. Each date is counted from the start (not from the
 * previous review) and clamped to the month's last day, so 31 January gives 28/29 February,
 * 31 March, 30 April … and never drifts to the 28th for the rest of the year.
 * An empty or invalid start date or a term shorter than one cadence gives no dates.
 */
export function reviewDates(governance: Pick<Governance, 'startDate' | 'termMonths' | 'reviewCadence'>, options: ReviewDatesOptions = {}): string[] {
  if (!isIsoDate(governance.startDate)) return []
  const step = CADENCE_MONTHS[governance.reviewCadence]
  const term = governance.termMonths ?? options.defaultTermMonths ?? DEFAULT_TERM_MONTHS
  if (step === undefined || !Number.isFinite(term)) return []
  const months = Math.min(Math.floor(term), MAX_TERM_MONTHS)
  const dates: string[] = []
  for (let offset = step; offset <= months; offset += step) dates.push(addMonths(governance.startDate, offset))
  return dates
}

/** `date` plus `months` calendar months, clamped to the last day of the target month. */
export function addMonths(date: string, months: number): string {
  const start = parseIsoDate(date)
  if (!start) throw new RangeError(`Not an ISO date: ${date}`)
  const { year, month, day } = start
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  return isoDateOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}

/** The first review on or after `today` (a review today is still ahead); null when all are past. */
export function nextReviewDate(dates: readonly string[], today: string): string | null {
  // ISO dates compare correctly as strings; sorting makes an edited, unordered list safe too.
  return [...dates].filter(isIsoDate).sort().find((date) => date >= today) ?? null
}

/**
 * The period a review on `date` looks back on: the last quarter that ended before that day
 * (SPEC §3, issue 10). A review on 2027-04-01 — or any day up to 2027-06-30 — reviews 2027-Q1;
 * one on 2027-01-04 reviews 2026-Q4. The screen, the review report and the calendar all name
 * the period through this one function. Null for anything but an ISO date.
 */
export function reviewedPeriod(date: string): string | null {
  const day = parseIsoDate(date)
  if (!day) return null
  const { year, month } = day
  const quarter = Math.ceil(month / 3) - 1
  return quarter === 0 ? quarterName(year - 1, 4) : quarterName(year, quarter)
}

/** A period as the reviews name it: `2027-Q1`. */
function quarterName(year: number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-Q${quarter}`
}

/**
 * The first quarter an SLA in force from `from` can be measured in (the quarter of that day), and
 * the first day a review of it can be held (the day after the quarter). A review proposed for an
 * earlier quarter would measure a time before the SLA. Null for anything but an ISO date.
 */
export function firstReviewableQuarter(from: string): { period: string; end: string; reviewFrom: string } | null {
  const day = parseIsoDate(from)
  if (!day) return null
  const period = quarterName(day.year, Math.ceil(day.month / 3))
  const [, end] = periodRange(period)!
  return { period, end, reviewFrom: addDays(end, 1) }
}

/** First and last day of a period like `2027-Q1`: `['2027-01-01', '2027-03-31']`; null for anything else. */
export function periodRange(period: string): [string, string] | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(period.trim())
  if (!match) return null
  const year = Number(match[1])
  const firstMonth = (Number(match[2]) - 1) * 3 + 1
  const lastMonth = firstMonth + 2
  return [isoDateOf(year, firstMonth, 1), isoDateOf(year, lastMonth, daysInMonth(year, lastMonth))]
}
