import { describe, expect, it } from 'vitest'
import { formatsFor } from '../../../shared/docx/locale-format'
import { addDays, daysInMonth, isIsoDate, isoDateOf, localIsoDate, parseIsoDate, utcDateOf } from '../../../shared/domain/iso-date'
import { formatDateTime, formatIsoDate, formatIsoDateWithWeekday } from '../../../renderer/ui/dates'

describe('ISO calendar dates: one reader for the screen, the documents and the rules', () => {
  it('reads real calendar days only', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    for (const text of ['2027-02-29', '2027-02-31', '2027-13-01', '2027-00-10', '15.01.2027', '2027-1-5', ' 2027-01-05', '0099-01-01', ''])
      expect(parseIsoDate(text), text).toBeNull()
    expect(isIsoDate(20270105)).toBe(false)
    expect(isIsoDate(null)).toBe(false)
  })

  it('writes, counts and steps days without any time zone', () => {
    expect(isoDateOf(2027, 3, 5)).toBe('2027-03-05')
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2027, 2)).toBe(28)
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(() => addDays('soon', 1)).toThrow(RangeError)
    expect(utcDateOf('2027-05-01')?.getUTCDay()).toBe(6)
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05')
  })

  it('shows a day that does not exist as typed, on screen and in documents alike (never rolled into the next month)', () => {
    for (const language of ['de', 'en'] as const) {
      expect(formatIsoDate('2027-02-31', language)).toBe('2027-02-31')
      expect(formatIsoDateWithWeekday('2027-02-31', language)).toBe('2027-02-31')
      expect(formatsFor(language).isoDate('2027-02-31')).toBe('2027-02-31')
    }
    expect(formatIsoDate('2027-03-03', 'de')).toBe('03.03.2027')
    // English without a leading zero, as the medium date-time beside it on the list (1 Dec 2026, 14:05).
    expect(formatIsoDate('2027-03-01', 'en')).toBe('1 Mar 2027')
    expect(formatDateTime(Date.UTC(2026, 11, 1, 12), 'en')).toMatch(/^1 Dec 2026/)
    expect(formatsFor('de').isoDate('2027-03-03')).toBe('3. März 2027')
  })
})
