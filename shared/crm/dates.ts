import { daysInMonth } from '../domain/iso-date'
import { instantOfWallHour } from '../domain/zone-offsets'

/**
 * Reading the dates of a CRM export (issue 13 §1) as instants (ms since 1970). A date without a
 * zone is a wall-clock time in the workshop's time zone: German Excel writes `15.01.2027 09:30`,
 * HubSpot `2027-01-15 09:30`, US exports `01/15/2027 9:30 AM`, and Excel itself keeps serial
 * numbers (days since 1899-12-30, the fraction is the time of day).
 */

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
/** Day 0 of Excel's 1900 date system as it counts in practice (it thinks 1900 was a leap year). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30)
/** Day 0 of the 1904 date system (old Mac workbooks, `date1904` in workbook.xml) in the 1900 system's days. */
const EXCEL_1904_OFFSET_DAYS = 1462
/** Serial numbers of 1970-01-01 … 2100-12-31: a count like 5 or 120 is no date. */
const EXCEL_SERIAL_RANGE = [25_569, 73_415] as const

/** A wall-clock time: month 1–12. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/**
 * The wall-clock time an Excel serial number stands for (days since day 0, the fraction the time
 * of day, rounded to the second), in the 1900 date system or, for a workbook that says so, the
 * 1904 one. Null outside 1970–2100, where a number is a count rather than a date.
 */
export function excelSerialWallTime(serial: number, date1904 = false): WallTime | null {
  const ms = excelSerialWallMs(serial, date1904)
  if (ms === null) return null
  const wall = new Date(ms)
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() }
}

/** The same wall-clock time as milliseconds since 1970 on the wall (`Date.UTC` of it). */
function excelSerialWallMs(serial: number, date1904: boolean): number | null {
  const days = date1904 ? serial + EXCEL_1904_OFFSET_DAYS : serial
  if (!(days >= EXCEL_SERIAL_RANGE[0] && days <= EXCEL_SERIAL_RANGE[1])) return null
  return EXCEL_EPOCH_UTC + Math.round((days * DAY_MS) / 1000) * 1000
}

/** Reads an Excel serial number (a number cell of a workbook) as an instant in the zone. */
export type SerialReader = (serial: number) => number | null

export function serialReader(timeZone: string, date1904: boolean): SerialReader {
  // Every cell of a date column comes here: no Date or wall-time object per cell.
  return (serial) => {
    const wall = excelSerialWallMs(serial, date1904)
    if (wall === null) return null
    const hour = Math.floor(wall / HOUR_MS) * HOUR_MS
    return instantOfWallHour(timeZone, hour) + (wall - hour)
  }
}

const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/
const SERIAL = /^\d{5}(?:[.,]\d+)?$/

/** Turns wall-clock times in one time zone into instants (the zone's offsets: zone-offsets.ts). */
export interface WallClock {
  /** The instant of a wall-clock time; month 1–12. Null when the date does not exist. */
  instant(year: number, month: number, day: number, hour?: number, minute?: number, second?: number, millis?: number): number | null
}

export function wallClock(timeZone: string): WallClock {
  return {
    instant(year, month, day, hour = 0, minute = 0, second = 0, millis = 0) {
      if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month)) || hour > 23 || minute > 59 || second > 59) return null
      // Offsets change on whole hours in every zone a German or European workshop uses; the hour's instant is exact there.
      return instantOfWallHour(timeZone, Date.UTC(year, month - 1, day, hour)) + minute * 60_000 + second * 1000 + millis
    }
  }
}

/** The first six groups of a match as numbers, 0 for a group that did not take part. */
function numbers(match: RegExpExecArray): [number, number, number, number, number, number] {
  const at = (i: number) => (match[i] === undefined ? 0 : +match[i])
  return [at(1), at(2), at(3), at(4), at(5), at(6)]
}

/** A date reader for one time zone; null for a text that is no date in any of the shapes above. Empty text is not read here. */
export type DateReader = (text: string) => number | null

export function dateReader(timeZone: string): DateReader {
  const clock = wallClock(timeZone)
  return (raw) => {
    const text = raw.trim()
    let match = ISO.exec(text)
    if (match) {
      const [year, month, day, hour, minute, second] = numbers(match)
      const millis = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0
      const zone = match[8]
      if (!zone) return clock.instant(year, month, day, hour, minute, second, millis)
      if (clock.instant(year, month, day, hour, minute, second) === null) return null
      const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis)
      if (zone === 'Z') return utc
      const sign = zone.startsWith('-') ? -1 : 1
      const digits = zone.slice(1).replace(':', '')
      const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)
      return utc - sign * offsetMinutes * 60_000
    }
    match = GERMAN.exec(text)
    if (match) {
      const [day, month, year, hour, minute, second] = numbers(match)
      return clock.instant(year, month, day, hour, minute, second)
    }
    match = US.exec(text)
    if (match) {
      const [month, day, year, hour, minute, second] = numbers(match)
      const meridiem = match[7]?.toUpperCase()
      if (meridiem && (hour < 1 || hour > 12)) return null
      const hour24 = meridiem === 'PM' ? (hour % 12) + 12 : meridiem === 'AM' ? hour % 12 : hour
      return clock.instant(year, month, day, hour24, minute, second)
    }
    if (SERIAL.test(text)) {
      // The serial number is a wall-clock time: read its calendar day and time of day, then place them in the zone.
      const wall = excelSerialWallTime(Number(text.replace(',', '.')))
      return wall && clock.instant(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second)
    }
    return null
  }
}

/** First instant of an ISO day (`YYYY-MM-DD`) in the zone. */
export function startOfIsoDay(clock: WallClock, isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return clock.instant(year, month, day) ?? Number.NaN
}

export { HOUR_MS, DAY_MS }
