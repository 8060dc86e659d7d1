import type { RaciLetter, RaciTeam } from './items'

export type RaciWarning = 'noR' | 'noA' | 'manyA'

/**
 * An activity needs someone who does the work. The accountable team does it itself when no
 * other team is marked R, so an activity with an A but no R is fine; one with neither is not.
 * Work without an accountable team has no owner; more than one A blurs who owns the result.
 */
export function raciWarnings(raci: Record<RaciTeam, RaciLetter>): RaciWarning[] {
  const letters = Object.values(raci)
  const warnings: RaciWarning[] = []
  if (!letters.includes('R') && !letters.includes('A')) warnings.push('noR')
  else if (!letters.includes('A')) warnings.push('noA')
  if (letters.filter((l) => l === 'A').length > 1) warnings.push('manyA')
  return warnings
}
