/**
 * Calendar days as the workshop stores them: ISO `YYYY-MM-DD` strings (a workshop's date, the
 * SLA's start, review dates, due dates). Days, not instants, so no time zone can move one. The
 * one reader and writer of them: every module that checks, shows or counts such a day uses this.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface CalendarDay {
  year: number
  /** 1 = January … 12 = December. */
  month: number
  day: number
}

/** The calendar day `value` names; null for anything else, including 2027-02-30 and years before 100. */
export function parseIsoDate(value: unknown): CalendarDay | null {
  if (typeof value !== 'string') return null
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // 2027-02-30 would roll over into March (and Date.UTC reads years 0–99 as 1900–1999): not the day that was typed.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null
}

export function isIsoDate(value: unknown): boolean {
  return parseIsoDate(value) !== null
}

/** Midnight UTC of the day, for Intl to write it (with `timeZone: 'UTC'`) or to count weekdays; null when it is no ISO date. */
export function utcDateOf(value: string): Date | null {
  const day = parseIsoDate(value)
  return day && new Date(Date.UTC(day.year, day.month - 1, day.day))
}

/** The ISO date of a year, month (1–12) and day that are known to exist. */
export function isoDateOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The day `days` days after (or, negative, before) an ISO date. */
export function addDays(date: string, days: number): string {
  const start = utcDateOf(date)
  if (!start) throw new RangeError(`Not an ISO date: ${date}`)
  start.setUTCDate(start.getUTCDate() + days)
  return isoDateOf(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate())
}

/** The day a moment falls on in the laptop's own time zone — the day the facilitator sees. */
export function localIsoDate(now: Date = new Date()): string {
  return isoDateOf(now.getFullYear(), now.getMonth() + 1, now.getDate())
}
