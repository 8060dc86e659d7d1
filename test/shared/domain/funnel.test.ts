import fc from 'fast-check'
import Fraction from 'fraction.js'
import { describe, expect, it } from 'vitest'
import { computeFunnel, exactDecimal, type FunnelOutcome, type FunnelResult } from '../../../shared/domain/funnel'
import { defaultFunnel } from '../../../shared/domain/sla-defaults'
import type { FunnelInputs } from '../../../shared/domain/workshop'

const inputs = (patch: Partial<FunnelInputs>): FunnelInputs => ({ ...defaultFunnel(), ...patch })

function values(outcome: FunnelOutcome): FunnelResult {
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.problems)}`)
  return outcome.values
}

function problems(outcome: FunnelOutcome) {
  if (outcome.ok) throw new Error(`expected problems, got ${JSON.stringify(outcome.values)}`)
  return outcome.problems
}

/** The SPEC's reference case: 500,000 goal, 100 % share, 10,000 deal size, lead → customer 2 %. */
const reference = inputs({ revenueGoal: 500000, marketingShare: 100, dealSize: 10000, leadToCustomer: 2 })

/** A full quarter: every stage rate, visits and reps. */
const quarter = inputs({
  revenueGoal: 500000,
  marketingShare: 60,
  dealSize: 10000,
  sqlToCustomer: 25,
  mqlToSql: 40,
  leadToMql: 20,
  visitToLead: 2,
  reps: 5
})

describe('lead goals calculator', () => {
  it('computes the reference case from the direct lead → customer rate', () => {
    const outcome = computeFunnel(reference)
    expect(outcome).toEqual({
      ok: true,
      warnings: [],
      values: {
        revenue: 500000,
        customers: 50,
        sqls: null,
        mqls: null,
        leads: 2500,
        visits: null,
        mqlsPerRep: null,
        valueOfLead: 200,
        leadToCustomer: 2,
        leadToCustomerSource: 'direct'
      }
    })
  })

  it('walks the whole chain from revenue to visits and per rep', () => {
    expect(values(computeFunnel(quarter))).toEqual({
      revenue: 300000,
      customers: 30,
      sqls: 120,
      mqls: 300,
      leads: 1500,
      visits: 75000,
      mqlsPerRep: 60,
      valueOfLead: 200,
      leadToCustomer: 2,
      leadToCustomerSource: 'stages'
    })
  })

  it('uses the direct rate as a fallback and still derives SQLs from a given SQL → customer rate', () => {
    const result = values(computeFunnel({ ...reference, sqlToCustomer: 25, reps: 5 }))
    expect(result.leads).toBe(2500)
    expect(result.sqls).toBe(200)
    // Without MQL → SQL there are no MQLs, so nothing per rep either.
    expect(result.mqls).toBeNull()
    expect(result.mqlsPerRep).toBeNull()
  })

  it('does not add one where floats would overshoot an exact integer', () => {
    // 100,000 × 70 % ÷ 1,000 = 70 customers; ÷ 10 % = 700 SQLs; ÷ 70 % = exactly 1,000 MQLs.
    const floatMqls = ((100000 * (70 / 100)) / 1000 / (10 / 100)) / (70 / 100)
    expect(floatMqls).not.toBe(1000) // the trap: 1000.0000000000001
    expect(Math.ceil(floatMqls)).toBe(1001)

    const result = values(computeFunnel(inputs({ revenueGoal: 100000, marketingShare: 70, dealSize: 1000, sqlToCustomer: 10, mqlToSql: 70, leadToMql: 50 })))
    expect(result.customers).toBe(70)
    expect(result.sqls).toBe(700)
    expect(result.mqls).toBe(1000)
    expect(result.leads).toBe(2000)
  })

  it('reads decimal rates as the decimals typed (0.1 + 0.2 style)', () => {
    // 7 customers ÷ 0.7 % = exactly 1,000 leads; in floats 0.7 / 100 is not 0.007.
    expect(Math.ceil(7 / (0.7 / 100))).toBe(1001)
    const result = values(computeFunnel(inputs({ revenueGoal: 70000, marketingShare: 100, dealSize: 10000, leadToCustomer: 0.7 })))
    expect(result.customers).toBe(7)
    expect(result.leads).toBe(1000)
    expect(result.valueOfLead).toBe(70)
    // …and a rate just below the divisor is still rounded up, not truncated.
    expect(values(computeFunnel(inputs({ revenueGoal: 70000, marketingShare: 100, dealSize: 10000, leadToCustomer: 0.71 }))).leads).toBe(986)
  })

  it('rounds every count up: 2.3 customers need 3', () => {
    const result = values(computeFunnel(inputs({ revenueGoal: 23000, marketingShare: 100, dealSize: 10000, leadToCustomer: 2 })))
    expect(result.customers).toBe(3)
    // Leads come from the exact 2.3 customers (115), not from the rounded 3 (150).
    expect(result.leads).toBe(115)
    const perRep = values(computeFunnel({ ...quarter, reps: 7 }))
    expect(perRep.mqlsPerRep).toBe(43) // 300 ÷ 7 = 42.86
  })

  it('rounds money to cents, half up', () => {
    const result = values(computeFunnel(inputs({ revenueGoal: 1000.05, marketingShare: 50, dealSize: 333.33, leadToCustomer: 3 })))
    expect(result.revenue).toBe(500.03) // 500.025
    expect(result.valueOfLead).toBe(10) // 9.9999
    expect(result.customers).toBe(2) // 1.50…
  })

  it('warns when the direct rate contradicts the stage rates, and uses the stage rates', () => {
    const outcome = computeFunnel({ ...quarter, leadToCustomer: 3 })
    expect(outcome.ok && outcome.warnings).toEqual([{ field: 'leadToCustomer', code: 'inconsistentLeadToCustomer' }])
    expect(values(outcome).leads).toBe(1500)
    expect(values(outcome).leadToCustomerSource).toBe('stages')
    expect(computeFunnel({ ...quarter, leadToCustomer: 2 })).toMatchObject({ ok: true, warnings: [] })
  })

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['above 100 %', 100.5],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY]
  ])('rejects a rate that is %s, and never returns Infinity or NaN', (_name, rate) => {
    for (const field of ['visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer', 'leadToCustomer'] as const) {
      const outcome = computeFunnel({ ...quarter, [field]: rate })
      expect(problems(outcome)).toEqual([{ field, code: 'rateRange' }])
      expect(JSON.stringify(outcome)).not.toMatch(/Infinity|NaN|null/)
    }
  })

  it('accepts 100 % as a rate', () => {
    expect(values(computeFunnel({ ...quarter, visitToLead: 100 })).visits).toBe(1500)
  })

  it('checks goal, deal size, share and reps', () => {
    expect(problems(computeFunnel({ ...quarter, revenueGoal: 0, dealSize: -1 }))).toEqual([
      { field: 'revenueGoal', code: 'positive' },
      { field: 'dealSize', code: 'positive' }
    ])
    expect(problems(computeFunnel({ ...quarter, marketingShare: 0 }))).toEqual([{ field: 'marketingShare', code: 'shareRange' }])
    expect(problems(computeFunnel({ ...quarter, marketingShare: 120 }))).toEqual([{ field: 'marketingShare', code: 'shareRange' }])
    expect(problems(computeFunnel({ ...quarter, reps: 2.5 }))).toEqual([{ field: 'reps', code: 'repsWhole' }])
    expect(problems(computeFunnel({ ...quarter, reps: 0 }))).toEqual([{ field: 'reps', code: 'repsWhole' }])
  })

  it('asks for the required inputs and for one way to reach the leads', () => {
    expect(problems(computeFunnel(defaultFunnel()))).toEqual([
      { field: 'revenueGoal', code: 'required' },
      { field: 'marketingShare', code: 'required' },
      { field: 'dealSize', code: 'required' },
      { field: 'leadToMql', code: 'required' },
      { field: 'mqlToSql', code: 'required' },
      { field: 'sqlToCustomer', code: 'required' },
      { field: 'leadToCustomer', code: 'required' }
    ])
    // Two of three stage rates are not enough without the direct rate.
    expect(problems(computeFunnel({ ...quarter, leadToMql: null }))).toEqual([
      { field: 'leadToMql', code: 'required' },
      { field: 'leadToCustomer', code: 'required' }
    ])
    // …but the direct rate alone is.
    expect(computeFunnel({ ...quarter, leadToMql: null, leadToCustomer: 2 }).ok).toBe(true)
  })

  it('leaves optional results empty when their inputs are missing', () => {
    const result = values(computeFunnel({ ...quarter, visitToLead: null, reps: null }))
    expect(result.visits).toBeNull()
    expect(result.mqlsPerRep).toBeNull()
    expect(result.mqls).toBe(300)
  })

  it('reports a count too large to show exactly instead of an imprecise number', () => {
    expect(problems(computeFunnel({ ...quarter, visitToLead: 1e-12 }))).toEqual([{ field: 'visitToLead', code: 'tooLarge' }])
    expect(problems(computeFunnel({ ...quarter, dealSize: 5e-324 }))).toEqual([{ field: 'dealSize', code: 'tooLarge' }])
  })

  it('reads numbers written with exponents exactly', () => {
    expect(exactDecimal(0.4).equals(new Fraction(2, 5))).toBe(true)
    expect(exactDecimal(1e-7).equals(new Fraction(1, 10_000_000))).toBe(true)
    expect(exactDecimal(1.5e21).equals(new Fraction(1_500_000_000_000_000_000_000n, 1n))).toBe(true)
    expect(exactDecimal(-2.5).equals(new Fraction(-5, 2))).toBe(true)
  })

  it('gives finite whole counts that are never below the exact value, for any valid inputs', () => {
    // Money in cents and rates in tenths of a percent, so the exact expectation is easy to state.
    const tenths = fc.integer({ min: 1, max: 1000 })
    const percent = (t: number) => new Fraction(t, 1000)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.tuple(tenths, tenths, tenths, tenths, tenths),
        fc.integer({ min: 1, max: 200 }),
        (goalCents, dealCents, [share, visitToLead, leadToMql, mqlToSql, sqlToCustomer], reps) => {
          const outcome = computeFunnel(
            inputs({
              revenueGoal: goalCents / 100,
              dealSize: dealCents / 100,
              marketingShare: share / 10,
              visitToLead: visitToLead / 10,
              leadToMql: leadToMql / 10,
              mqlToSql: mqlToSql / 10,
              sqlToCustomer: sqlToCustomer / 10,
              reps
            })
          )
          if (!outcome.ok) {
            // Only a count beyond the exactly representable range may stop valid inputs.
            expect(outcome.problems.map((p) => p.code)).toEqual(['tooLarge'])
            return
          }
          const result = outcome.values
          for (const count of [result.customers, result.sqls, result.mqls, result.leads, result.visits, result.mqlsPerRep]) {
            expect(Number.isSafeInteger(count)).toBe(true)
            expect(count).toBeGreaterThanOrEqual(0)
          }
          const exactCustomers = new Fraction(goalCents, 100).mul(percent(share)).div(new Fraction(dealCents, 100))
          expect(exactCustomers.lte(result.customers)).toBe(true)
          expect(exactCustomers.gt(result.customers - 1)).toBe(true)
          const exactLeads = exactCustomers.div(percent(sqlToCustomer)).div(percent(mqlToSql)).div(percent(leadToMql))
          expect(exactLeads.lte(result.leads)).toBe(true)
          expect(exactLeads.gt(result.leads - 1)).toBe(true)
          expect(Number.isFinite(result.revenue) && Number.isFinite(result.valueOfLead)).toBe(true)
        }
      ),
      { numRuns: 500 }
    )
  })
})
