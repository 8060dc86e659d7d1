import { describe, expect, it } from 'vitest'
import { effectiveFrom, isoDateIn } from '../../../shared/domain/sla-effective'

const BERLIN = 'Europe/Berlin'

describe('from when a version applies', () => {
  it('a first version signed before the start applies from the start', () => {
    expect(effectiveFrom('2027-01-15', Date.parse('2027-01-10T14:00:00Z'), BERLIN)).toBe('2027-01-15')
  })

  it('an amendment signed after the start applies from the day it was signed', () => {
    expect(effectiveFrom('2027-01-15', Date.parse('2027-04-16T09:30:00Z'), BERLIN)).toBe('2027-04-16')
  })

  it('counts the day in the document’s time zone: 23:30 UTC on 15 April is 16 April in Berlin', () => {
    expect(isoDateIn(Date.parse('2027-04-15T23:30:00Z'), BERLIN)).toBe('2027-04-16')
    expect(isoDateIn(Date.parse('2027-04-15T23:30:00Z'), 'America/New_York')).toBe('2027-04-15')
    expect(effectiveFrom('2027-01-15', Date.parse('2027-04-15T23:30:00Z'), BERLIN)).toBe('2027-04-16')
  })

  it('a draft applies from nothing; without a start date a signed version applies from its signing day', () => {
    expect(effectiveFrom('2027-01-15', null, BERLIN)).toBeNull()
    expect(effectiveFrom('', Date.parse('2027-02-01T10:00:00Z'), BERLIN)).toBe('2027-02-01')
  })

  it('a signing time no date can hold (a damaged file) falls back to the start date, never throws', () => {
    expect(isoDateIn(8.64e15 + 1, BERLIN)).toBeNull()
    expect(effectiveFrom('2027-01-15', Number.MAX_VALUE, BERLIN)).toBe('2027-01-15')
    expect(effectiveFrom('', Number.NaN, BERLIN)).toBeNull()
  })
})
