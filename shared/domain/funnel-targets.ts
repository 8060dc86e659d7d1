import type { FunnelResult } from './funnel'
import type { Language } from './language'
import { FUNNEL_KEYS, type FunnelKey, type ItemFields, type ItemOf, type Period, type TargetOwner } from './items'

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
  /** Existing targets whose different value would be replaced — ask before. */
  overwritten: ItemOf<'target'>[]
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
  currency: string
): FunnelTargetPlan {
  const plan: FunnelTargetPlan = { updates: [], additions: [], overwritten: [] }
  for (const key of FUNNEL_KEYS) {
    const value = values[key]
    if (value === null) continue
    const existing = targets.find((target) => target.period === period && target.source === key)
    if (existing) {
      if (existing.value === value) continue
      if (existing.value !== null) plan.overwritten.push(existing)
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
  return plan
}
