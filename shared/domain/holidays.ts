import { getHolidays } from 'feiertagejs'
import { addDays, isIsoDate, utcDateOf } from './iso-date'
import { oneOf } from './one-of'

/**
 * Working days for review dates (issue 10 §4): a review never falls on a weekend or a German
 * public holiday. Which holidays apply depends on the federal state; the workshop chooses it
 * once, and without a choice only the nationwide holidays count.
 */

/** The nationwide holidays, then the sixteen federal states (feiertagejs region codes). */
export const HOLIDAY_REGIONS = ['BUND', 'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number]
export const DEFAULT_HOLIDAY_REGION: HolidayRegion = 'BUND'

export const isHolidayRegion = oneOf(HOLIDAY_REGIONS)

export interface PublicHoliday {
  /** ISO date. */
  date: string
  name: Record<'de' | 'en', string>
}

const cache = new Map<string, Map<string, PublicHoliday>>()

function holidaysOf(year: number, region: HolidayRegion): Map<string, PublicHoliday> {
  const key = `${region}:${year}`
  let found = cache.get(key)
  if (!found) {
    found = new Map()
    for (const holiday of getHolidays(year, region)) {
      // The library's own dateString shifts a day east of UTC+12; its Date is noon UTC, so the UTC day is the holiday.
      const date = holiday.date.toISOString().slice(0, 10)
      found.set(date, { date, name: { de: holiday.translate('de') ?? holiday.name, en: holiday.translate('en') ?? holiday.name } })
    }
    cache.set(key, found)
  }
  return found
}

/** The public holiday on `date` in `region`, if there is one. Sundays that are holidays (Easter) count too. */
export function holidayOn(date: string, region: HolidayRegion): PublicHoliday | null {
  if (!isIsoDate(date)) return null
  return holidaysOf(Number(date.slice(0, 4)), region).get(date) ?? null
}

/** 0 = Sunday … 6 = Saturday, from the calendar day alone (no time zone involved). */
function weekday(date: string): number | null {
  return utcDateOf(date)?.getUTCDay() ?? null
}

export function isWeekend(date: string): boolean {
  const day = weekday(date)
  return day === 0 || day === 6
}

export type NonWorkingReason = { kind: 'weekend' } | { kind: 'holiday'; holiday: PublicHoliday }

/** Why `date` is no working day in `region`; null when it is one. A holiday is named even on a weekend. */
export function nonWorkingReason(date: string, region: HolidayRegion): NonWorkingReason | null {
  const holiday = holidayOn(date, region)
  if (holiday) return { kind: 'holiday', holiday }
  return isWeekend(date) ? { kind: 'weekend' } : null
}

/**
 * `date` itself when it is a working day, otherwise the next one: Saturday 2027-05-01 (Labour
 * Day) → Monday 2027-05-03; Good Friday 2027-03-26 → Tuesday 2027-03-30, after Easter Monday.
 * Forward, never back, so a review never comes before the quarter it follows has ended.
 */
export function nextWorkingDay(date: string, region: HolidayRegion): string {
  if (!isIsoDate(date)) return date
  let day = date
  // German holidays never chain for more than a few days; the bound only guards against a bug.
  for (let i = 0; i < 14 && nonWorkingReason(day, region) !== null; i++) day = addDays(day, 1)
  return day
}
