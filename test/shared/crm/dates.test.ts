import { describe, expect, it } from 'vitest'
import { dateReader } from '../../../shared/crm/dates'

const berlin = dateReader('Europe/Berlin')
const utc = (text: string) => Date.parse(text)

describe('dateReader', () => {
  it('reads German dates with and without time as Berlin wall-clock time', () => {
    expect(berlin('15.01.2027 09:30')).toBe(utc('2027-01-15T08:30:00Z'))
    expect(berlin('15.01.2027')).toBe(utc('2027-01-14T23:00:00Z'))
    expect(berlin('1.7.2027 9:05:10')).toBe(utc('2027-07-01T07:05:10Z'))
  })

  it('reads ISO 8601 with and without a zone', () => {
    expect(berlin('2027-01-15T09:30:00Z')).toBe(utc('2027-01-15T09:30:00Z'))
    expect(berlin('2027-01-15T09:30:00+05:30')).toBe(utc('2027-01-15T04:00:00Z'))
    expect(berlin('2027-01-15 09:30')).toBe(utc('2027-01-15T08:30:00Z'))
    expect(berlin('2027-07-15T09:30:00.250')).toBe(utc('2027-07-15T07:30:00.250Z'))
    expect(berlin('2027-01-15')).toBe(utc('2027-01-14T23:00:00Z'))
  })

  it('reads US dates with AM/PM and 24-hour times', () => {
    expect(berlin('01/15/2027 9:30 AM')).toBe(utc('2027-01-15T08:30:00Z'))
    expect(berlin('01/15/2027 12:15 AM')).toBe(utc('2027-01-14T23:15:00Z'))
    expect(berlin('01/15/2027 12:15 PM')).toBe(utc('2027-01-15T11:15:00Z'))
    expect(berlin('01/15/2027 09:30 pm')).toBe(utc('2027-01-15T20:30:00Z'))
    expect(berlin('1/15/2027')).toBe(utc('2027-01-14T23:00:00Z'))
  })

  it('reads Excel serial numbers as wall-clock time, with a decimal point or comma', () => {
    // 46402 is 2027-01-15 in Excel's 1900 date system; .5 is noon.
    expect(berlin('46402')).toBe(utc('2027-01-14T23:00:00Z'))
    expect(berlin('46402.5')).toBe(utc('2027-01-15T11:00:00Z'))
    expect(berlin('46402,75')).toBe(utc('2027-01-15T17:00:00Z'))
  })

  it('follows daylight saving time in the zone', () => {
    expect(berlin('28.03.2027 01:30')).toBe(utc('2027-03-28T00:30:00Z'))
    expect(berlin('28.03.2027 03:30')).toBe(utc('2027-03-28T01:30:00Z'))
    expect(berlin('31.10.2027 12:00')).toBe(utc('2027-10-31T11:00:00Z'))
  })

  it('refuses days that do not exist and texts that are no date', () => {
    for (const text of ['31.02.2027', '13/01/2027', '2027-02-30', '13:00 PM', 'gestern', '12', '1234', '01/15/2027 13:00 PM', '99999999']) {
      expect(berlin(text), text).toBeNull()
    }
  })

  it('reads the same instant in UTC as Date.parse does for a zoned ISO text', () => {
    const reader = dateReader('UTC')
    expect(reader('2027-06-01 12:00')).toBe(utc('2027-06-01T12:00:00Z'))
  })
})
