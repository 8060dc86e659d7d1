import type { RaciLetter, RaciTeam } from './items'

export type RaciWarning = 'noR' | 'noA' | 'manyA'

/** `AR`: one team owns the result and does the work itself (common RACI practice). */
export function isAccountable(letter: RaciLetter): boolean {
  return letter === 'A' || letter === 'AR'
}

export function isResponsible(letter: RaciLetter): boolean {
  return letter === 'R' || letter === 'AR'
}

/** How a cell reads on screen and in documents: `AR` as `A/R`, empty as nothing. */
export function raciLabel(letter: RaciLetter): string {
  return letter === 'AR' ? 'A/R' : letter
}

export interface RaciCheck {
  warnings: RaciWarning[]
  accountable: number
}

/**
 * The one rule for a row of the matrix (issue 10 §4): exactly one team is accountable (A) and
 * at least one does the work (R). The matrix shows it per row, the completeness check per
 * activity, and the SLA lists it among its open items when signed anyway.
 */
export function checkRaci(raci: Record<RaciTeam, RaciLetter>): RaciCheck {
  const letters = Object.values(raci)
  const accountable = letters.filter(isAccountable).length
  const warnings: RaciWarning[] = []
  if (!letters.some(isResponsible)) warnings.push('noR')
  if (accountable === 0) warnings.push('noA')
  if (accountable > 1) warnings.push('manyA')
  return { warnings, accountable }
}

export function raciWarnings(raci: Record<RaciTeam, RaciLetter>): RaciWarning[] {
  return checkRaci(raci).warnings
}
