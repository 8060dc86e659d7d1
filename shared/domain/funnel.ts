import Fraction from 'fraction.js'
import { checkNumber, isRate } from './numbers'
import type { FunnelInputs } from './workshop'

/** The calculator's inputs that are amounts of money, in the workshop's currency: screen, documents and the change list show them as money. */
export const MONEY_INPUTS: readonly Exclude<keyof FunnelInputs, 'period'>[] = ['revenueGoal', 'dealSize']

/**
 * The lead goals calculator (reverse funnel, SPEC §4 "Step 4"): from the revenue goal back to
 * the customers, SQLs, MQLs, leads and visits the period needs.
 *
 * Everything is computed with exact fractions: with floats, 70 customers ÷ 10 % ÷ 70 % is
 * 1000.0000000000001, and rounding that up would ask the room for one MQL too many.
 */

/** The conversion rates, each in percent as typed (25 means 25 %). */
export const FUNNEL_RATE_FIELDS = ['visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer', 'leadToCustomer'] as const
export type FunnelRateField = (typeof FUNNEL_RATE_FIELDS)[number]

/** The stage rates whose product is lead → customer. */
const STAGE_RATE_FIELDS = ['leadToMql', 'mqlToSql', 'sqlToCustomer'] as const

/**
 * - `required`: the input is needed and empty. When neither the three stage rates nor the direct
 *   lead → customer rate are complete, every missing one of those four gets `required`.
 * - `positive`: revenue goal or deal size is not a number above 0.
 * - `shareRange`: marketing share is not in (0 %, 100 %].
 * - `rateRange`: a conversion rate is not in (0 %, 100 %].
 * - `repsWhole`: the number of sales reps is not a whole number above 0.
 * - `tooLarge`: a count would exceed what can be shown exactly; the field is the input of the
 *   step where it happened (e.g. a tiny visit → lead rate).
 * - `inconsistentLeadToCustomer` (a warning only): the direct lead → customer rate differs from
 *   the product of the stage rates; the product is used.
 */
export type FunnelProblemCode =
  | 'required'
  | 'positive'
  | 'shareRange'
  | 'rateRange'
  | 'repsWhole'
  | 'tooLarge'
  | 'inconsistentLeadToCustomer'

export interface FunnelProblem {
  field: keyof FunnelInputs
  code: FunnelProblemCode
}

/** Counts are whole numbers rounded up; money is rounded to cents. Null when an optional input is missing. */
export interface FunnelResult {
  /** Revenue that marketing-sourced leads must bring (goal × share). */
  revenue: number
  customers: number
  sqls: number | null
  mqls: number | null
  leads: number
  visits: number | null
  mqlsPerRep: number | null
  /** What one lead is worth on average: deal size × lead → customer. */
  valueOfLead: number
  /** The lead → customer rate that was used, in percent. */
  leadToCustomer: number
  /** Whether that rate is the product of the stage rates or the direct input. */
  leadToCustomerSource: 'stages' | 'direct'
}

export type FunnelOutcome =
  | { ok: true; values: FunnelResult; warnings: FunnelProblem[] }
  | { ok: false; problems: FunnelProblem[] }

// The largest count we show: beyond it a JavaScript number is no longer an exact integer.
const MAX_COUNT = new Fraction(Number.MAX_SAFE_INTEGER)
const HUNDRED = new Fraction(100)

/**
 * The exact value of a number as written in decimal: 0.4 becomes 2/5, not the binary float
 * 0.40000000000000002220…. `String(n)` gives the shortest decimal that reads back as n, which is
 * what the user typed. fraction.js cannot parse exponents (1e-7), so this does it by hand.
 */
export function exactDecimal(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value))
  if (!match) throw new RangeError(`Unexpected number format: ${value}`)
  const [, sign = '', whole = '0', decimals = '', exponent = '0'] = match
  const scale = Number(exponent) - decimals.length
  const digits = BigInt(`${sign}${whole}${decimals}`)
  return scale >= 0 ? new Fraction(digits * 10n ** BigInt(scale), 1n) : new Fraction(digits, 10n ** BigInt(-scale))
}

/** Checks one input and records what is wrong with it; returns it as an exact fraction when fine. */
function validate(
  inputs: FunnelInputs,
  problems: FunnelProblem[]
): Partial<Record<Exclude<keyof FunnelInputs, 'period'>, Fraction>> {
  const valid: Partial<Record<Exclude<keyof FunnelInputs, 'period'>, Fraction>> = {}
  const check = (field: Exclude<keyof FunnelInputs, 'period'>, ok: (value: number) => boolean, code: FunnelProblemCode) => {
    const value = inputs[field]
    if (value === null || value === undefined) return
    // A value that is not a number at all (e.g. a string from a corrupt record) is out of range too.
    if (typeof value !== 'number' || !ok(value)) problems.push({ field, code })
    else valid[field] = exactDecimal(value)
  }
  check('revenueGoal', (v) => Number.isFinite(v) && v > 0, 'positive')
  check('marketingShare', isRate, 'shareRange')
  check('dealSize', (v) => Number.isFinite(v) && v > 0, 'positive')
  for (const field of FUNNEL_RATE_FIELDS) check(field, isRate, 'rateRange')
  check('reps', (v) => checkNumber('positiveCount', v) === null, 'repsWhole')
  return valid
}

function isMissing(value: number | null | undefined): boolean {
  return value === null || value === undefined
}

function requiredProblems(inputs: FunnelInputs): FunnelProblem[] {
  const problems: FunnelProblem[] = []
  for (const field of ['revenueGoal', 'marketingShare', 'dealSize'] as const) {
    if (isMissing(inputs[field])) problems.push({ field, code: 'required' })
  }
  // Leads can be reached through the three stage rates or the direct rate; ask for what is missing of both ways.
  const stagesComplete = STAGE_RATE_FIELDS.every((field) => !isMissing(inputs[field]))
  if (!stagesComplete && isMissing(inputs.leadToCustomer)) {
    for (const field of [...STAGE_RATE_FIELDS, 'leadToCustomer'] as const) {
      if (isMissing(inputs[field])) problems.push({ field, code: 'required' })
    }
  }
  return problems
}

/** A rate typed in percent as a fraction of one: 25 → 1/4. */
function share(percent: Fraction): Fraction {
  return percent.div(HUNDRED)
}

function toCount(exact: Fraction): number {
  return Number(exact.ceil().n)
}

function toMoney(exact: Fraction): number {
  // Half up to the cent, as a bookkeeper rounds; values here are never negative.
  return Number(exact.round(2).toString(2))
}

/** Runs the reverse funnel. Never returns Infinity or NaN: anything out of range is a problem instead. */
export function computeFunnel(inputs: FunnelInputs): FunnelOutcome {
  const problems: FunnelProblem[] = requiredProblems(inputs)
  const v = validate(inputs, problems)
  const { revenueGoal, marketingShare, dealSize } = v
  const stagesRate = v.leadToMql && v.mqlToSql && v.sqlToCustomer ? share(v.leadToMql).mul(share(v.mqlToSql)).mul(share(v.sqlToCustomer)) : null
  const directRate = v.leadToCustomer ? share(v.leadToCustomer) : null
  // The stage rates win over the direct rate: they are the more detailed statement of the room.
  const leadRate = stagesRate ?? directRate
  // With no problems these are all set; the checks only tell the compiler so.
  if (problems.length > 0 || !revenueGoal || !marketingShare || !dealSize || !leadRate) return { ok: false, problems }

  const warnings: FunnelProblem[] = []
  if (stagesRate && directRate && !stagesRate.equals(directRate)) {
    warnings.push({ field: 'leadToCustomer', code: 'inconsistentLeadToCustomer' })
  }
  const revenue = revenueGoal.mul(share(marketingShare))
  const customers = revenue.div(dealSize)
  const sqls = v.sqlToCustomer ? customers.div(share(v.sqlToCustomer)) : null
  const mqls = sqls && v.mqlToSql ? sqls.div(share(v.mqlToSql)) : null
  const leads = mqls && stagesRate && v.leadToMql ? mqls.div(share(v.leadToMql)) : customers.div(leadRate)
  const visits = v.visitToLead ? leads.div(share(v.visitToLead)) : null
  const mqlsPerRep = mqls && v.reps ? mqls.div(v.reps) : null

  // Each count is checked where it first grows, so the message points at the input that made it huge.
  const tooLarge: Array<[Fraction | null, keyof FunnelInputs]> = [
    [revenue, 'revenueGoal'],
    [customers, 'dealSize'],
    [sqls, 'sqlToCustomer'],
    [mqls, 'mqlToSql'],
    [leads, stagesRate ? 'leadToMql' : 'leadToCustomer'],
    [visits, 'visitToLead']
  ]
  const overflow = tooLarge.find(([value]) => value !== null && value.gt(MAX_COUNT))
  if (overflow) return { ok: false, problems: [{ field: overflow[1], code: 'tooLarge' }] }

  return {
    ok: true,
    warnings,
    values: {
      revenue: toMoney(revenue),
      customers: toCount(customers),
      sqls: sqls && toCount(sqls),
      mqls: mqls && toCount(mqls),
      leads: toCount(leads),
      visits: visits && toCount(visits),
      mqlsPerRep: mqlsPerRep && toCount(mqlsPerRep),
      valueOfLead: toMoney(dealSize.mul(leadRate)),
      leadToCustomer: leadRate.mul(HUNDRED).valueOf(),
      leadToCustomerSource: stagesRate ? 'stages' : 'direct'
    }
  }
}
