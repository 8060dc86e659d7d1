import { describe, expect, it } from 'vitest'
import { attainment, attainmentSummary, validThresholds } from '../../../shared/domain/attainment'
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/review'

const a = (value: number | null) => ({ value, note: '' })

describe('attainment', () => {
  it('higher is better: actual ÷ target with green ≥ 100 %, amber ≥ 80 %, red below', () => {
    expect(attainment(300, a(330), 'atLeast', DEFAULT_THRESHOLDS)).toEqual({ percent: 110, status: 'green' })
    expect(attainment(300, a(270), 'atLeast', DEFAULT_THRESHOLDS)).toEqual({ percent: 90, status: 'amber' })
    expect(attainment(300, a(120), 'atLeast', DEFAULT_THRESHOLDS)).toEqual({ percent: 40, status: 'red' })
    expect(attainment(300, a(300), 'atLeast', DEFAULT_THRESHOLDS).status).toBe('green')
  })

  it('at most: target ÷ actual (12 h against 24 h is met twice over; 30 h is missed)', () => {
    expect(attainment(24, a(12), 'atMost', DEFAULT_THRESHOLDS)).toEqual({ percent: 200, status: 'green' })
    expect(attainment(24, a(30), 'atMost', DEFAULT_THRESHOLDS)).toEqual({ percent: 80, status: 'amber' })
    expect(attainment(24, a(48), 'atMost', DEFAULT_THRESHOLDS)).toEqual({ percent: 50, status: 'red' })
    expect(attainment(24, a(0), 'atMost', DEFAULT_THRESHOLDS)).toEqual({ percent: null, status: 'green' })
  })

  it('a missing actual is not measured, not zero', () => {
    expect(attainment(300, a(null), 'atLeast', DEFAULT_THRESHOLDS)).toEqual({ percent: null, status: 'notMeasured' })
    expect(attainment(300, undefined, 'atLeast', DEFAULT_THRESHOLDS).status).toBe('notMeasured')
  })

  it('an actual for an item without a target value reads "no target value", not "not measured"', () => {
    expect(attainment(null, a(5), 'atLeast', DEFAULT_THRESHOLDS)).toEqual({ percent: null, status: 'noTarget' })
    expect(attainment(null, a(null), 'atMost', DEFAULT_THRESHOLDS).status).toBe('noTarget')
    expect(attainment(Number.NaN, a(5), 'atLeast', DEFAULT_THRESHOLDS).status).toBe('noTarget')
  })

  it('follows edited thresholds', () => {
    const strict = { green: 110, amber: 95 }
    expect(attainment(100, a(105), 'atLeast', strict).status).toBe('amber')
    expect(attainment(100, a(90), 'atLeast', strict).status).toBe('red')
    expect(validThresholds(strict)).toBe(true)
    expect(validThresholds({ green: 80, amber: 90 })).toBe(false)
  })

  it('never yields Infinity or NaN', () => {
    for (const [target, value, direction] of [
      [0, 5, 'atLeast'],
      [0, 0, 'atMost'],
      [10, 0, 'atMost'],
      [0, -1, 'atLeast'],
      [10, -5, 'atMost']
    ] as const) {
      const result = attainment(target, a(value), direction, DEFAULT_THRESHOLDS)
      expect(result.percent === null || Number.isFinite(result.percent)).toBe(true)
    }
  })

  it('sums up as named counts: met, nearly met, missed, not measured, without a target value', () => {
    const results = [
      attainment(100, a(120), 'atLeast', DEFAULT_THRESHOLDS),
      attainment(100, a(85), 'atLeast', DEFAULT_THRESHOLDS),
      attainment(24, a(12), 'atMost', DEFAULT_THRESHOLDS),
      attainment(24, a(40), 'atMost', DEFAULT_THRESHOLDS),
      attainment(100, a(null), 'atLeast', DEFAULT_THRESHOLDS),
      attainment(null, a(7), 'atLeast', DEFAULT_THRESHOLDS)
    ]
    expect(attainmentSummary(results)).toEqual({ total: 6, met: 2, nearlyMet: 1, missed: 1, notMeasured: 1, noTarget: 1 })
    expect(attainmentSummary([])).toEqual({ total: 0, met: 0, nearlyMet: 0, missed: 0, notMeasured: 0, noTarget: 0 })
  })
})
