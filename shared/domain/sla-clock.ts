import { TZDate } from '@date-fns/tz'
import { minuteOfDay } from './agenda'
import { holidayOn, type HolidayRegion } from './holidays'
import { isoDateOf } from './iso-date'
import type { Language } from './language'
import { oneOf } from './one-of'
import { wallOffsetAt } from './zone-offsets'

/**
 * The clock every time commitment of the SLA counts in (issue 12 §4): "24 hours" either around
 * the clock, or in business hours — on working days, between the start and the end of the
 * business day in one time zone, not on the public holidays of a federal state.
 *
 * The workshop stores the settings (governance.clock); the federal state is the workshop's own
 * (the one its review dates use, review-plan.ts), and the SLA content carries both together, as
 * they were when the version was signed.
 */
export const CLOCK_MODES = ['calendar', 'business'] as const
export type ClockMode = (typeof CLOCK_MODES)[number]
export const isClockMode = oneOf(CLOCK_MODES)

/** ISO 8601 weekdays: 1 = Monday … 7 = Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number]

/** The clock as the workshop stores it. */
export interface SlaClockSettings {
  mode: ClockMode
  /** In week order, each day once. */
  workingDays: IsoWeekday[]
  /** `HH:MM`, 24-hour, local time in `timeZone`. */
  dayStart: string
  /** `HH:MM`, after `dayStart` on the same day. */
  dayEnd: string
  /** An IANA time zone (`Europe/Berlin`). */
  timeZone: string
}

/** The clock as the SLA states it: with the public holidays that do not count. */
export interface SlaClock extends SlaClockSettings {
  holidayRegion: HolidayRegion
}

/** The settings a workshop stores of a clock the SLA states (its federal state is the workshop's own). */
export function clockSettingsOf({ holidayRegion: _region, ...settings }: SlaClock): SlaClockSettings {
  return { ...settings, workingDays: [...settings.workingDays] }
}

export const DEFAULT_TIME_ZONE = 'Europe/Berlin'

/** What a new workshop proposes: business hours Monday to Friday, 08:00–17:00 in Germany. */
export function defaultClockSettings(): SlaClockSettings {
  return { mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: DEFAULT_TIME_ZONE }
}

/** A time zone this runtime knows (its Intl data); `Europe/Berlin` and `UTC` always. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_TIME_ZONE_LENGTH) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** The longest IANA names have about 30 characters. */
export const MAX_TIME_ZONE_LENGTH = 64
/** The shape of an IANA time zone name, for files that may come from a laptop with newer time-zone data. */
export const TIME_ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/

/** Working days as stored: each known weekday once, in week order. */
export function normalizeWorkingDays(days: readonly number[]): IsoWeekday[] {
  return ISO_WEEKDAYS.filter((day) => days.includes(day))
}

/** Fixed, not from Intl: the document's text must read the same on every laptop (read-sla-docx.ts lays it out again). */
const WEEKDAY_ABBREVIATIONS: Record<Language, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']
}

/** `Mon–Fri`, `Mo–Fr, Sa`, `Mon, Wed, Fri`: three or more days in a row as a range. */
export function workingDaysText(days: readonly number[], language: Language): string {
  const names = WEEKDAY_ABBREVIATIONS[language]
  const runs: IsoWeekday[][] = []
  for (const day of normalizeWorkingDays(days)) {
    const run = runs.at(-1)
    if (run && run.at(-1) === day - 1) run.push(day)
    else runs.push([day])
  }
  const name = (day: IsoWeekday) => names[day - 1] ?? String(day)
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${name(run[0]!)}–${name(run.at(-1)!)}`] : run.map(name)))
    .join(', ')
}

export type ClockProblem = 'noWorkingDays' | 'dayStartInvalid' | 'dayEndInvalid' | 'endNotAfterStart' | 'unknownTimeZone'

/** Why business hours cannot be counted with these settings; empty when they can. A calendar clock needs none of them. */
export function clockProblems(clock: SlaClockSettings): ClockProblem[] {
  if (clock.mode === 'calendar') return []
  const problems: ClockProblem[] = []
  if (normalizeWorkingDays(clock.workingDays).length === 0) problems.push('noWorkingDays')
  const start = minuteOfDay(clock.dayStart)
  const end = minuteOfDay(clock.dayEnd)
  if (start === null) problems.push('dayStartInvalid')
  if (end === null) problems.push('dayEndInvalid')
  if (start !== null && end !== null && end <= start) problems.push('endNotAfterStart')
  if (!isTimeZone(clock.timeZone)) problems.push('unknownTimeZone')
  return problems
}

const HOUR_MS = 3_600_000
/** A measured span longer than this (about 27 years) is a data error, not a response time; it is not walked day by day. */
const MAX_SPAN_DAYS = 10_000

const DAY_MS = 86_400_000

/** ISO weekday of a day number (days since 1970-01-01, a Thursday). */
function weekdayOfDay(day: number): IsoWeekday {
  return ((((day + 3) % 7) + 7) % 7 + 1) as IsoWeekday
}

/**
 * Counts time on one clock. Made once per clock and used for many spans (a CRM export's MQLs):
 * each day's business window is worked out once.
 */
export interface ClockMeter {
  /** Milliseconds between two instants (ms since 1970) that count on this clock; 0 when `to` is not after `from`. */
  millisBetween(from: number, to: number): number
  /** The same in hours (fractional). */
  hoursBetween(from: number, to: number): number
  /** Whether the clock is running at `instant`: always on a calendar clock, in a business window on a business one. */
  isRunning(instant: number): boolean
}

/**
 * A meter for `clock`. Business hours run on each working day that is no public holiday in the
 * clock's federal state, from `dayStart` to `dayEnd` local time in its time zone — daylight saving
 * included, so a business day is 9 hours in winter and summer alike. A clock with problems
 * (clockProblems) throws a RangeError: measure only with a clock the room could save.
 */
export function clockMeter(clock: SlaClock): ClockMeter {
  if (clock.mode === 'calendar') {
    const millisBetween = (from: number, to: number) => (Number.isFinite(from) && Number.isFinite(to) && to > from ? to - from : 0)
    return { millisBetween, hoursBetween: (from, to) => millisBetween(from, to) / HOUR_MS, isRunning: (instant) => Number.isFinite(instant) }
  }
  const problems = clockProblems(clock)
  if (problems.length > 0) throw new RangeError(`The clock cannot count business hours: ${problems.join(', ')}`)
  const start = minuteOfDay(clock.dayStart) ?? 0
  const end = minuteOfDay(clock.dayEnd) ?? 0
  const workingDays: ReadonlySet<number> = new Set(normalizeWorkingDays(clock.workingDays))
  // Keyed by local day number (days since 1970-01-01 in the zone's calendar): a CRM export measures
  // 100,000 spans, and building a TZDate or an ISO string per span and day was most of the time.
  const windows = new Map<number, readonly [number, number] | null>()

  /** The local day an instant falls on. */
  const localDay = (instant: number): number => Math.floor((instant + wallOffsetAt(clock.timeZone, instant)) / DAY_MS)

  /** The business window of a local calendar day as instants, or null when the day is not worked. */
  const windowOf = (day: number): readonly [number, number] | null => {
    const known = windows.get(day)
    if (known !== undefined) return known
    let window: readonly [number, number] | null = null
    const utc = new Date(day * DAY_MS)
    const [year, month, date] = [utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()]
    if (workingDays.has(weekdayOfDay(day)) && holidayOn(isoDateOf(year, month, date), clock.holidayRegion) === null) {
      const at = (minute: number) => new TZDate(year, month - 1, date, Math.floor(minute / 60), minute % 60, clock.timeZone).getTime()
      window = [at(start), at(end)]
    }
    windows.set(day, window)
    return window
  }

  const millisBetween = (from: number, to: number): number => {
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return 0
    const first = localDay(from)
    const last = Math.min(localDay(to), first + MAX_SPAN_DAYS)
    let total = 0
    for (let day = first; day <= last; day++) {
      const window = windowOf(day)
      if (window) total += Math.max(0, Math.min(to, window[1]) - Math.max(from, window[0]))
    }
    return total
  }

  return {
    millisBetween,
    hoursBetween: (from, to) => millisBetween(from, to) / HOUR_MS,
    isRunning: (instant) => {
      if (!Number.isFinite(instant)) return false
      const window = windowOf(localDay(instant))
      return window !== null && instant >= window[0] && instant < window[1]
    }
  }
}

/** Hours between two instants on the SLA's clock (one span; for many, make one clockMeter). */
export function clockHoursBetween(clock: SlaClock, from: number, to: number): number {
  return clockMeter(clock).hoursBetween(from, to)
}
