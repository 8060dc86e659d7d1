import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isIsoDate, localIsoDate } from '../../../shared/domain/iso-date'
import { addMonths, firstReviewableQuarter, nextReviewDate, periodRange, reviewDates, reviewedPeriod } from '../../../shared/domain/review-dates'
import type { Governance } from '../../../shared/domain/workshop'

const governance = (startDate: string, reviewCadence: Governance['reviewCadence'] = 'quarterly', termMonths: number | null = 12) => ({
  startDate,
  reviewCadence,
  termMonths
})

describe('review dates', () => {
  it('reviews every quarter of a year, the end of the term included and the start not', () => {
    expect(reviewDates(governance('2027-01-15'))).toEqual(['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15'])
  })

  it('follows the cadence', () => {
    expect(reviewDates(governance('2027-01-15', 'monthly', 3))).toEqual(['2027-02-15', '2027-03-15', '2027-04-15'])
    expect(reviewDates(governance('2027-01-15', 'halfYearly', 24))).toEqual(['2027-07-15', '2028-01-15', '2028-07-15', '2029-01-15'])
    expect(reviewDates(governance('2027-01-15', 'yearly', 36))).toEqual(['2028-01-15', '2029-01-15', '2030-01-15'])
  })

  it('takes a year when the term is open, or the given default', () => {
    expect(reviewDates(governance('2027-01-15', 'quarterly', null))).toHaveLength(4)
    expect(reviewDates(governance('2027-01-15', 'quarterly', null), { defaultTermMonths: 24 })).toHaveLength(8)
  })

  it('clamps to the end of shorter months without drifting', () => {
    expect(reviewDates(governance('2027-01-31', 'monthly', 4))).toEqual(['2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31'])
    expect(reviewDates(governance('2027-11-30', 'quarterly', 6))).toEqual(['2028-02-29', '2028-05-30'])
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29')
  })

  it('gives no dates without a valid start or with a term shorter than one cadence', () => {
    expect(reviewDates(governance(''))).toEqual([])
    expect(reviewDates(governance('2027-02-30'))).toEqual([])
    expect(reviewDates(governance('2027-01-15', 'quarterly', 2))).toEqual([])
    expect(reviewDates(governance('2027-01-15', 'quarterly', 0))).toEqual([])
    expect(reviewDates(governance('2027-01-15', 'quarterly', -12))).toEqual([])
    expect(reviewDates(governance('2027-01-15', 'quarterly', Number.NaN))).toEqual([])
  })

  it('rounds a fractional term down and caps absurd ones', () => {
    expect(reviewDates(governance('2027-01-15', 'quarterly', 12.9))).toHaveLength(4)
    expect(reviewDates(governance('2027-01-15', 'monthly', 1e9))).toHaveLength(600)
  })

  it('always gives valid, ascending ISO dates within the term', () => {
    const cadences = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...cadences),
        fc.integer({ min: 1, max: 120 }),
        (start, cadence, term) => {
          const startDate = start.toISOString().slice(0, 10)
          const dates = reviewDates(governance(startDate, cadence, term))
          const step = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 }[cadence]
          expect(dates).toHaveLength(Math.floor(term / step))
          expect(dates.every(isIsoDate)).toBe(true)
          expect([...dates].sort()).toEqual(dates)
          expect(dates.every((date) => date > startDate && date <= addMonths(startDate, term))).toBe(true)
        }
      )
    )
  })
})

describe('the next review', () => {
  const dates = ['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15']

  it('is the first one today or later', () => {
    expect(nextReviewDate(dates, '2027-01-15')).toBe('2027-04-15')
    expect(nextReviewDate(dates, '2027-07-15')).toBe('2027-07-15')
    expect(nextReviewDate(dates, '2027-07-16')).toBe('2027-10-15')
    expect(nextReviewDate(dates, '2028-01-16')).toBeNull()
  })

  it('copes with an edited, unordered list', () => {
    expect(nextReviewDate(['2027-10-15', '', '2027-07-15', 'soon'], '2027-05-01')).toBe('2027-07-15')
  })

  it('knows today in the laptop’s time zone', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05')
  })
})

describe('the review period', () => {
  it('is the quarter that ended before the review', () => {
    // Issue 10: an SLA started on 2027-01-01 is reviewed on 2027-04-01 for its first quarter.
    expect(reviewedPeriod('2027-04-01')).toBe('2027-Q1')
    expect(reviewedPeriod('2027-04-15')).toBe('2027-Q1')
    expect(reviewedPeriod('2027-06-30')).toBe('2027-Q1')
    expect(reviewedPeriod('2027-07-01')).toBe('2027-Q2')
    expect(reviewedPeriod('2027-12-31')).toBe('2027-Q3')
  })

  it('looks back into the previous year in January to March', () => {
    expect(reviewedPeriod('2027-01-04')).toBe('2026-Q4')
    expect(reviewedPeriod('2027-03-31')).toBe('2026-Q4')
  })

  it('refuses what is not a date', () => {
    expect(reviewedPeriod('2027-13-01')).toBeNull()
    expect(reviewedPeriod('')).toBeNull()
  })

  it('knows the first and last day of a period', () => {
    expect(periodRange('2027-Q1')).toEqual(['2027-01-01', '2027-03-31'])
    expect(periodRange('2028-Q1')).toEqual(['2028-01-01', '2028-03-31'])
    expect(periodRange('2027-Q4')).toEqual(['2027-10-01', '2027-12-31'])
    expect(periodRange('2027-Q5')).toBeNull()
  })

  it('always names a valid period that ends before the review date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (day) => {
        const date = day.toISOString().slice(0, 10)
        const period = reviewedPeriod(date)
        const range = period === null ? null : periodRange(period)
        expect(range).not.toBeNull()
        expect(range![1] < date).toBe(true)
        // …and it is the latest such quarter: the next one has not ended yet.
        expect(addMonths(range![0], 3) <= date && addMonths(range![0], 6) > date).toBe(true)
      })
    )
  })
})

describe('the first quarter an SLA can be reviewed in', () => {
  it('is the quarter it came into force in, reviewable from the day after', () => {
    // Signed on 30 November 2026: 2026-Q3 ended before it; 2026-Q4 is the first, reviewed from 1 January.
    expect(firstReviewableQuarter('2026-11-30')).toEqual({ period: '2026-Q4', end: '2026-12-31', reviewFrom: '2027-01-01' })
    expect(firstReviewableQuarter('2027-01-01')).toEqual({ period: '2027-Q1', end: '2027-03-31', reviewFrom: '2027-04-01' })
    expect(firstReviewableQuarter('2027-06-30')).toEqual({ period: '2027-Q2', end: '2027-06-30', reviewFrom: '2027-07-01' })
    expect(firstReviewableQuarter('30.11.2026')).toBeNull()
  })
})
