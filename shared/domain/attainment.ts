import type { Direction } from './items'
import type { Actual, AttainmentThresholds } from './review'

export type AttainmentStatus = 'green' | 'amber' | 'red' | 'notMeasured'

export interface Attainment {
  /** Percent (100 = exactly met); null when not measured or not meaningful as a number. */
  percent: number | null
  status: AttainmentStatus
}

/**
 * How far an actual meets its target (SPEC §5). Higher is better: actual ÷ target. At most
 * (e.g. first contact within 24 h): target ÷ actual, so 12 h against 24 h is 200 %. A missing
 * actual is "not measured", never zero. Division by zero has a meaning, not Infinity: an
 * at-most actual of 0 beats any target; a target of 0 is met by anything at or beyond it.
 */
export function attainment(
  target: number | null,
  actual: Actual | undefined,
  direction: Direction,
  thresholds: AttainmentThresholds
): Attainment {
  const value = actual?.value
  if (value === null || value === undefined || !Number.isFinite(value) || target === null || !Number.isFinite(target)) {
    return { percent: null, status: 'notMeasured' }
  }
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

export function statusOf(percent: number, thresholds: AttainmentThresholds): Exclude<AttainmentStatus, 'notMeasured'> {
  if (percent >= thresholds.green) return 'green'
  if (percent >= thresholds.amber) return 'amber'
  return 'red'
}

/** Share of measured items that are green, in percent; null when nothing was measured. */
export function overallAttainment(results: readonly Attainment[]): { percent: number | null; green: number; measured: number } {
  const measured = results.filter((r) => r.status !== 'notMeasured')
  const green = measured.filter((r) => r.status === 'green').length
  return { percent: measured.length === 0 ? null : (green / measured.length) * 100, green, measured: measured.length }
}

/** Thresholds must be sensible percentages with amber below green. */
export function validThresholds(t: AttainmentThresholds): boolean {
  return Number.isFinite(t.green) && Number.isFinite(t.amber) && t.amber >= 0 && t.green > t.amber && t.green <= 1000
}
