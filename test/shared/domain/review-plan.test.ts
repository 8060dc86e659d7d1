import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOLIDAY_REGIONS, holidayOn, isWeekend, nextWorkingDay, nonWorkingReason } from '../../../shared/domain/holidays'
import { isIsoDate } from '../../../shared/domain/iso-date'
import {
  addReviewDate,
  hasReviewDateEdits,
  moveReviewDate,
  plannedReviewDates,
  removeReviewDate,
  reviewDateList,
  type ReviewPlanSource
} from '../../../shared/domain/review-plan'
import { reviewStatus } from '../../../shared/domain/review-schedule'
import type { HolidayRegion } from '../../../shared/domain/holidays'

const plan = (startDate: string, reviewPlan: ReviewPlanSource['reviewPlan'] = undefined, termMonths = 12): ReviewPlanSource => ({
  governance: { startDate, termMonths, reviewCadence: 'quarterly' },
  reviewPlan
})

describe('working days for review dates', () => {
  it('knows weekends from the calendar day alone', () => {
    expect(isWeekend('2027-05-01')).toBe(true) // Saturday
    expect(isWeekend('2027-05-02')).toBe(true) // Sunday
    expect(isWeekend('2027-05-03')).toBe(false)
  })

  it('moves a weekend or a holiday to the next working day, never back', () => {
    // Labour Day on a Saturday: Monday.
    expect(nextWorkingDay('2027-05-01', 'BUND')).toBe('2027-05-03')
    // Good Friday, then Easter weekend and Easter Monday: Tuesday.
    expect(nextWorkingDay('2027-03-26', 'BUND')).toBe('2027-03-30')
    // Christmas Day on a Saturday, Boxing Day on Sunday: Monday 27th.
    expect(nextWorkingDay('2027-12-25', 'BUND')).toBe('2027-12-27')
    expect(nextWorkingDay('2027-04-15', 'BUND')).toBe('2027-04-15')
  })

  it('follows the federal state', () => {
    const cases: Array<[string, HolidayRegion, string]> = [
      // Epiphany: Bavaria, Baden-Württemberg, Saxony-Anhalt — not nationwide.
      ['2027-01-06', 'BY', '2027-01-07'],
      ['2027-01-06', 'BW', '2027-01-07'],
      ['2027-01-06', 'BUND', '2027-01-06'],
      ['2027-01-06', 'NW', '2027-01-06'],
      // Corpus Christi (Thursday): North Rhine-Westphalia yes, Berlin no.
      ['2027-05-27', 'NW', '2027-05-28'],
      ['2027-05-27', 'BE', '2027-05-27'],
      // Reformation Day 2028 (Tuesday): Saxony yes, Bavaria no.
      ['2028-10-31', 'SN', '2028-11-01'],
      ['2028-10-31', 'BY', '2028-10-31'],
      // Repentance Day: Saxony only.
      ['2027-11-17', 'SN', '2027-11-18'],
      ['2027-11-17', 'TH', '2027-11-17'],
      // International Women's Day: Berlin and Mecklenburg-Western Pomerania.
      ['2027-03-08', 'BE', '2027-03-09'],
      ['2027-03-08', 'HH', '2027-03-08'],
      // World Children's Day: Thuringia.
      ['2027-09-20', 'TH', '2027-09-21'],
      // All Saints' Day on a Monday in Baden-Württemberg.
      ['2027-11-01', 'BW', '2027-11-02'],
      ['2027-11-01', 'HB', '2027-11-01']
    ]
    for (const [date, region, expected] of cases) expect(`${date} ${region} → ${nextWorkingDay(date, region)}`).toBe(`${date} ${region} → ${expected}`)
  })

  it('names the holiday in both languages', () => {
    expect(holidayOn('2027-10-03', 'BUND')?.name).toEqual({ de: 'Tag der Deutschen Einheit', en: 'German Unity Day' })
    expect(nonWorkingReason('2027-05-01', 'BUND')).toMatchObject({ kind: 'holiday', holiday: { name: { en: 'Labour Day' } } })
    expect(nonWorkingReason('2027-05-08', 'BUND')).toEqual({ kind: 'weekend' })
    expect(nonWorkingReason('2027-05-10', 'BUND')).toBeNull()
  })

  it('always lands on a working day on or after the date, in every region', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...HOLIDAY_REGIONS),
        (day, region) => {
          const date = day.toISOString().slice(0, 10)
          const shifted = nextWorkingDay(date, region)
          expect(isIsoDate(shifted)).toBe(true)
          expect(shifted >= date).toBe(true)
          expect(nonWorkingReason(shifted, region)).toBeNull()
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('the review schedule', () => {
  it('generates the dates on working days and says why one moved', () => {
    // Start 2027-02-01: 2027-05-01 is Labour Day (a Saturday), 2027-08-01 a Sunday.
    const planned = plannedReviewDates(plan('2027-02-01'))
    expect(planned.map((p) => p.date)).toEqual(['2027-05-03', '2027-08-02', '2027-11-01', '2028-02-01'])
    expect(planned[0]?.shiftedFrom).toMatchObject({ date: '2027-05-01', reason: { kind: 'holiday' } })
    expect(planned[1]?.shiftedFrom).toEqual({ date: '2027-08-01', reason: { kind: 'weekend' } })
    expect(planned[3]?.shiftedFrom).toBeNull()
  })

  it('takes the workshop’s federal state', () => {
    // 2027-11-01 is All Saints' Day in Bavaria: the review moves to Tuesday.
    expect(reviewDateList(plan('2027-02-01', { holidayRegion: 'BY' }))).toEqual(['2027-05-03', '2027-08-02', '2027-11-02', '2028-02-01'])
  })

  it('moves, removes and adds dates, and keeps them when the start moves on', () => {
    let source = plan('2027-01-01')
    const [first, second] = plannedReviewDates(source)
    expect(first?.date).toBe('2027-04-01')
    let edits = moveReviewDate(undefined, first!, '2027-04-08')
    edits = removeReviewDate(edits, second!)
    edits = addReviewDate(edits, '2027-05-20')
    source = plan('2027-01-01', { edits })
    expect(reviewDateList(source)).toEqual(['2027-04-08', '2027-05-20', '2027-10-01', '2028-01-03'])
    const moved = plannedReviewDates(source)[0]!
    expect(moved.origin).toEqual({ kind: 'generated', cadenceDate: '2027-04-01', generated: '2027-04-01' })
    // An added date moves and goes away like any other.
    const added = plannedReviewDates(source)[1]!
    edits = moveReviewDate(edits, added, '2027-05-21')
    expect(reviewDateList(plan('2027-01-01', { edits }))).toContain('2027-05-21')
    edits = removeReviewDate(edits, { date: '2027-05-21', origin: { kind: 'added' } })
    expect(reviewDateList(plan('2027-01-01', { edits }))).toEqual(['2027-04-08', '2027-10-01', '2028-01-03'])
    // Moving a date back to where it was generated drops the edit.
    expect(moveReviewDate(edits, moved, '2027-04-01').moved).toEqual({})
    expect(hasReviewDateEdits(edits)).toBe(true)
    expect(hasReviewDateEdits(undefined)).toBe(false)
  })

  it('warns about a date the room put on a weekend or holiday, and ignores what is not a date', () => {
    const source = plan('2027-01-01')
    const edits = moveReviewDate(undefined, plannedReviewDates(source)[0]!, '2027-04-10')
    expect(plannedReviewDates(plan('2027-01-01', { edits }))[0]?.nonWorking).toEqual({ kind: 'weekend' })
    expect(moveReviewDate(undefined, plannedReviewDates(source)[0]!, '2027-02-30')).toEqual({ moved: {}, removed: [], added: [] })
    expect(addReviewDate(undefined, '')).toEqual({ moved: {}, removed: [], added: [] })
  })

  it('lists each date once, in order', () => {
    const source = plan('2027-01-01')
    const edits = addReviewDate(moveReviewDate(undefined, plannedReviewDates(source)[1]!, '2027-04-01'), '2027-01-15')
    expect(reviewDateList(plan('2027-01-01', { edits }))).toEqual(['2027-01-15', '2027-04-01', '2027-10-01', '2028-01-03'])
  })

  it('gives the next review from the same list as step 5, overdue only once reviews are owed', () => {
    const edits = moveReviewDate(undefined, plannedReviewDates(plan('2027-01-01'))[0]!, '2027-04-08')
    const source = plan('2027-01-01', { edits })
    expect(reviewStatus(source, [], '2027-04-02', true)).toEqual({ date: '2027-04-08', overdue: false })
    // Passed and no review held for Q1 (the quarter a review in April looks back on).
    expect(reviewStatus(source, [], '2027-04-09', true)).toEqual({ date: '2027-04-08', overdue: true })
    expect(reviewStatus(source, ['2027-Q1'], '2027-04-09', true)).toEqual({ date: '2027-07-01', overdue: false })
    // Before anything was signed, the list still shows the next planned date.
    expect(reviewStatus(source, [], '2027-04-09', false)).toEqual({ date: '2027-07-01', overdue: false })
  })
})
