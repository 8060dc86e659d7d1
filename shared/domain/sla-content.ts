import { itemsOf, type Item, type ItemFields, type ListKind } from './items'
import { holidayRegionOf } from './review-plan'
import { SLA_CONTENT_FORMAT, type SlaContent, type SlaGovernance } from './sla'
import type { AgreementStatus, Participant, Workshop } from './workshop'

function entries<K extends ListKind>(items: readonly Item[], list: K): Array<ItemFields[K] & { id: string; status: AgreementStatus }> {
  // Generic rest types do not narrow; the fields are exactly those of the list.
  // Drop what only the database needs; keep the id for comparing versions item by item.
  return itemsOf(items, list).map(({ workshopId: _w, order: _o, list: _l, ...rest }) => rest as unknown as ItemFields[K] & { id: string; status: AgreementStatus })
}

/**
 * The SLA content as it stands in the workshop now — what a draft shows and what is frozen
 * when the version is signed. `items` must be in list order (item-repo's listItems).
 */
export function buildSlaContent(workshop: Workshop, participants: readonly Participant[], items: readonly Item[]): SlaContent {
  return {
    format: SLA_CONTENT_FORMAT,
    language: workshop.language,
    title: workshop.title,
    organisation: workshop.organisation,
    unit: workshop.unit,
    currency: workshop.currency,
    parties: {
      sharedGoal: workshop.sharedGoal,
      signatories: participants
        .filter((p) => p.signsSla)
        .map((p) => ({ participantId: p.id, name: p.name, role: p.role, team: p.team }))
    },
    definitions: {
      stages: entries(items, 'stage'),
      mql: { ...workshop.mql, criteria: entries(items, 'mqlCriterion') },
      sql: { ...workshop.sql, criteria: entries(items, 'sqlCriterion') },
      glossary: entries(items, 'glossary')
    },
    responsibilities: entries(items, 'raci'),
    commitments: entries(items, 'commitment'),
    targets: entries(items, 'target'),
    funnel: { ...workshop.funnel },
    reporting: {
      reports: entries(items, 'report'),
      rejectionReasons: entries(items, 'rejection'),
      stuckLeadRule: { ...workshop.stuckLeadRule },
      managementKpis: entries(items, 'kpi')
    },
    governance: slaGovernance(workshop)
  }
}

/** The workshop's governance as the SLA states it: a clock names the federal state whose holidays it skips. */
function slaGovernance(workshop: Workshop): SlaGovernance {
  const { clock, ...rest } = workshop.governance
  return clock ? { ...rest, clock: { ...clock, workingDays: [...clock.workingDays], holidayRegion: holidayRegionOf(workshop) } } : { ...rest }
}
