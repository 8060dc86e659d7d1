import { itemsOf, LIST_STEP, SLA_LISTS, slaItemName, type Item, type ItemOf, type ListKind } from './items'
import { isIsoDate } from './iso-date'
import { checkRaci } from './raci'
import { AGREED_PARTS, SLA_PART_STEP, type AgreedPart } from './sla-lock'
import type { OpenItem } from './sla'
import type { Participant, StepId, Workshop } from './workshop'

/**
 * The completeness check before signing (SPEC §4): what is missing or not yet agreed, each
 * finding naming what is missing and where it is fixed. It reads the live draft (workshop,
 * participants, items) rather than SlaContent, because it must also see step completion and
 * participants who are not signatories.
 *
 * Severity: `blocking` means the agreement lacks something it needs to be an SLA (a definition,
 * a response time, an owner, a signatory); `warning` means it is there but not yet agreed or
 * not yet finished. Neither prevents signing by itself — signing with open items needs the
 * facilitator's explicit confirmation, and they are then listed in the document — except that
 * a version can only become signed with a marketing and a sales signatory (signing.ts).
 */
export type FindingCode =
  /** params: {} */
  | 'noMarketingSignatory'
  /** params: {} */
  | 'noSalesSignatory'
  /** params: { position (1-based among participants), role, team } */
  | 'signatoryWithoutName'
  /** params: {} */
  | 'noSharedGoal'
  /** params: { step } */
  | 'stepNotCompleted'
  /** params: {} */
  | 'noMqlDefinition'
  /** params: {} */
  | 'noSqlDefinition'
  /** params: {} */
  | 'noFirstContactCommitment'
  /** params: { position, description } */
  | 'commitmentWithoutValue'
  /** params: { position, activity } */
  | 'raciNobodyResponsible'
  /** params: { position, activity, count } */
  | 'raciSeveralAccountable'
  /** params: { position, activity } */
  | 'raciNoAccountable'
  /** params: {} */
  | 'noTargets'
  /** params: { position, metric, period } */
  | 'targetWithoutTeam'
  /** params: { position, metric, period } */
  | 'targetWithoutValue'
  /** params: {} */
  | 'governanceWithoutStartDate'
  /** params: { list, count } — list is a ListKind of SLA_LISTS */
  | 'itemsNotAgreed'
  /** params: { part } — part is an AgreedPart (sla-lock.ts) */
  | 'notAgreed'

export type FindingSeverity = 'blocking' | 'warning'

export interface Finding {
  code: FindingCode
  severity: FindingSeverity
  /** Where it is fixed: a step, or the workshop overview (participants). */
  step: StepId | 'overview'
  /** The DOM id of the section where it is fixed. */
  anchor: string
  params: Record<string, string | number>
}

export interface CompletenessInput {
  workshop: Workshop
  participants: readonly Participant[]
  items: readonly Item[]
}

/**
 * DOM ids the findings link to. Those of steps 1–3 and the overview exist already; the Step 4
 * screen must give its sections these ids.
 */
export const SECTION_ANCHORS = {
  participants: 'participants-title',
  sharedGoal: 'goal-title',
  stuckLeadRule: 'stuck-title',
  raci: 'raci',
  commitments: 'commitments',
  targets: 'targets',
  kpis: 'kpis',
  governance: 'governance'
} as const

/** Where each SLA list is edited. */
export const LIST_ANCHORS: Record<ListKind, string> = {
  friction: 'friction-title',
  voice: 'voices-title',
  giveGet: 'gives-title',
  benefit: 'benefits-title',
  stage: 'lifecycle-title',
  report: 'reports-title',
  rejection: 'rejections-title',
  mqlCriterion: 'mql-title',
  sqlCriterion: 'sql-title',
  glossary: 'glossary-title',
  action: 'actions-title',
  concern: 'concerns-title',
  raci: SECTION_ANCHORS.raci,
  commitment: SECTION_ANCHORS.commitments,
  target: SECTION_ANCHORS.targets,
  kpi: SECTION_ANCHORS.kpis,
  parking: 'parking-lot'
}

/** Where each agreed part of the workshop record is edited. */
const PART_ANCHORS: Record<AgreedPart, string> = {
  mql: LIST_ANCHORS.mqlCriterion,
  sql: LIST_ANCHORS.sqlCriterion,
  stuckLeadRule: SECTION_ANCHORS.stuckLeadRule,
  governance: SECTION_ANCHORS.governance
}

/** The anchor of a step's heading (StepFrame). */
export function stepAnchor(step: StepId): string {
  return `step-title-${step}`
}

/** The steps whose completion the SLA depends on; Step 4 is the one being completed by signing. */
const STEPS_BEFORE_SIGNING: readonly StepId[] = ['awareness', 'closedLoop', 'language', 'keepAtIt']

const blank = (text: string) => text.trim() === ''

/** A list's items in their on-screen order, so a finding's position matches what the room sees. */
function ordered<K extends ListKind>(items: readonly Item[], list: K): ItemOf<K>[] {
  return itemsOf(items, list).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function signatoryFindings(participants: readonly Participant[]): Finding[] {
  const findings: Finding[] = []
  const at = { step: 'overview' as const, anchor: SECTION_ANCHORS.participants }
  const sorted = [...participants].sort((a, b) => a.order - b.order)
  const signers = sorted.filter((p) => p.signsSla)
  if (!signers.some((p) => p.team === 'marketing')) findings.push({ code: 'noMarketingSignatory', severity: 'blocking', ...at, params: {} })
  if (!signers.some((p) => p.team === 'sales')) findings.push({ code: 'noSalesSignatory', severity: 'blocking', ...at, params: {} })
  sorted.forEach((p, index) => {
    if (p.signsSla && blank(p.name)) {
      findings.push({ code: 'signatoryWithoutName', severity: 'blocking', ...at, params: { position: index + 1, role: p.role, team: p.team } })
    }
  })
  return findings
}

function stepFindings(workshop: Workshop): Finding[] {
  return STEPS_BEFORE_SIGNING.filter((step) => !workshop.steps[step].completed).map((step) => ({
    code: 'stepNotCompleted',
    severity: 'warning',
    step,
    anchor: stepAnchor(step),
    params: { step }
  }))
}

function definitionFindings(workshop: Workshop, items: readonly Item[]): Finding[] {
  const findings: Finding[] = []
  if (blank(workshop.sharedGoal)) {
    findings.push({ code: 'noSharedGoal', severity: 'warning', step: 'awareness', anchor: SECTION_ANCHORS.sharedGoal, params: {} })
  }
  // A definition exists when the room wrote the sentence or listed at least one criterion.
  if (blank(workshop.mql.sentence) && itemsOf(items, 'mqlCriterion').length === 0) {
    findings.push({ code: 'noMqlDefinition', severity: 'blocking', step: 'language', anchor: LIST_ANCHORS.mqlCriterion, params: {} })
  }
  if (blank(workshop.sql.sentence) && itemsOf(items, 'sqlCriterion').length === 0) {
    findings.push({ code: 'noSqlDefinition', severity: 'blocking', step: 'language', anchor: LIST_ANCHORS.sqlCriterion, params: {} })
  }
  return findings
}

/**
 * RACI (raci.ts): exactly one accountable team and at least one that does the work per
 * activity. Blocking: without them the SLA names nobody who owns or does the task.
 */
function raciFindings(items: readonly Item[]): Finding[] {
  const findings: Finding[] = []
  const at = { severity: 'blocking' as const, step: 'sla' as const, anchor: SECTION_ANCHORS.raci }
  ordered(items, 'raci').forEach((item, index) => {
    const { warnings, accountable } = checkRaci(item.raci)
    const params = { position: index + 1, activity: item.activity }
    if (warnings.includes('noR')) findings.push({ code: 'raciNobodyResponsible', ...at, params })
    if (warnings.includes('noA')) findings.push({ code: 'raciNoAccountable', ...at, params })
    if (warnings.includes('manyA')) findings.push({ code: 'raciSeveralAccountable', ...at, params: { ...params, count: accountable } })
  })
  return findings
}

function commitmentFindings(items: readonly Item[]): Finding[] {
  const findings: Finding[] = []
  const at = { severity: 'blocking' as const, step: 'sla' as const, anchor: SECTION_ANCHORS.commitments }
  const commitments = ordered(items, 'commitment')
  if (!commitments.some((c) => c.kind === 'firstContact' && c.value !== null)) {
    findings.push({ code: 'noFirstContactCommitment', ...at, params: {} })
  }
  commitments.forEach((c, index) => {
    if (c.value === null) findings.push({ code: 'commitmentWithoutValue', ...at, params: { position: index + 1, description: c.description } })
  })
  return findings
}

function targetFindings(items: readonly Item[]): Finding[] {
  const findings: Finding[] = []
  const at = { severity: 'blocking' as const, step: 'sla' as const, anchor: SECTION_ANCHORS.targets }
  const targets = ordered(items, 'target')
  if (targets.length === 0) findings.push({ code: 'noTargets', ...at, params: {} })
  targets.forEach((t, index) => {
    const params = { position: index + 1, metric: t.metric, period: t.period }
    if (t.team === null) findings.push({ code: 'targetWithoutTeam', ...at, params })
    if (t.value === null) findings.push({ code: 'targetWithoutValue', ...at, params })
  })
  return findings
}

function governanceFindings(workshop: Workshop): Finding[] {
  if (isIsoDate(workshop.governance.startDate)) return []
  return [{ code: 'governanceWithoutStartDate', severity: 'blocking', step: 'sla', anchor: SECTION_ANCHORS.governance, params: {} }]
}

/** How many open items of a list a finding names; the sentence counts the rest. */
export const NAMED_OPEN_ITEMS = 5
/** How much of each name it keeps: a finding is stored with a signed version and must fit a backup's text. */
const NAMED_ITEM_LENGTH = 80

/** The first open items' names, as a JSON list in one param (a signed version's open items are stored as such). */
function namedItems(open: readonly Item[]): string {
  const names = open.map((item) => slaItemName(item).trim()).filter((name) => name !== '')
  return JSON.stringify(names.slice(0, NAMED_OPEN_ITEMS).map((name) => (name.length > NAMED_ITEM_LENGTH ? `${name.slice(0, NAMED_ITEM_LENGTH - 1)}…` : name)))
}

/** What the room has written down but not yet marked as agreed by both sides. */
function agreementFindings(workshop: Workshop, items: readonly Item[], definitions: readonly Finding[]): Finding[] {
  const findings: Finding[] = []
  const missing = new Set(definitions.map((f) => f.code))
  for (const part of AGREED_PARTS) {
    // A missing definition is already reported; "not agreed" on top of it would be noise.
    const skip = (part === 'mql' && missing.has('noMqlDefinition')) || (part === 'sql' && missing.has('noSqlDefinition'))
    if (workshop[part].status !== 'agreed' && !skip) {
      findings.push({ code: 'notAgreed', severity: 'warning', step: SLA_PART_STEP[part], anchor: PART_ANCHORS[part], params: { part } })
    }
  }
  for (const list of SLA_LISTS) {
    const open = items.filter((item) => item.list === list && item.status !== 'agreed')
    if (open.length > 0) {
      const params = { list, count: open.length, names: namedItems(open) }
      findings.push({ code: 'itemsNotAgreed', severity: 'warning', step: LIST_STEP[list], anchor: LIST_ANCHORS[list], params })
    }
  }
  return findings
}

/**
 * All findings, blocking ones first, each group in the order of the workshop (participants,
 * steps 1–5), so the list reads like a to-do list from top to bottom.
 */
export function checkCompleteness({ workshop, participants, items }: CompletenessInput): Finding[] {
  const definitions = definitionFindings(workshop, items)
  const findings = [
    ...signatoryFindings(participants),
    ...stepFindings(workshop),
    ...definitions,
    ...raciFindings(items),
    ...commitmentFindings(items),
    ...targetFindings(items),
    ...governanceFindings(workshop),
    ...agreementFindings(workshop, items, definitions)
  ]
  // Array.prototype.sort is stable, so the workshop order holds within each severity.
  return findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
}

function severityRank(severity: FindingSeverity): number {
  return severity === 'blocking' ? 0 : 1
}

export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'blocking')
}

/** What is recorded on the version when it is signed with open items (sla.ts OpenItem). */
export function toOpenItems(findings: readonly Finding[]): OpenItem[] {
  return findings.map(({ code, params }) => ({ code, params: { ...params } }))
}
