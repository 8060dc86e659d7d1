import { localIsoDate } from './iso-date'
import { stepsOnlyAgenda } from './agenda'
import type { Item, ItemFields, ListKind } from './items'
import { clockSettingsOf } from './sla-clock'
import { defaultFunnel } from './sla-defaults'
import { boundSignatures, sealOnUpgrade } from './sla-seal'
import type { Signature, SlaContent, SlaState, SlaVersion, OpenItem } from './sla'
import { DEFAULT_TIMEBOX_MINUTES, STEP_IDS, type Participant, type StepId, type StepRecord, type Workshop } from './workshop'

export interface SlaFromDocument {
  content: SlaContent
  version: {
    number: number
    state: SlaState
    signedAt: number | null
    fingerprint: string | null
    openItems: OpenItem[]
    /** Absent in documents written before seals existed. */
    seal?: string | null
    sealedAt?: number | null
  }
  signatures: Signature[]
}

export interface RestoredSla {
  workshop: Workshop
  participants: Participant[]
  items: Item[]
  version: SlaVersion
  signatures: Signature[]
}

type Entry = { id: string; status: 'proposed' | 'agreed' }

/**
 * "Open SLA from Word file" on another laptop (SPEC §6): the workshop is rebuilt from the SLA
 * content the document carries — its definitions, responsibilities, commitments, targets,
 * reporting and governance — with the same ids, so later versions compare item by item. A
 * signed version comes back signed with its signatures; `asDraft` brings it back as a draft to
 * be checked and signed again (for a document whose content no longer matches its signatures).
 */
export function restoreSlaFromDocument(
  source: SlaFromDocument,
  ids: { workshopId: string; versionId: string; newId: () => string },
  now: number,
  asDraft: boolean
): RestoredSla {
  const { content } = source
  const workshopId = ids.workshopId
  // The clock's federal state is the workshop's own again (sla-content.ts puts it into the clock).
  const { clock, ...governance } = content.governance
  const steps = Object.fromEntries(
    STEP_IDS.map((step) => [step, { completed: false, timeboxMinutes: DEFAULT_TIMEBOX_MINUTES[step] }])
  ) as Record<StepId, StepRecord>
  const workshop: Workshop = {
    id: workshopId,
    title: content.title,
    organisation: content.organisation,
    unit: content.unit,
    language: content.language,
    facilitator: '',
    date: content.governance.startDate || localIsoDate(new Date(now)),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    steps,
    sharedGoal: content.parties.sharedGoal,
    stuckLeadRule: { ...content.reporting.stuckLeadRule },
    mql: { sentence: content.definitions.mql.sentence, threshold: content.definitions.mql.threshold, status: content.definitions.mql.status },
    sql: { sentence: content.definitions.sql.sentence, status: content.definitions.sql.status },
    currency: content.currency,
    funnel: { ...defaultFunnel(), ...content.funnel },
    governance: clock ? { ...governance, clock: clockSettingsOf(clock) } : { ...governance },
    // The document carries no run of show: the steps in order, no breaks invented.
    agenda: stepsOnlyAgenda(),
    ...(clock ? { reviewPlan: { holidayRegion: clock.holidayRegion } } : {})
  }
  const participants: Participant[] = content.parties.signatories.map((s, index) => ({
    id: s.participantId,
    workshopId,
    order: index + 1,
    name: s.name,
    role: s.role,
    team: s.team,
    email: '',
    signsSla: true
  }))
  const items: Item[] = []
  const add = <K extends ListKind>(list: K, entries: ReadonlyArray<ItemFields[K] & Entry>) => {
    entries.forEach((entry, index) => items.push({ ...entry, workshopId, list, order: index + 1 } as unknown as Item))
  }
  add('stage', content.definitions.stages)
  add('mqlCriterion', content.definitions.mql.criteria)
  add('sqlCriterion', content.definitions.sql.criteria)
  add('glossary', content.definitions.glossary)
  add('raci', content.responsibilities)
  add('commitment', content.commitments)
  add('target', content.targets)
  add('report', content.reporting.reports)
  add('rejection', content.reporting.rejectionReasons)
  add('kpi', content.reporting.managementKpis)

  const signed = !asDraft && source.version.state !== 'draft' && source.version.fingerprint !== null
  const frozen = {
    number: source.version.number,
    state: signed ? ('signed' as const) : ('draft' as const),
    content: signed ? content : null,
    fingerprint: signed ? source.version.fingerprint : null,
    signedAt: signed ? source.version.signedAt : null,
    openItems: signed ? source.version.openItems : []
  }
  const { seal = null, sealedAt = null } = source.version
  // A document from before seals existed is sealed now, as an update of the app would seal it.
  const sealing = !signed ? { seal: null, sealedAt: null } : seal !== null ? { seal, sealedAt } : sealOnUpgrade({ ...frozen, seal: null }, source.signatures, now)
  const version: SlaVersion = {
    id: ids.versionId,
    workshopId,
    ...frozen,
    ...sealing,
    createdAt: now,
    openItemsConfirmed: false,
    amends: null,
    reviewId: null
  }
  // The signed version consists of the signatures of its content; any other is not part of it.
  const signatures = signed ? boundSignatures(frozen.fingerprint, source.signatures).map((s) => ({ ...s, workshopId, versionId: ids.versionId })) : []
  return { workshop, participants, items, version, signatures }
}
