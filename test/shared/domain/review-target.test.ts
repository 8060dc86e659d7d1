import { describe, expect, it } from 'vitest'
import { isRateUnit, reviewTarget, scalingFactor } from '../../../shared/domain/review-target'
import { actualFunnelInputs, type ActualRates } from '../../../shared/domain/review'
import { computeFunnel } from '../../../shared/domain/funnel'
import { slaStatus } from '../../../shared/domain/sla-status'
import type { FunnelInputs } from '../../../shared/domain/workshop'

describe('targets in a quarterly review', () => {
  it('pro-rates a yearly target to one quarter (1/4)', () => {
    expect(reviewTarget({ value: 1_200_000, period: 'year', unit: 'EUR' })).toEqual({
      value: 300_000,
      agreed: 1_200_000,
      scaling: { kind: 'scaled', from: 'year', numerator: 1, denominator: 4 }
    })
    expect(reviewTarget({ value: 10, period: 'year', unit: 'customers' }).value).toBe(2.5)
  })

  it('counts a monthly target three times (×3) without floating-point dust', () => {
    expect(reviewTarget({ value: 100, period: 'month', unit: 'MQLs' })).toMatchObject({ value: 300, scaling: { numerator: 3, denominator: 1 } })
    expect(reviewTarget({ value: 0.1, period: 'month', unit: 'h' }).value).toBe(0.3)
  })

  it('takes a quarterly target as agreed, and a rate as agreed whatever its period', () => {
    expect(reviewTarget({ value: 300, period: 'quarter', unit: 'MQLs' })).toEqual({ value: 300, agreed: 300, scaling: { kind: 'asAgreed' } })
    expect(reviewTarget({ value: 40, period: 'year', unit: '%' })).toEqual({ value: 40, agreed: 40, scaling: { kind: 'rate', from: 'year' } })
    expect(isRateUnit(' % ')).toBe(true)
    expect(isRateUnit('MQLs')).toBe(false)
  })

  it('keeps a missing target value missing', () => {
    expect(reviewTarget({ value: null, period: 'year', unit: 'MQLs' }).value).toBeNull()
  })

  it('writes the factor the same way in both languages', () => {
    expect(scalingFactor({ numerator: 1, denominator: 4 })).toBe('1/4')
    expect(scalingFactor({ numerator: 3, denominator: 1 })).toBe('×3')
  })
})

describe('the calculator with actual rates', () => {
  const base: FunnelInputs = {
    period: 'quarter',
    revenueGoal: 500_000,
    marketingShare: 100,
    dealSize: 10_000,
    visitToLead: null,
    leadToMql: null,
    mqlToSql: null,
    sqlToCustomer: null,
    leadToCustomer: 2,
    reps: null
  }
  const none: ActualRates = { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null }
  const leads = (inputs: FunnelInputs) => {
    const outcome = computeFunnel(inputs)
    return outcome.ok ? outcome.values.leads : null
  }

  it('uses a measured lead → customer rate (the reference case: 2 % planned, 4 % measured halves the leads)', () => {
    expect(leads(base)).toBe(2500)
    expect(leads(actualFunnelInputs(base, { ...none, leadToCustomer: 4 }))).toBe(1250)
  })

  it('a measured lead → customer rate wins over planned stage rates', () => {
    const staged = { ...base, leadToCustomer: null, leadToMql: 20, mqlToSql: 40, sqlToCustomer: 25 }
    expect(leads(staged)).toBe(2500)
    expect(leads(actualFunnelInputs(staged, { ...none, leadToCustomer: 1 }))).toBe(5000)
  })

  it('measured stage rates replace the planned ones; the unmeasured keep the plan', () => {
    const staged = { ...base, leadToCustomer: null, leadToMql: 20, mqlToSql: 40, sqlToCustomer: 25 }
    expect(leads(actualFunnelInputs(staged, { ...none, leadToMql: 10 }))).toBe(5000)
  })

  it('never repeats the plan silently: partial stages against a direct plan ask for the missing rates', () => {
    const outcome = computeFunnel(actualFunnelInputs(base, { ...none, mqlToSql: 50 }))
    expect(outcome.ok).toBe(false)
  })

  it('with nothing measured it is the plan', () => {
    expect(actualFunnelInputs(base, none)).toEqual(base)
  })
})

describe('the SLA status every screen names', () => {
  it('is version 1, draft, before any version was recorded', () => {
    expect(slaStatus([])).toEqual({ number: 1, state: 'draft', signedOnce: false })
  })

  it('is the latest version, and knows whether one was ever signed', () => {
    expect(slaStatus([{ number: 1, state: 'superseded' }, { number: 2, state: 'draft' }])).toEqual({ number: 2, state: 'draft', signedOnce: true })
    expect(slaStatus([{ number: 1, state: 'signed' }])).toEqual({ number: 1, state: 'signed', signedOnce: true })
  })
})
