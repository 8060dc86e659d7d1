import { minuteOfDay } from '../domain/agenda'
import type { CommitmentKind, CommitmentUnit } from '../domain/items'
import { periodRange } from '../domain/review-dates'
import { addDays } from '../domain/iso-date'
import { clockMeter, type SlaClock } from '../domain/sla-clock'
import { DAY_MS, HOUR_MS, startOfIsoDay, wallClock } from './dates'

/**
 * The figures of a reviewed period from the rows of a CRM export (issue 13 §3). Each figure
 * carries the counts it rests on, so the screen and the report can say how it was computed
 * ("median over 412 MQLs, 37 never contacted"); the words come from the i18n catalogues.
 *
 * Definitions (the report states them):
 * - an MQL of the period became MQL within the quarter, local time of the workshop's time zone;
 *   SQLs and customers likewise by their own dates; revenue sums the deal amounts of the customers;
 * - MQL → SQL is a cohort: of the period's MQLs, those with any SQL date by the export; likewise
 *   lead → MQL (contacts created in the period) and SQL → customer (the period's SQLs);
 * - response time = first contact − became MQL on the SLA's clock; a first contact before the MQL
 *   date is a data error, counted and left out of the median, p90 and shares; the median of an even
 *   count is the mean of the middle two, p90 the nearest rank (the smallest time that at least 90 %
 *   of the measured MQLs kept);
 * - within a commitment: response time ≤ the committed hours (days count as 24 h on a calendar
 *   clock and as one business day's hours on a business clock), ÷ all measured MQLs and ÷ contacted;
 * - stuck: an MQL of the period with no contact, no SQL and no customer date whose MQL date lies
 *   more than the stuck-lead rule's days (24 h each) before the export.
 */

/** One row of an export as the figures need it: dates as instants, texts as read; null when empty. */
export interface CrmRecord {
  /** 1-based line number of the row in the file's records (header = 1), for messages. */
  row: number
  created: number | null
  becameMql: number | null
  acceptedOrRejected: number | null
  rejectionReason: string | null
  becameSql: number | null
  becameCustomer: number | null
  firstContact: number | null
  owner: string | null
  source: string | null
  dealAmount: number | null
  /** The workshop stage the row's lifecycle value maps to; null when none. */
  stage: string | null
}

/** A commitment of the SLA that the export can measure: time from MQL to first contact, or to the decision. */
export interface MeasuredCommitment {
  /** The commitment item's id, so the UI fills the right actual. */
  id: string
  kind: CommitmentKind
  value: number | null
  unit: CommitmentUnit
}

export interface FigureSettings {
  /** The review's quarter, `2027-Q1`. */
  period: string
  /** When the export was taken (ms since 1970); stuck leads and the cohort are counted up to it. */
  exportedAt: number
  /** The SLA's clock; its time zone is the workshop's, and the period is read in it. */
  clock: SlaClock
  /** The SLA's commitments; those the export can measure get a share. */
  commitments: readonly MeasuredCommitment[]
  /** The stuck-lead rule of step 2, in days; null when the workshop has none. */
  stuckLeadDays: number | null
  /** Figures per owner (works council): off unless chosen. */
  perOwner: boolean
}

export interface CountFigure {
  count: number
}

export interface RevenueFigure {
  /** Sum of the deal amounts of the period's customers. */
  sum: number
  withAmount: number
  withoutAmount: number
}

export interface CohortFigure {
  /** The period's MQLs. */
  mqls: number
  becameSql: number
  /** becameSql ÷ mqls, 0–1; null without MQLs. */
  share: number | null
}

/**
 * A stage's rate as a cohort, like MQL → SQL: of the records that entered the earlier stage in the
 * period (`base`), those with a date of the later stage by the export (`advanced`).
 */
export interface StageCohortFigure {
  base: number
  advanced: number
  /** advanced ÷ base, 0–1; null when the period has none. */
  share: number | null
}

/** Time from MQL to an event, over the period's MQLs. */
export interface SpanFigure {
  mqls: number
  /** MQLs with the event at or after their MQL date: the basis of median, p90 and shares. */
  measured: number
  /** MQLs without the event. */
  never: number
  /** MQLs whose event lies before their MQL date: left out (data error). */
  beforeMql: number
  medianHours: number | null
  p90Hours: number | null
}

export interface CommitmentFigure {
  id: string
  /** Which span it measures. */
  span: 'firstContact' | 'acceptedOrRejected'
  /** The commitment in hours on the SLA's clock. */
  hours: number
  within: number
  /** within ÷ (measured + never): of all MQLs that could be measured; null without any. */
  shareOfAll: number | null
  /** within ÷ measured. */
  shareOfMeasured: number | null
  /** The counts the shares rest on. */
  measured: number
  never: number
}

export interface StuckFigure {
  days: number
  count: number
  /** The period's MQLs looked at. */
  mqls: number
}

export interface RejectionFigure {
  /** The period's MQLs with a rejection reason. */
  rejected: number
  mqls: number
  /** The most frequent reasons, at most MAX_REASONS, most frequent first. */
  reasons: { reason: string; count: number }[]
  /** Rejected MQLs whose reason is not among `reasons` (a long tail of free texts). */
  otherReasons: number
}

/** How many rejection reasons the figures name; the rest are counted together. */
export const MAX_REASONS = 20

export interface OwnerFigure {
  owner: string
  mqls: number
  sqls: number
  firstContact: SpanFigure
}

export interface CrmFigures {
  period: string
  /** The period as instants [from, to) in the workshop's time zone. */
  from: number
  to: number
  exportedAt: number
  clockMode: SlaClock['mode']
  /** Rows the figures looked at. */
  rows: number
  mqls: CountFigure
  sqls: CountFigure
  customers: CountFigure
  revenue: RevenueFigure
  mqlToSql: CohortFigure
  /** Contacts created in the period that became MQL by the export (the calculator's lead → MQL). */
  leadToMql: StageCohortFigure
  /** SQLs of the period that became customer by the export (the calculator's SQL → customer). */
  sqlToCustomer: StageCohortFigure
  firstContact: SpanFigure
  acceptedOrRejected: SpanFigure
  commitments: CommitmentFigure[]
  /** Null when the workshop has no stuck-lead rule. */
  stuck: StuckFigure | null
  rejections: RejectionFigure
  /** How the period's MQLs stand now, by workshop stage (null: a value mapped to no stage). */
  stages: { stage: string | null; count: number }[]
  /** Only when perOwner was chosen. */
  owners?: OwnerFigure[]
}

/** Median (mean of the middle two) and p90 (nearest rank) of sorted values. */
export function medianAndP90(sorted: Float64Array): { median: number | null; p90: number | null } {
  const n = sorted.length
  if (n === 0) return { median: null, p90: null }
  const middle = n >> 1
  const median = n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, p90: sorted[Math.ceil(0.9 * n) - 1]! }
}

class SpanCounter {
  mqls = 0
  never = 0
  beforeMql = 0
  private hours: number[] = []
  add(hours: number | null | 'before'): void {
    this.mqls++
    if (hours === null) this.never++
    else if (hours === 'before') this.beforeMql++
    else this.hours.push(hours)
  }
  sorted(): Float64Array {
    return Float64Array.from(this.hours).sort()
  }
  figure(sorted = this.sorted()): SpanFigure {
    const { median, p90 } = medianAndP90(sorted)
    return { mqls: this.mqls, measured: sorted.length, never: this.never, beforeMql: this.beforeMql, medianHours: median, p90Hours: p90 }
  }
}

/** How many hours of the clock one committed unit is; null for units that are no time. */
export function hoursPerUnit(unit: CommitmentUnit, clock: SlaClock): number | null {
  if (unit === 'hours') return 1
  if (unit !== 'days') return null
  if (clock.mode === 'calendar') return 24
  return ((minuteOfDay(clock.dayEnd) ?? 0) - (minuteOfDay(clock.dayStart) ?? 0)) / 60
}

const SPAN_OF_KIND: Partial<Record<CommitmentKind, CommitmentFigure['span']>> = { firstContact: 'firstContact', acceptReject: 'acceptedOrRejected' }

export interface FigureAccumulator {
  add(record: CrmRecord): void
  result(): CrmFigures
}

/**
 * Figures built row by row, so a large export is never held as rows: only one number per MQL
 * (its response time) stays until the median is taken. Throws a RangeError for a period that is
 * no quarter or a clock with problems — the caller checks both before importing.
 */
export function figureAccumulator(settings: FigureSettings): FigureAccumulator {
  const range = periodRange(settings.period)
  if (!range) throw new RangeError(`Not a quarter: ${settings.period}`)
  const wall = wallClock(settings.clock.timeZone)
  const from = startOfIsoDay(wall, range[0])
  const to = startOfIsoDay(wall, addDays(range[1], 1))
  const meter = clockMeter(settings.clock)
  const inPeriod = (instant: number | null) => instant !== null && instant >= from && instant < to
  const hoursFrom = (mql: number, event: number | null): number | null | 'before' =>
    event === null || event > settings.exportedAt ? null : event < mql ? 'before' : meter.millisBetween(mql, event) / HOUR_MS

  let rows = 0
  let mqls = 0
  let sqls = 0
  let customers = 0
  const revenue: RevenueFigure = { sum: 0, withAmount: 0, withoutAmount: 0 }
  let cohortSql = 0
  const leadCohort = { base: 0, advanced: 0 }
  const sqlCohort = { base: 0, advanced: 0 }
  const byExport = (instant: number | null) => instant !== null && instant <= settings.exportedAt
  const firstContact = new SpanCounter()
  const decided = new SpanCounter()
  const stuckDays = settings.stuckLeadDays
  let stuck = 0
  let rejected = 0
  const reasons = new Map<string, number>()
  const stages = new Map<string | null, number>()
  const owners = new Map<string, { mqls: number; sqls: number; firstContact: SpanCounter }>()
  const ownerOf = (name: string) => {
    let owner = owners.get(name)
    if (!owner) owners.set(name, (owner = { mqls: 0, sqls: 0, firstContact: new SpanCounter() }))
    return owner
  }

  return {
    add(record) {
      rows++
      const owner = settings.perOwner && record.owner !== null ? ownerOf(record.owner) : null
      if (inPeriod(record.created)) {
        leadCohort.base++
        if (byExport(record.becameMql)) leadCohort.advanced++
      }
      if (inPeriod(record.becameSql)) {
        sqls++
        if (owner) owner.sqls++
        if (byExport(record.becameCustomer)) sqlCohort.advanced++
      }
      if (inPeriod(record.becameCustomer)) {
        customers++
        if (record.dealAmount === null) revenue.withoutAmount++
        else {
          revenue.withAmount++
          revenue.sum += record.dealAmount
        }
      }
      const mql = record.becameMql
      if (mql === null || !inPeriod(mql)) return
      mqls++
      if (byExport(record.becameSql)) cohortSql++
      const contact = hoursFrom(mql, record.firstContact)
      firstContact.add(contact)
      decided.add(hoursFrom(mql, record.acceptedOrRejected))
      if (owner) {
        owner.mqls++
        owner.firstContact.add(contact)
      }
      const progressed = byExport(record.becameSql) || byExport(record.becameCustomer)
      if (stuckDays !== null && contact === null && !progressed && settings.exportedAt - mql > stuckDays * DAY_MS) stuck++
      if (record.rejectionReason !== null) {
        rejected++
        reasons.set(record.rejectionReason, (reasons.get(record.rejectionReason) ?? 0) + 1)
      }
      stages.set(record.stage, (stages.get(record.stage) ?? 0) + 1)
    },

    result() {
      const sortedBySpan = { firstContact: firstContact.sorted(), acceptedOrRejected: decided.sorted() }
      const counters = { firstContact, acceptedOrRejected: decided }
      const commitments: CommitmentFigure[] = []
      for (const commitment of settings.commitments) {
        const span = SPAN_OF_KIND[commitment.kind]
        const perUnit = hoursPerUnit(commitment.unit, settings.clock)
        if (!span || perUnit === null || commitment.value === null) continue
        const hours = commitment.value * perUnit
        const sorted = sortedBySpan[span]
        const within = upperBound(sorted, hours)
        const counter = counters[span]
        const all = sorted.length + counter.never
        commitments.push({
          id: commitment.id,
          span,
          hours,
          within,
          shareOfAll: all === 0 ? null : within / all,
          shareOfMeasured: sorted.length === 0 ? null : within / sorted.length,
          measured: sorted.length,
          never: counter.never
        })
      }
      const byCount = <T>(entries: Iterable<[T, number]>) => [...entries].sort((a, b) => b[1] - a[1])
      return {
        period: settings.period,
        from,
        to,
        exportedAt: settings.exportedAt,
        clockMode: settings.clock.mode,
        rows,
        mqls: { count: mqls },
        sqls: { count: sqls },
        customers: { count: customers },
        revenue: { ...revenue },
        mqlToSql: { mqls, becameSql: cohortSql, share: mqls === 0 ? null : cohortSql / mqls },
        leadToMql: cohort(leadCohort),
        sqlToCustomer: cohort({ base: sqls, advanced: sqlCohort.advanced }),
        firstContact: firstContact.figure(sortedBySpan.firstContact),
        acceptedOrRejected: decided.figure(sortedBySpan.acceptedOrRejected),
        commitments,
        stuck: stuckDays === null ? null : { days: stuckDays, count: stuck, mqls },
        rejections: rejectionsOf(rejected, mqls, byCount(reasons)),
        stages: byCount(stages).map(([stage, count]) => ({ stage, count })),
        ...(settings.perOwner
          ? {
              owners: [...owners]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([name, owner]) => ({ owner: name, mqls: owner.mqls, sqls: owner.sqls, firstContact: owner.firstContact.figure() }))
            }
          : {})
      }
    }
  }
}

function rejectionsOf(rejected: number, mqls: number, byCount: Array<[string, number]>): RejectionFigure {
  const reasons = byCount.slice(0, MAX_REASONS).map(([reason, count]) => ({ reason, count }))
  return { rejected, mqls, reasons, otherReasons: rejected - reasons.reduce((sum, { count }) => sum + count, 0) }
}

function cohort({ base, advanced }: { base: number; advanced: number }): StageCohortFigure {
  return { base, advanced, share: base === 0 ? null : advanced / base }
}

/** How many sorted values are ≤ limit. */
function upperBound(sorted: Float64Array, limit: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (sorted[mid]! <= limit) low = mid + 1
    else high = mid
  }
  return low
}
