import type { Period } from './items'

/**
 * What a target means for one quarterly review (issue 10 §3). A review looks at one quarter, so
 * a target agreed per year or per month is converted to a quarter before it is compared:
 * - per year: pro-rated, one quarter of it (1/4) — not the year to date, so every quarter of the
 *   year is measured by the same yardstick and a good Q1 cannot hide a bad Q2;
 * - per month: three months of it (×3);
 * - per quarter: as agreed.
 * Rates (a unit with "%", e.g. a conversion rate) are not amounts and are compared as agreed.
 */

/** How many months each target period spans; a review covers one quarter. */
const PERIOD_MONTHS: Record<Period, number> = { month: 1, quarter: 3, year: 12 }
export const REVIEW_PERIOD_MONTHS = 3

export type TargetScaling =
  | { kind: 'asAgreed' }
  | { kind: 'rate'; from: Period }
  /** The agreed value × numerator ÷ denominator: a year 1/4, a month 3/1. */
  | { kind: 'scaled'; from: Period; numerator: number; denominator: number }

export interface ReviewTarget {
  /** The value to compare the quarter's actual with; null when the SLA has no target value. */
  value: number | null
  /** The value as agreed in the SLA, per its own period. */
  agreed: number | null
  scaling: TargetScaling
}

export function isRateUnit(unit: string): boolean {
  return unit.includes('%')
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

export function reviewTarget(target: { value: number | null; period: Period; unit: string }): ReviewTarget {
  const months = PERIOD_MONTHS[target.period]
  if (months === undefined || months === REVIEW_PERIOD_MONTHS) return { value: target.value, agreed: target.value, scaling: { kind: 'asAgreed' } }
  if (isRateUnit(target.unit)) return { value: target.value, agreed: target.value, scaling: { kind: 'rate', from: target.period } }
  const divisor = gcd(REVIEW_PERIOD_MONTHS, months)
  const numerator = REVIEW_PERIOD_MONTHS / divisor
  const denominator = months / divisor
  const value = target.value === null || !Number.isFinite(target.value) ? null : roundNoise((target.value * numerator) / denominator)
  return { value, agreed: target.value, scaling: { kind: 'scaled', from: target.period, numerator, denominator } }
}

/** 0.1 × 3 is 0.30000000000000004 in floating point; nobody agreed on that last digit. */
function roundNoise(value: number): number {
  return Math.round(value * 1e9) / 1e9
}

/** "1/4" for a year, "×3" for a month: the same in both languages. */
export function scalingFactor(scaling: { numerator: number; denominator: number }): string {
  return scaling.denominator === 1 ? `×${scaling.numerator}` : `${scaling.numerator}/${scaling.denominator}`
}
