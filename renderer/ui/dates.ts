import { utcDateOf } from '../../shared/domain/iso-date'
import { localeOf, type Language } from '../../shared/domain/language'

// Creating an Intl formatter is expensive (~1 ms); a list of 200 workshops needs them once.
const formatters = new Map<string, Intl.DateTimeFormat>()
type Kind = 'date' | 'dateTime' | 'longDate' | 'longDateTime'

function options(language: Language, kind: Kind): Intl.DateTimeFormatOptions {
  switch (kind) {
    case 'date':
      // German writes 01.03.2027; English 1 Mar 2027, as the medium date-time beside it does.
      return { day: language === 'de' ? '2-digit' : 'numeric', month: language === 'de' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' }
    case 'dateTime':
      return { dateStyle: 'medium', timeStyle: 'short' }
    case 'longDate':
      return { dateStyle: 'long' }
    case 'longDateTime':
      return { dateStyle: 'long', timeStyle: 'short' }
  }
}

function formatter(language: Language, kind: Kind): Intl.DateTimeFormat {
  const key = `${language}:${kind}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(localeOf(language), options(language, kind))
    formatters.set(key, cached)
  }
  return cached
}

/** `2026-11-01` → `01.11.2026` (de) or `1 Nov 2026` (en). Invalid input is shown as typed. */
export function formatIsoDate(iso: string, language: Language): string {
  const date = utcDateOf(iso)
  return date ? formatter(language, 'date').format(date) : iso
}

/** A moment in local time: `22.11.2026, 14:05` / `22 Nov 2026, 14:05`. */
export function formatDateTime(timestamp: number, language: Language): string {
  return formatter(language, 'dateTime').format(new Date(timestamp))
}

/** The day of a moment in local time, written out: `22. November 2026` / `22 November 2026`. */
export function formatLongDate(timestamp: number, language: Language): string {
  return formatter(language, 'longDate').format(new Date(timestamp))
}

/** A moment in local time, written out: `22. November 2026 um 14:05` / `22 November 2026 at 14:05`. */
export function formatLongDateTime(timestamp: number, language: Language): string {
  return formatter(language, 'longDateTime').format(new Date(timestamp))
}

const weekdayFormatters = new Map<Language, Intl.DateTimeFormat>()

/** `2027-05-03` → `Mo., 03.05.2027` (de) or `Mon, 3 May 2027` (en): a review date is planned by its weekday too. */
export function formatIsoDateWithWeekday(iso: string, language: Language): string {
  const date = utcDateOf(iso)
  if (!date) return iso
  let cached = weekdayFormatters.get(language)
  if (!cached) {
    cached = new Intl.DateTimeFormat(localeOf(language), {
      weekday: 'short',
      day: language === 'de' ? '2-digit' : 'numeric',
      month: language === 'de' ? '2-digit' : 'short',
      year: 'numeric',
      timeZone: 'UTC'
    })
    weekdayFormatters.set(language, cached)
  }
  return cached.format(date)
}
