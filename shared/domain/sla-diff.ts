import type { Signatory, SlaContent } from './sla'

/**
 * What changed between two SLA versions (SPEC §5 "Amend the SLA … shows what changed against
 * the previous version"), section by section in the order of the document.
 *
 * List entries are matched by id (participantId for signatories), so a renamed stage is one
 * change, not a removal plus an addition. Ids are left out of the fingerprint but kept in the
 * content for exactly this comparison.
 */

export const SLA_SECTIONS = [
  'parties',
  'definitions',
  'responsibilities',
  'commitments',
  'targets',
  'funnel',
  'reporting',
  'governance'
] as const
export type SlaSection = (typeof SLA_SECTIONS)[number]

export const SLA_DIFF_LISTS = [
  'signatories',
  'stages',
  'mqlCriteria',
  'sqlCriteria',
  'glossary',
  'responsibilities',
  'commitments',
  'targets',
  'reports',
  'rejectionReasons',
  'managementKpis'
] as const
export type SlaDiffList = (typeof SLA_DIFF_LISTS)[number]

/** One entry of any list of the content. */
export type SlaListEntry =
  | Signatory
  | SlaContent['definitions']['stages'][number]
  | SlaContent['definitions']['mql']['criteria'][number]
  | SlaContent['definitions']['sql']['criteria'][number]
  | SlaContent['definitions']['glossary'][number]
  | SlaContent['responsibilities'][number]
  | SlaContent['commitments'][number]
  | SlaContent['targets'][number]
  | SlaContent['reporting']['reports'][number]
  | SlaContent['reporting']['rejectionReasons'][number]
  | SlaContent['reporting']['managementKpis'][number]

export type DiffValue = string | number | boolean | null

/** `field` is a dotted path: `sharedGoal`, `mql.threshold`, `value`, `raci.sales`. */
export interface FieldChange {
  field: string
  before: DiffValue
  after: DiffValue
}

export interface DiffEntry {
  id: string
  /** The entry's main text (activity, description, metric, name, term, text or kpi). */
  label: string
  entry: SlaListEntry
}

export interface EntryChange {
  id: string
  /** The label as it reads in the new version. */
  label: string
  fields: FieldChange[]
}

/**
 * `reordered`: the entries present in both versions stand in a different order. An entry only
 * added or removed does not count as a reorder by itself.
 */
export interface ListDiff {
  list: SlaDiffList
  added: DiffEntry[]
  removed: DiffEntry[]
  changed: EntryChange[]
  reordered: boolean
}

/** Only non-empty lists are present. */
export interface SectionDiff {
  section: SlaSection
  fields: FieldChange[]
  lists: ListDiff[]
}

/** Only sections with a change are present, in the order of the document. */
export interface SlaDiff {
  sections: SectionDiff[]
}

const LABEL_FIELDS = ['activity', 'description', 'metric', 'name', 'term', 'text', 'kpi'] as const

export function entryLabel(entry: SlaListEntry): string {
  const record: Record<string, unknown> = { ...entry }
  for (const field of LABEL_FIELDS) {
    const value = record[field]
    if (typeof value === 'string') return value
  }
  return ''
}

function toDiffValue(value: unknown): DiffValue {
  if (value === undefined) return null
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  // An array (the clock's working days) is compared as a whole.
  return JSON.stringify(value) ?? null
}

/** Leaf values by dotted path, so a change deep inside (one RACI letter) is reported as itself. */
function flatten(value: object, prefix = ''): Map<string, DiffValue> {
  const leaves = new Map<string, DiffValue>()
  for (const [key, entry] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      for (const [leaf, leafValue] of flatten(entry, path)) leaves.set(leaf, leafValue)
    } else {
      leaves.set(path, toDiffValue(entry))
    }
  }
  return leaves
}

function same(a: DiffValue, b: DiffValue): boolean {
  // Decomposed and composed umlauts are the same text; the fingerprint agrees (sla-fingerprint.ts).
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC') === b.normalize('NFC')
  return Object.is(a, b)
}

/** Matched entries share their id, so the id never shows up as a change. */
function fieldChanges(before: object, after: object, prefix = ''): FieldChange[] {
  const a = flatten(before, prefix)
  const b = flatten(after, prefix)
  const paths = [...new Set([...a.keys(), ...b.keys()])]
  return paths
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }))
    .filter((change) => !same(change.before, change.after))
}

function keyOf(entry: SlaListEntry): string {
  return 'participantId' in entry ? entry.participantId : entry.id
}

function diffList(list: SlaDiffList, before: readonly SlaListEntry[], after: readonly SlaListEntry[]): ListDiff {
  const previous = new Map(before.map((entry) => [keyOf(entry), entry]))
  const next = new Map(after.map((entry) => [keyOf(entry), entry]))
  const describe = (entry: SlaListEntry): DiffEntry => ({ id: keyOf(entry), label: entryLabel(entry), entry })
  const changed: EntryChange[] = []
  for (const entry of after) {
    const old = previous.get(keyOf(entry))
    if (!old) continue
    const fields = fieldChanges(old, entry)
    if (fields.length > 0) changed.push({ id: keyOf(entry), label: entryLabel(entry), fields })
  }
  const commonBefore = before.map(keyOf).filter((id) => next.has(id))
  const commonAfter = after.map(keyOf).filter((id) => previous.has(id))
  return {
    list,
    added: after.filter((entry) => !previous.has(keyOf(entry))).map(describe),
    removed: before.filter((entry) => !next.has(keyOf(entry))).map(describe),
    changed,
    reordered: commonBefore.some((id, index) => commonAfter[index] !== id)
  }
}

function isEmptyList(diff: ListDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && !diff.reordered
}

function section(name: SlaSection, fields: FieldChange[], lists: ListDiff[]): SectionDiff {
  return { section: name, fields, lists: lists.filter((list) => !isEmptyList(list)) }
}

/**
 * The document's metadata (title, organisation …) is reported under parties: it names who agrees;
 * so is the scope, which the document states there (issue 12 §4).
 */
function partiesDiff(a: SlaContent, b: SlaContent): SectionDiff {
  const head = (c: SlaContent) => ({
    title: c.title,
    organisation: c.organisation,
    unit: c.unit,
    language: c.language,
    currency: c.currency,
    sharedGoal: c.parties.sharedGoal,
    scopeLeads: c.governance.scopeLeads,
    scopeRegions: c.governance.scopeRegions
  })
  return section('parties', fieldChanges(head(a), head(b)), [diffList('signatories', a.parties.signatories, b.parties.signatories)])
}

function definitionsDiff(a: SlaContent, b: SlaContent): SectionDiff {
  const heads = (c: SlaContent) => {
    const { criteria: _mqlCriteria, ...mql } = c.definitions.mql
    const { criteria: _sqlCriteria, ...sql } = c.definitions.sql
    return { mql, sql }
  }
  return section('definitions', fieldChanges(heads(a), heads(b)), [
    diffList('stages', a.definitions.stages, b.definitions.stages),
    diffList('mqlCriteria', a.definitions.mql.criteria, b.definitions.mql.criteria),
    diffList('sqlCriteria', a.definitions.sql.criteria, b.definitions.sql.criteria),
    diffList('glossary', a.definitions.glossary, b.definitions.glossary)
  ])
}

function reportingDiff(a: SlaContent, b: SlaContent): SectionDiff {
  return section('reporting', fieldChanges(a.reporting.stuckLeadRule, b.reporting.stuckLeadRule, 'stuckLeadRule'), [
    diffList('reports', a.reporting.reports, b.reporting.reports),
    diffList('rejectionReasons', a.reporting.rejectionReasons, b.reporting.rejectionReasons),
    diffList('managementKpis', a.reporting.managementKpis, b.reporting.managementKpis)
  ])
}

/** The clock and the hand-over data are kept with governance but stated with the commitments. */
function commitmentTerms(c: SlaContent): object {
  return { clock: c.governance.clock, handoverData: c.governance.handoverData }
}

function governanceProper(c: SlaContent): object {
  const { scopeLeads: _leads, scopeRegions: _regions, clock: _clock, handoverData: _handover, ...rest } = c.governance
  return rest
}

/**
 * Compares the previous (signed) version with the next (draft) one. The content `format` is not
 * compared: a format upgrade is a migration, not a change the room agreed.
 */
export function diffSla(before: SlaContent, after: SlaContent): SlaDiff {
  const sections = [
    partiesDiff(before, after),
    definitionsDiff(before, after),
    section('responsibilities', [], [diffList('responsibilities', before.responsibilities, after.responsibilities)]),
    section('commitments', fieldChanges(commitmentTerms(before), commitmentTerms(after)), [diffList('commitments', before.commitments, after.commitments)]),
    section('targets', [], [diffList('targets', before.targets, after.targets)]),
    section('funnel', fieldChanges(before.funnel, after.funnel), []),
    reportingDiff(before, after),
    section('governance', fieldChanges(governanceProper(before), governanceProper(after)), [])
  ]
  return { sections: sections.filter((s) => s.fields.length > 0 || s.lists.length > 0) }
}

export function isEmptyDiff(diff: SlaDiff): boolean {
  return diff.sections.length === 0
}

/** How many things changed (a badge "3 changes"): each field, entry added, removed or changed, and each reorder. */
export function countChanges(diff: SlaDiff): number {
  return diff.sections.reduce(
    (sum, s) =>
      sum +
      s.fields.length +
      s.lists.reduce((n, l) => n + l.added.length + l.removed.length + l.changed.length + (l.reordered ? 1 : 0), 0),
    0
  )
}
