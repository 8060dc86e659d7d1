import type { FunnelResult } from './funnel'
import type { Language } from './language'
import { FUNNEL_KEYS, type CommitmentUnit, type FunnelKey, type ItemFields, type ItemOf, type Period, type TargetOwner } from './items'

const NAMES: Record<FunnelKey, { metric: Record<Language, string>; unit: Record<Language, string> | 'currency'; team: TargetOwner }> = {
  revenue: { metric: { en: 'Revenue from marketing-sourced leads', de: 'Umsatz aus Marketing-Leads' }, unit: 'currency', team: 'joint' },
  customers: { metric: { en: 'Customers won', de: 'Gewonnene Kunden' }, unit: { en: 'customers', de: 'Kunden' }, team: 'sales' },
  sqls: { metric: { en: 'SQLs', de: 'SQLs' }, unit: { en: 'SQLs', de: 'SQLs' }, team: 'sales' },
  mqls: { metric: { en: 'MQLs handed to sales', de: 'An den Vertrieb übergebene MQLs' }, unit: { en: 'MQLs', de: 'MQLs' }, team: 'marketing' },
  leads: { metric: { en: 'New leads', de: 'Neue Leads' }, unit: { en: 'leads', de: 'Leads' }, team: 'marketing' },
  visits: { metric: { en: 'Website visits', de: 'Website-Besuche' }, unit: { en: 'visits', de: 'Besuche' }, team: 'marketing' },
  mqlsPerRep: {
    metric: { en: 'Leads worked per sales rep', de: 'Bearbeitete Leads je Vertriebsmitarbeiter' },
    unit: { en: 'MQLs', de: 'MQLs' },
    team: 'sales'
  }
}

export interface FunnelTargetPlan {
  updates: Array<{ id: string; value: number }>
  additions: ItemFields['target'][]
  /** Marketing's lead-volume commitments, whose number follows the MQLs of the calculator. */
  commitmentUpdates: Array<{ id: string; value: number }>
  /** Existing targets and commitments whose different value would be replaced — ask before; by their names. */
  overwritten: string[]
}

/** Months and weeks in each period of the calculator. */
const MONTHS: Record<Period, number> = { month: 1, quarter: 3, year: 12 }
const WEEKS: Record<Period, number> = { month: 52 / 12, quarter: 13, year: 52 }

/**
 * The MQLs a lead-volume commitment promises in its own unit, rounded up as the calculator rounds
 * its counts: 1,297 MQLs a quarter are 433 a month. Null for a unit that counts no MQLs over time.
 */
export function mqlsPerCommitmentUnit(mqls: number, period: Period, unit: CommitmentUnit): number | null {
  if (unit === 'perMonth') return Math.ceil(mqls / MONTHS[period])
  if (unit === 'perWeek') return Math.ceil(mqls / WEEKS[period])
  return null
}

/**
 * "Use as targets" (SPEC §4): each calculator figure goes into the target of the chosen period
 * that came from it, or into a new one. Figures the calculator could not compute are left alone.
 */
export function planFunnelTargets(
  targets: readonly ItemOf<'target'>[],
  period: Period,
  values: FunnelResult,
  language: Language,
  currency: string,
  commitments: readonly ItemOf<'commitment'>[] = []
): FunnelTargetPlan {
  const plan: FunnelTargetPlan = { updates: [], additions: [], commitmentUpdates: [], overwritten: [] }
  for (const key of FUNNEL_KEYS) {
    const value = values[key]
    if (value === null) continue
    const existing = targets.find((target) => target.period === period && target.source === key)
    if (existing) {
      if (existing.value === value) continue
      if (existing.value !== null) plan.overwritten.push(existing.metric)
      plan.updates.push({ id: existing.id, value })
    } else {
      const names = NAMES[key]
      plan.additions.push({
        period,
        metric: names.metric[language],
        team: names.team,
        value,
        unit: names.unit === 'currency' ? currency : names.unit[language],
        source: key
      })
    }
  }
  // "Marketing hands over at least … MQLs a month": the calculator's MQLs, so the SLA never promises two numbers.
  const mqls = values.mqls
  for (const commitment of commitments) {
    if (commitment.kind !== 'leadVolume' || mqls === null) continue
    const value = mqlsPerCommitmentUnit(mqls, period, commitment.unit)
    if (value === null || commitment.value === value) continue
    if (commitment.value !== null) plan.overwritten.push(commitment.description)
    plan.commitmentUpdates.push({ id: commitment.id, value })
  }
  return plan
}
