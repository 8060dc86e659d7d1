import { localeOf, type Language } from '../domain/language'
import { addDays, isIsoDate, utcDateOf } from '../domain/iso-date'
import { addMonths } from '../domain/review-dates'
import { formatAverage, formatMoney, formatNumber, formatPercent, NO_VALUE } from '../domain/numbers'

/**
 * Numbers, money, percentages and dates as the workshop's language writes them (SPEC §2:
 * de-DE `1.234,50 €`). The Intl objects are made once per document: building one per table cell
 * would dominate the time of a 5,000-row export.
 */
export interface Formats {
  readonly language: Language
  readonly locale: string
  /** The IANA time zone dates of signatures are shown in; kept with the document so it reads the same elsewhere. */
  readonly timeZone: string
  number(value: number | null): string
  /** An average of the room's ratings, to one decimal. */
  average(value: number): string
  money(value: number | null, currency: string): string
  /** A rate typed in percent (25 means 25 %). */
  percent(value: number | null): string
  /** An ISO calendar date (`2027-01-15`) as a long date; anything else as it was typed. */
  isoDate(value: string): string
  /** A moment (ms since 1970) as a date in the document's time zone. */
  date(timestamp: number | null): string
  dateTime(timestamp: number | null): string
  /** Names as a sentence lists them: "Anna, Bernd and Clara", "Anna, Bernd und Clara". */
  list(items: readonly string[]): string
}

/** Shown where a number or date is missing or cannot be shown. */
export { NO_VALUE }

/** Dates the JavaScript Date can hold: ±100,000,000 days around 1970. */
const MAX_TIMESTAMP = 8.64e15

/** The time zone to show dates in: the one asked for when this runtime knows it, else UTC. */
export function usableTimeZone(timeZone: string | undefined): string {
  const fallback = 'UTC'
  if (!timeZone) return new Intl.DateTimeFormat().resolvedOptions().timeZone || fallback
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone
  } catch {
    return fallback
  }
}

function isTimestamp(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && Math.abs(value) <= MAX_TIMESTAMP
}

/** A time of day as each language writes it after a date: German says "16:45 Uhr". */
const TIME_OF_DAY: Record<Language, (time: string) => string> = {
  de: (time) => `${time}\u00A0Uhr`,
  en: (time) => time
}

/** Building Intl formatters costs milliseconds each; a document export reuses them. */
const CACHE = new Map<string, Formats>()

export function formatsFor(language: Language, timeZone?: string): Formats {
  const zone = usableTimeZone(timeZone)
  const key = `${language}|${zone}`
  let formats = CACHE.get(key)
  if (!formats) {
    formats = createFormats(language, zone)
    CACHE.set(key, formats)
  }
  return formats
}

function createFormats(language: Language, zone: string): Formats {
  const locale = localeOf(language)
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  const momentDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone })
  // Date and time are joined by hand: the word between them ("um", "at", a comma) differs
  // between versions of the locale data, and a file checked on another laptop must read the same.
  const momentTime = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone })
  const conjunction = new Intl.ListFormat(locale, { type: 'conjunction' })

  return {
    language,
    locale,
    timeZone: zone,
    // Numbers, money and percentages are written exactly as on screen: one module for both (shared/domain/numbers).
    number: (value) => formatNumber(value, language),
    average: (value) => formatAverage(value, language),
    money: (value, currency) => formatMoney(value, currency, language),
    percent: (value) => formatPercent(value, language),
    isoDate: (value) => {
      const date = utcDateOf(value)
      return date ? calendarDate.format(date) : value.trim() === '' ? NO_VALUE : value
    },
    date: (timestamp) => (isTimestamp(timestamp) ? momentDate.format(new Date(timestamp)) : NO_VALUE),
    dateTime: (timestamp) => {
      if (!isTimestamp(timestamp)) return NO_VALUE
      const moment = new Date(timestamp)
      return `${momentDate.format(moment)}, ${TIME_OF_DAY[language](momentTime.format(moment))}`
    },
    list: (items) => conjunction.format(items)
  }
}

/** The ISO date `months` calendar months after `iso`, minus one day: the last day of a term. */
export function termEnd(iso: string, months: number | null): string | null {
  if (!isIsoDate(iso) || months === null || !Number.isSafeInteger(months) || months <= 0 || months > 1200) return null
  const end = addMonths(iso, months)
  // 31 January + 1 month has no 31 February: the term then ends on the last day of February itself.
  return end.slice(8) !== iso.slice(8) ? end : addDays(end, -1)
}
