import { createEvents, type EventAttributes } from 'ics'
import type { Language } from '../domain/language'
import { addDays, isIsoDate, parseIsoDate } from '../domain/iso-date'
import { printableText } from '../domain/printable-text'
import { reviewedPeriod } from '../domain/review-dates'
import type { ReviewCadence } from '../domain/workshop'
import { foldContentLines } from './fold-lines'
import { REVIEW_TEXTS } from './review-texts'

/**
 * The review dates as an iCalendar file (RFC 5545, SPEC §4 step 5 and §6), built with the `ics`
 * library. Reviews are all-day events: the room fixes the hour later, and an all-day date is the
 * one thing Outlook, Google Calendar and Thunderbird all import on the same day wherever the
 * laptop is (a fixed time would need a time zone the app does not know).
 */

export const ICS_FILE_EXTENSION = 'ics'
export const ICS_MIME_TYPE = 'text/calendar'

export interface ReviewCalendarInput {
  /** ISO dates (`YYYY-MM-DD`), e.g. from reviewDates(). */
  dates: readonly string[]
  /** The workshop's title, named in each event's description. */
  title: string
  organisation: string
  /** The workshop's language: the calendar is a document of the workshop. */
  language: Language
  cadence?: ReviewCadence
  /**
   * What makes the event UIDs stable, e.g. the workshop id: the n-th review of a workshop always
   * has the same UID, so importing the file again updates the events instead of adding copies.
   */
  uidSeed: string
  /**
   * Raise it when exporting again after the dates changed (e.g. the SLA version number), so
   * calendars accept the new file as an update of the same events. 0 unless given.
   */
  sequence?: number
  /** DTSTAMP, milliseconds since 1970; now unless given (tests pass a fixed time). */
  now?: number
  /** A reminder this many days before each review, at 9:00; null for none. 7 unless given. */
  reminderDays?: number | null
}

const UID_DOMAIN = 'smarketing-studio'
const SEED_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/

/**
 * The whole .ics text with CRLF line ends. Throws a RangeError for input no caller should pass
 * (no dates, an invalid date or UID seed) rather than writing a calendar that imports wrongly.
 */
export function reviewCalendar(input: ReviewCalendarInput): string {
  if (!SEED_PATTERN.test(input.uidSeed)) throw new RangeError('The UID seed must be a plain id')
  // RFC 5545 wants at least one component in a calendar; the UI offers the export only with dates.
  if (input.dates.length === 0) throw new RangeError('No review dates')
  for (const date of input.dates) if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`)
  const texts = REVIEW_TEXTS[input.language]
  const slots = new TextSlots()
  const summary = texts.summary(input.cadence ?? 'quarterly', input.organisation)
  const total = input.dates.length
  const events = input.dates.map((date, index) => reviewEvent(input, date, index, total, summary, slots))
  const { error, value } = createEvents(events, {
    productId: `-//Smarketing Studio//SLA review dates//${input.language.toUpperCase()}`,
    method: 'PUBLISH',
    calName: slots.hold(texts.calendarName(input.organisation))
  })
  if (error || value === null) throw new Error('The calendar could not be built', { cause: error })
  // The library folds after 75 characters; RFC 5545 counts octets, and "ü" or "–" take several.
  return foldContentLines(slots.fill(value))
}

/**
 * The room's texts reach the calendar through slots: the library sees a short placeholder and
 * the text goes in afterwards, printable and escaped. The library folds long lines in quadratic
 * time (a 40,000-character organisation took 48 s); foldContentLines folds in linear time.
 */
class TextSlots {
  private readonly texts: string[] = []

  hold(text: string): string {
    this.texts.push(escapeText(printableText(text)))
    return `SMARKETINGSLOT${this.texts.length - 1}X`
  }

  fill(ics: string): string {
    return ics.replace(/SMARKETINGSLOT(\d+)X/g, (_, index: string) => this.texts[Number(index)] ?? '')
  }
}

/** `ics` reads `timestamp` (DTSTAMP) but its type declarations do not list it. */
type ReviewEvent = EventAttributes & { timestamp: number }

function reviewEvent(input: ReviewCalendarInput, date: string, index: number, total: number, summary: string, slots: TextSlots): ReviewEvent {
  const texts = REVIEW_TEXTS[input.language]
  const reminderDays = input.reminderDays === undefined ? 7 : input.reminderDays
  return {
    uid: `${input.uidSeed}-review-${index + 1}@${UID_DOMAIN}`,
    sequence: input.sequence ?? 0,
    timestamp: input.now ?? Date.now(),
    title: slots.hold(summary),
    description: slots.hold(texts.description({
      title: input.title,
      organisation: input.organisation,
      period: reviewedPeriod(date) ?? date,
      index: index + 1,
      total
    })),
    start: dateArray(date),
    // DTEND of an all-day event is exclusive: the day after.
    end: dateArray(addDays(date, 1)),
    // A review date marks the day; it must not block the whole day in everyone's free/busy.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    categories: ['SLA'],
    ...(reminderDays !== null && reminderDays > 0 ? { alarms: [reminder(slots.hold(summary), reminderDays)] } : {})
  }
}

/**
 * A display alarm at 9:00 local time `days` days before the all-day event (which starts at
 * midnight): `days - 1` days and 15 hours earlier. Written with hours so the library never
 * emits a duration like `P7DT`, whose empty time part strict parsers refuse.
 */
function reminder(summary: string, days: number): NonNullable<EventAttributes['alarms']>[number] {
  return { action: 'display', description: summary, trigger: { days: Math.floor(days) - 1, hours: 15, before: true } }
}

function dateArray(date: string): [number, number, number] {
  const day = parseIsoDate(date)
  if (!day) throw new RangeError(`Not an ISO date: ${date}`)
  return [day.year, day.month, day.day]
}

/**
 * RFC 5545 §3.3.11 TEXT escaping. Every line end — CRLF, a bare CR from an old backup, LF — becomes
 * the two characters `\\n`: a raw one would end the content line and let the rest be read as new
 * properties or events.
 */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}
