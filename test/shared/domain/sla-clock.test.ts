import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { holidayOn } from '../../../shared/domain/holidays'
import {
  clockHoursBetween,
  clockMeter,
  clockProblems,
  defaultClockSettings,
  isTimeZone,
  normalizeWorkingDays,
  workingDaysText,
  type SlaClock
} from '../../../shared/domain/sla-clock'

const business = (patch: Partial<SlaClock> = {}): SlaClock => ({ ...defaultClockSettings(), holidayRegion: 'BY', ...patch })
/** A moment given as Berlin wall time in winter (UTC+1). */
const berlinWinter = (iso: string) => Date.parse(`${iso}+01:00`)
const berlinSummer = (iso: string) => Date.parse(`${iso}+02:00`)

describe('the SLA clock', () => {
  it('proposes business hours Monday to Friday, 08:00–17:00 in Berlin', () => {
    expect(defaultClockSettings()).toEqual({ mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin' })
  })

  it('counts calendar hours around the clock, weekends and holidays included', () => {
    const clock = business({ mode: 'calendar' })
    // Friday 16:00 to Monday 10:00: 66 hours.
    expect(clockHoursBetween(clock, berlinWinter('2027-01-08T16:00'), berlinWinter('2027-01-11T10:00'))).toBe(66)
    expect(clockMeter(clock).isRunning(berlinWinter('2027-01-09T03:00'))).toBe(true)
  })

  it('counts business hours: Friday 16:00 to Monday 10:00 is 1 + 2 hours', () => {
    const clock = business()
    expect(clockHoursBetween(clock, berlinWinter('2027-01-08T16:00'), berlinWinter('2027-01-11T10:00'))).toBe(3)
  })

  it('counts a full working week as five business days of nine hours', () => {
    expect(clockHoursBetween(business(), berlinWinter('2027-01-11T00:00'), berlinWinter('2027-01-18T00:00'))).toBe(45)
  })

  it('skips the public holidays of the federal state, and only those', () => {
    // Epiphany (6 January 2027, a Wednesday) is a holiday in Bavaria, not in Berlin.
    const from = berlinWinter('2027-01-05T12:00')
    const to = berlinWinter('2027-01-07T12:00')
    expect(clockHoursBetween(business({ holidayRegion: 'BY' }), from, to)).toBe(5 + 4)
    expect(clockHoursBetween(business({ holidayRegion: 'BE' }), from, to)).toBe(5 + 9 + 4)
    expect(clockHoursBetween(business({ holidayRegion: 'BUND' }), from, to)).toBe(5 + 9 + 4)
  })

  it('keeps a business day nine hours long across the change to summer time', () => {
    // Summer time starts on Sunday 29 March 2026; Friday and Monday are full days (Easter is a week later).
    const friday = berlinWinter('2026-03-27T00:00')
    const tuesday = berlinSummer('2026-03-31T00:00')
    expect(clockHoursBetween(business({ holidayRegion: 'BUND' }), friday, tuesday)).toBe(18)
    // 08:00 in summer is 06:00 UTC.
    expect(clockMeter(business()).isRunning(Date.parse('2026-03-30T06:00:00Z'))).toBe(true)
    expect(clockMeter(business()).isRunning(Date.parse('2026-03-30T05:59:00Z'))).toBe(false)
  })

  it('counts in the clock’s time zone, not the laptop’s', () => {
    const newYork = business({ timeZone: 'America/New_York', holidayRegion: 'BUND' })
    // Monday 14:00 UTC is 09:00 in New York (UTC−5): 8 hours until 17:00 there.
    expect(clockHoursBetween(newYork, Date.parse('2027-01-11T14:00:00Z'), Date.parse('2027-01-11T23:59:00Z'))).toBe(8)
  })

  it('honours other working days and business days', () => {
    const saturdays = business({ workingDays: [6], dayStart: '10:00', dayEnd: '14:30', holidayRegion: 'BUND' })
    expect(clockHoursBetween(saturdays, berlinWinter('2027-01-04T00:00'), berlinWinter('2027-01-18T00:00'))).toBe(9)
  })

  it('says whether the clock runs at a moment', () => {
    const meter = clockMeter(business())
    expect(meter.isRunning(berlinWinter('2027-01-11T08:00'))).toBe(true)
    expect(meter.isRunning(berlinWinter('2027-01-11T17:00'))).toBe(false)
    expect(meter.isRunning(berlinWinter('2027-01-09T12:00'))).toBe(false) // Saturday
    expect(meter.isRunning(berlinWinter('2027-01-06T12:00'))).toBe(false) // Epiphany in Bavaria
  })

  it('gives no time for an empty or reversed span', () => {
    const meter = clockMeter(business())
    const monday = berlinWinter('2027-01-11T09:00')
    expect(meter.hoursBetween(monday, monday)).toBe(0)
    expect(meter.hoursBetween(monday, monday - 3_600_000)).toBe(0)
    expect(meter.hoursBetween(Number.NaN, monday)).toBe(0)
  })

  it('never counts more business time than calendar time, and adds up over a split', () => {
    const meter = clockMeter(business())
    const start = berlinWinter('2027-01-01T00:00')
    const span = 60 * 24 * 3_600_000
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span }), (a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p - q).map((offset) => start + offset) as [number, number, number]
        const whole = meter.millisBetween(x, z)
        expect(whole).toBeLessThanOrEqual(z - x)
        expect(meter.millisBetween(x, y) + meter.millisBetween(y, z)).toBe(whole)
      })
    )
  })

  it('counts the same business time as walking the span quarter-hour by quarter-hour with Intl, across daylight saving changes', () => {
    const quarter = 15 * 60_000
    const partsOf = (instant: number, timeZone: string) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' })
          .formatToParts(instant)
          .map((part) => [part.type, part.value])
      )
      return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute), weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1 }
    }
    // Quarter-hours from 1 March to 30 November 2027: both changes of the clocks in Europe and America.
    const start = Date.UTC(2027, 2, 1) / quarter
    const end = Date.UTC(2027, 10, 30) / quarter
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: 0, max: 4 * 24 * 9 }),
        fc.constantFrom('Europe/Berlin', 'America/New_York'),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        (from, length, timeZone, workingDays) => {
          const clock = business({ timeZone, workingDays: workingDays as SlaClock['workingDays'], dayStart: '07:30', dayEnd: '18:15' })
          let expected = 0
          for (let step = from; step < from + length; step++) {
            const local = partsOf(step * quarter, timeZone)
            if (workingDays.includes(local.weekday) && holidayOn(local.date, 'BY') === null && local.minute >= 450 && local.minute < 1095) expected += quarter
          }
          expect(clockMeter(clock).millisBetween(from * quarter, (from + length) * quarter)).toBe(expected)
        }
      ),
      { seed: 20270328, numRuns: 60 }
    )
  })

  it('names what keeps it from counting business hours', () => {
    expect(clockProblems(business())).toEqual([])
    expect(clockProblems(business({ workingDays: [] }))).toEqual(['noWorkingDays'])
    expect(clockProblems(business({ dayStart: '17:00', dayEnd: '08:00' }))).toEqual(['endNotAfterStart'])
    expect(clockProblems(business({ dayStart: '8 Uhr' }))).toEqual(['dayStartInvalid'])
    expect(clockProblems(business({ timeZone: 'Mars/Olympus' }))).toEqual(['unknownTimeZone'])
    // A calendar clock needs none of the business settings.
    expect(clockProblems(business({ mode: 'calendar', workingDays: [] }))).toEqual([])
    expect(() => clockMeter(business({ workingDays: [] }))).toThrow(RangeError)
  })

  it('knows time zones and keeps working days in week order', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Europe/Atlantis')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(normalizeWorkingDays([5, 1, 3, 3, 9])).toEqual([1, 3, 5])
  })

  it('writes working days as a reader expects them', () => {
    expect(workingDaysText([1, 2, 3, 4, 5], 'en')).toBe('Mon–Fri')
    expect(workingDaysText([1, 2, 3, 4, 5], 'de')).toBe('Mo–Fr')
    expect(workingDaysText([1, 2, 3, 4, 5, 6], 'de')).toBe('Mo–Sa')
    expect(workingDaysText([1, 3, 5], 'en')).toBe('Mon, Wed, Fri')
    expect(workingDaysText([6, 7], 'en')).toBe('Sat, Sun')
    expect(workingDaysText([7, 1, 2, 3], 'de')).toBe('Mo–Mi, So')
  })
})
