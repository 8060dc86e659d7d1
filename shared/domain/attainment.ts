import type { Direction } from './items'
import type { Actual, AttainmentThresholds } from './review'

export type AttainmentStatus = 'green' | 'amber' | 'red' | 'notMeasured' | 'noTarget'

export interface Attainment {
  /** Percent (100 = exactly met); null when not measured, without a target value, or not meaningful as a number. */
  percent: number | null
  status: AttainmentStatus
}

/**
 * How far an actual meets its target (SPEC §5). Higher is better: actual ÷ target. At most
 * (e.g. first contact within 24 h): target ÷ actual, so 12 h against 24 h is 200 %. A missing
 * actual is "not measured", never zero. Division by zero has a meaning, not Infinity: an
 * at-most actual of 0 beats any target; a target of 0 is met by anything at or beyond it.
 * An item whose target value was left empty in the SLA has "no target value", whatever its
 * actual: there is nothing to measure against, which is not the same as not having measured.
 */
export function attainment(
  target: number | null,
  actual: Actual | undefined,
  direction: Direction,
  thresholds: AttainmentThresholds
): Attainment {
  const value = actual?.value
  if (target === null || !Number.isFinite(target)) return { percent: null, status: 'noTarget' }
  if (value === null || value === undefined || !Number.isFinite(value)) return { percent: null, status: 'notMeasured' }
  let percent: number | null
  if (direction === 'atLeast') {
    percent = target === 0 ? (value >= 0 ? null : 0) : percentOf(value, target)
  } else {
    percent = value === 0 ? null : percentOf(target, value)
    if (percent !== null && percent < 0) percent = 0
  }
  if (percent === null) return { percent: null, status: 'green' }
  return { percent, status: statusOf(percent, thresholds) }
}

/** a ÷ b in percent, rounded to a millionth so 330 of 300 is exactly 110 at a threshold. */
function percentOf(a: number, b: number): number {
  return Math.round(((a * 100) / b) * 1e6) / 1e6
}

export function statusOf(percent: number, thresholds: AttainmentThresholds): Exclude<AttainmentStatus, 'notMeasured' | 'noTarget'> {
  if (percent >= thresholds.green) return 'green'
  if (percent >= thresholds.amber) return 'amber'
  return 'red'
}

/**
 * The review's key figure, as counts rather than one percentage (issue 10 §3): "5 of 17 items
 * met · 3 nearly met · 9 missed · 2 not measured". A single "29 %" hid what it was a share of.
 */
export interface AttainmentSummary {
  total: number
  met: number
  nearlyMet: number
  missed: number
  notMeasured: number
  noTarget: number
}

export function attainmentSummary(results: readonly Attainment[]): AttainmentSummary {
  const count = (status: AttainmentStatus) => results.filter((r) => r.status === status).length
  return {
    total: results.length,
    met: count('green'),
    nearlyMet: count('amber'),
    missed: count('red'),
    notMeasured: count('notMeasured'),
    noTarget: count('noTarget')
  }
}

/** Thresholds must be sensible percentages with amber below green. */
export function validThresholds(t: AttainmentThresholds): boolean {
  return Number.isFinite(t.green) && Number.isFinite(t.amber) && t.amber >= 0 && t.green > t.amber && t.green <= 1000
}
