import { DEFAULT_HOLIDAY_REGION, isHolidayRegion, nextWorkingDay, nonWorkingReason, type HolidayRegion, type NonWorkingReason } from './holidays'
import { isIsoDate } from './iso-date'
import { reviewDates } from './review-dates'
import type { Governance } from './workshop'

/**
 * The one list of review dates (issue 10 §4): step 5, the workshop list, the navigation, the
 * minutes, the SLA document and the calendar (.ics) all read it from here.
 *
 * Dates are generated from the SLA's start, term and cadence (review-dates.ts) and moved to the
 * next working day. The room's changes are kept as edits on top of that — a generated date moved
 * or removed, a date added — so changing the start or the cadence later still regenerates the
 * schedule, and an edit stays attached to the review it was made for.
 */
export interface ReviewDateEdits {
  /** A generated date, keyed by its cadence date (before the working-day shift, so a change of federal state keeps the edit) → the date the room chose. */
  moved: Record<string, string>
  /** Generated dates the room removed, by cadence date. */
  removed: string[]
  /** Dates the room added. */
  added: string[]
}

export const NO_REVIEW_DATE_EDITS: ReviewDateEdits = { moved: {}, removed: [], added: [] }

/** The workshop's settings for its review dates (one nesting level, so Dexie's typed key paths stay finite). */
export interface ReviewPlanSettings {
  /** Whose public holidays review dates avoid; missing means the nationwide ones. */
  holidayRegion?: HolidayRegion
  /** The room's changes to the generated dates; missing means none. */
  edits?: ReviewDateEdits
  /** When the room last changed the dates or the federal state (ms since 1970): calendars take a re-export as an update. */
  changedAt?: number
  /**
   * What the schedule of the signed version in force is made from, written when a version is
   * signed: while an amendment is being drafted, the dates stay those of the version in force
   * (issue 12 §5) — the list, the navigation, step 5 and the calendar alike.
   */
  inForce?: ScheduleGovernance
}

/** The part of the governance the review dates are computed from. */
export type ScheduleGovernance = Pick<Governance, 'startDate' | 'termMonths' | 'reviewCadence'>

export function scheduleGovernanceOf(governance: ScheduleGovernance): ScheduleGovernance {
  return { startDate: governance.startDate, termMonths: governance.termMonths, reviewCadence: governance.reviewCadence }
}

/** What the schedule is computed from. */
export interface ReviewPlanSource {
  governance: ScheduleGovernance
  reviewPlan?: ReviewPlanSettings | undefined
}

/** What the dates are computed from: the signed version in force, else the draft's governance. */
export function scheduleGovernance(source: ReviewPlanSource): ScheduleGovernance {
  return source.reviewPlan?.inForce ?? source.governance
}

/** The schedule a document of one SLA version lists: from that version's own governance, with the room's edits. */
export function versionSchedule(governance: ScheduleGovernance, source: ReviewPlanSource): ReviewPlanSource {
  const { inForce: _inForce, ...plan } = source.reviewPlan ?? {}
  return { governance: scheduleGovernanceOf(governance), reviewPlan: plan }
}

export interface PlannedReviewDate {
  date: string
  /** How the room can change it: a generated date by its generated value, an added one by its own. */
  origin: { kind: 'generated'; cadenceDate: string; generated: string } | { kind: 'added' }
  /** For a generated date that was not moved: the raw cadence date it was shifted from, and why. */
  shiftedFrom: { date: string; reason: NonWorkingReason } | null
  /** When the date itself is no working day (only possible for a date the room chose). */
  nonWorking: NonWorkingReason | null
}

export function holidayRegionOf(source: Pick<ReviewPlanSource, 'reviewPlan'>): HolidayRegion {
  const region = source.reviewPlan?.holidayRegion
  return isHolidayRegion(region) ? region : DEFAULT_HOLIDAY_REGION
}

/** The schedule, in date order, each date once. */
export function plannedReviewDates(source: ReviewPlanSource): PlannedReviewDate[] {
  const region = holidayRegionOf(source)
  const edits = source.reviewPlan?.edits ?? NO_REVIEW_DATE_EDITS
  const removed = new Set(edits.removed)
  const planned: PlannedReviewDate[] = []
  for (const raw of reviewDates(scheduleGovernance(source))) {
    const generated = nextWorkingDay(raw, region)
    if (removed.has(raw)) continue
    const moved = edits.moved[raw]
    const date = moved !== undefined && isIsoDate(moved) ? moved : generated
    const reason = generated === raw ? null : nonWorkingReason(raw, region)
    planned.push({
      date,
      origin: { kind: 'generated', cadenceDate: raw, generated },
      shiftedFrom: date === generated && reason ? { date: raw, reason } : null,
      nonWorking: nonWorkingReason(date, region)
    })
  }
  for (const date of edits.added) {
    if (isIsoDate(date)) planned.push({ date, origin: { kind: 'added' }, shiftedFrom: null, nonWorking: nonWorkingReason(date, region) })
  }
  const seen = new Set<string>()
  return planned
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((entry) => (seen.has(entry.date) ? false : (seen.add(entry.date), true)))
}

/** Just the dates, for documents and the calendar. */
export function reviewDateList(source: ReviewPlanSource): string[] {
  return plannedReviewDates(source).map((entry) => entry.date)
}

function copy(edits: ReviewDateEdits | undefined): ReviewDateEdits {
  const base = edits ?? NO_REVIEW_DATE_EDITS
  return { moved: { ...base.moved }, removed: [...base.removed], added: [...base.added] }
}

/** The room moves one review to `date` (an ISO date; anything else changes nothing). */
export function moveReviewDate(edits: ReviewDateEdits | undefined, entry: Pick<PlannedReviewDate, 'date' | 'origin'>, date: string): ReviewDateEdits {
  const next = copy(edits)
  if (!isIsoDate(date)) return next
  if (entry.origin.kind === 'generated') {
    if (date === entry.origin.generated) delete next.moved[entry.origin.cadenceDate]
    else next.moved[entry.origin.cadenceDate] = date
  } else {
    const index = next.added.indexOf(entry.date)
    if (index >= 0) next.added[index] = date
  }
  return next
}

export function removeReviewDate(edits: ReviewDateEdits | undefined, entry: Pick<PlannedReviewDate, 'date' | 'origin'>): ReviewDateEdits {
  const next = copy(edits)
  if (entry.origin.kind === 'generated') {
    delete next.moved[entry.origin.cadenceDate]
    if (!next.removed.includes(entry.origin.cadenceDate)) next.removed.push(entry.origin.cadenceDate)
  } else {
    next.added = next.added.filter((date) => date !== entry.date)
  }
  return next
}

export function addReviewDate(edits: ReviewDateEdits | undefined, date: string): ReviewDateEdits {
  const next = copy(edits)
  if (isIsoDate(date) && !next.added.includes(date)) next.added.push(date)
  return next
}

export function hasReviewDateEdits(edits: ReviewDateEdits | undefined): boolean {
  const e = edits ?? NO_REVIEW_DATE_EDITS
  return Object.keys(e.moved).length > 0 || e.removed.length > 0 || e.added.length > 0
}

/** Minutes from 2020-01-01 UTC: a SEQUENCE that only grows, and stays far inside 32 bits for centuries. */
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1)

/**
 * The iCalendar SEQUENCE of the review events (RFC 5545 §3.8.7.4): it must grow with every change
 * of the dates, so a calendar takes a re-export as an update of the same events. The dates change
 * when an SLA version is signed (start, term, cadence) and when the room moves, adds or removes a
 * date or chooses another federal state; the later of the two, in minutes, only ever grows.
 */
export function reviewCalendarSequence(source: Pick<ReviewPlanSource, 'reviewPlan'>, signedAt: number | null | undefined): number {
  const last = Math.max(signedAt ?? 0, source.reviewPlan?.changedAt ?? 0)
  return last <= SEQUENCE_EPOCH_MS ? 0 : Math.floor((last - SEQUENCE_EPOCH_MS) / 60_000)
}
