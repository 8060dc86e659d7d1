import { FIELD_LIMITS, TEXT_FIELDS, type FieldKind } from '../../../shared/domain/field-limits'
import type { ItemFields, ListKind } from '../../../shared/domain/items'
import type { Signature, SlaContent } from '../../../shared/domain/sla'
import { contentFingerprint } from '../../../shared/domain/sla-fingerprint'
import { sealOf } from '../../../shared/domain/sla-seal'
import type { MinutesDocumentInput } from '../../../shared/docx/minutes/minutes-input'
import type { ReviewReportInput } from '../../../shared/docx/review/review-input'
import type { SlaDocumentInput } from '../../../shared/docx/sla/sla-input'
import { finishedWorkshop, minutesInput, signedSlaInput, type DocxDraft } from './docx-fixtures'
import type { Language } from '../../../shared/domain/language'
import { buildSlaContent } from '../../../shared/domain/sla-content'

/**
 * The largest texts a room can type (shared/domain/field-limits.ts), in the scripts that cost an
 * office suite the most: German compounds, an e-mail address, Arabic, Hebrew, CJK and emoji.
 */
const MIXED = 'Vertriebsleitung forschungsgetrieben anna@mueller.example مرحبا بالعالم שלום עולם 漢字テキスト 😀 Straße '

/** Exactly `length` code units of mixed-script text (never ending in half an emoji). */
export function mixedText(length: number): string {
  const text = MIXED.repeat(Math.ceil(length / MIXED.length) + 1).slice(0, length)
  return /[\uD800-\uDBFF]$/.test(text) ? `${text.slice(0, -1)}x` : text
}

/** How long a text of each kind is made: by default the most that can be typed into it. */
export type LengthOf = (kind: FieldKind) => number
const typedLimit: LengthOf = (kind) => FIELD_LIMITS[kind]

/** `record` with each of `fields` (field → kind) filled to `lengthOf` its kind. */
function filled<T extends object>(record: T, fields: Readonly<Record<string, FieldKind>>, lengthOf: LengthOf): T {
  return { ...record, ...Object.fromEntries(Object.entries(fields).map(([field, kind]) => [field, mixedText(lengthOf(kind))])) }
}

/**
 * The workshop with every text the room can type at its field's limit (or at `lengthOf` its
 * kind): the workshop's own texts, its definitions, governance and agenda breaks, every
 * participant and every item of every list.
 */
export function workshopAtLimits(draft: DocxDraft, lengthOf: LengthOf = typedLimit): DocxDraft {
  const { workshop } = draft
  const fields = (list: ListKind): Record<string, FieldKind> => TEXT_FIELDS.items[list]
  return {
    workshop: {
      ...filled(workshop, TEXT_FIELDS.workshop, lengthOf),
      stuckLeadRule: filled(workshop.stuckLeadRule, TEXT_FIELDS.stuckLeadRule, lengthOf),
      mql: filled(workshop.mql, TEXT_FIELDS.definition, lengthOf),
      sql: filled(workshop.sql, TEXT_FIELDS.definition, lengthOf),
      governance: filled(workshop.governance, TEXT_FIELDS.governance, lengthOf),
      agenda: { ...workshop.agenda, entries: workshop.agenda.entries.map((entry) => (entry.kind === 'break' ? filled(entry, TEXT_FIELDS.agendaBreak, lengthOf) : entry)) }
    },
    participants: draft.participants.map((participant) => filled(participant, TEXT_FIELDS.participant, lengthOf)),
    items: draft.items.map((item) => filled(item, fields(item.list), lengthOf))
  }
}

/** The minutes of the workshop at its limits (workshopAtLimits), its parking lot as long too. */
export function minutesAtLimits(input: MinutesDocumentInput, lengthOf: LengthOf = typedLimit): MinutesDocumentInput {
  const parkingLot = (input.parkingLot ?? []).map((entry) => filled(entry, TEXT_FIELDS.items.parking, lengthOf))
  return { ...input, ...workshopAtLimits(input, lengthOf), parkingLot }
}

/** The SLA content with every text the room typed at its field's limit (or at `lengthOf` its kind). */
export function contentAtLimits(content: SlaContent, lengthOf: LengthOf = typedLimit): SlaContent {
  const full = (kind: FieldKind): string => mixedText(lengthOf(kind))
  const each = <K extends ListKind, T extends ItemFields[K]>(list: K, items: readonly T[]): T[] => items.map((item) => filled(item, TEXT_FIELDS.items[list], lengthOf))
  const { definitions: d, reporting: r } = content
  return {
    ...content,
    title: full(TEXT_FIELDS.workshop.title),
    organisation: full(TEXT_FIELDS.workshop.organisation),
    unit: full(TEXT_FIELDS.workshop.unit),
    parties: {
      sharedGoal: full(TEXT_FIELDS.workshop.sharedGoal),
      signatories: content.parties.signatories.map((s) => ({ ...s, name: full(TEXT_FIELDS.participant.name), role: full(TEXT_FIELDS.participant.role) }))
    },
    definitions: {
      stages: each('stage', d.stages),
      mql: { ...d.mql, sentence: full(TEXT_FIELDS.definition.sentence), criteria: each('mqlCriterion', d.mql.criteria) },
      sql: { ...d.sql, sentence: full(TEXT_FIELDS.definition.sentence), criteria: each('sqlCriterion', d.sql.criteria) },
      glossary: each('glossary', d.glossary)
    },
    responsibilities: each('raci', content.responsibilities),
    commitments: each('commitment', content.commitments),
    targets: each('target', content.targets),
    reporting: {
      reports: each('report', r.reports),
      rejectionReasons: each('rejection', r.rejectionReasons),
      stuckLeadRule: { ...r.stuckLeadRule, action: full(TEXT_FIELDS.stuckLeadRule.action) },
      managementKpis: each('kpi', r.managementKpis)
    },
    governance: filled(content.governance, TEXT_FIELDS.governance, lengthOf)
  }
}

/**
 * The SLA document input with every typed text at its limit (or at `lengthOf` its kind); its
 * signatures follow the content's signatories, their places as long too. A signed version is
 * fingerprinted and sealed again, as the app signs it.
 */
export function slaInputAtLimits(input: SlaDocumentInput, lengthOf: LengthOf = typedLimit): SlaDocumentInput {
  const content = contentAtLimits(input.content, lengthOf)
  const place = mixedText(lengthOf(TEXT_FIELDS.signature.place))
  // A signature is bound to the content signed; a draft's are given for the content as it stands.
  const fingerprint = contentFingerprint(content)
  const signatures = input.signatures.map((signature): Signature => {
    const signatory = content.parties.signatories.find((s) => s.participantId === signature.participantId)
    const name = signatory?.name ?? signature.name
    return { ...signature, name, signerName: name, role: signatory?.role ?? signature.role, place, fingerprint }
  })
  if (input.version.state === 'draft') return { ...input, content, signatures }
  const facts = { ...input.version, fingerprint }
  return { ...input, content, signatures, version: { ...facts, seal: sealOf(facts, signatures) } }
}

/** The signed SLA of the largest workshop the limits allow: a finished workshop with every text at its limit. */
export async function largestSla(language: Language): Promise<SlaDocumentInput> {
  const { workshop, participants, items } = workshopAtLimits(finishedWorkshop(language))
  return slaInputAtLimits(await signedSlaInput(language, buildSlaContent(workshop, participants, items)))
}

/** The minutes of that workshop. */
export function largestMinutes(language: Language): MinutesDocumentInput {
  return minutesAtLimits(minutesInput(language))
}

/**
 * The review report of the largest SLA: every target and commitment measured with a note at its
 * limit, the decisions and guests as long, every participant and action at their limits.
 */
export function reviewAtLimits(input: ReviewReportInput, lengthOf: LengthOf = typedLimit): ReviewReportInput {
  const content = contentAtLimits(input.content, lengthOf)
  const note = mixedText(lengthOf(TEXT_FIELDS.review.actualNote))
  const measured = [...content.targets, ...content.commitments].map((entry, index) => [entry.id, { value: index * 10, note }] as const)
  const review = {
    ...filled(input.review, { decisions: TEXT_FIELDS.review.decisions }, lengthOf),
    guests: [mixedText(lengthOf(TEXT_FIELDS.review.guests))],
    actuals: Object.fromEntries(measured)
  }
  return {
    ...input,
    content,
    review,
    participants: input.participants.map((participant) => filled(participant, { name: TEXT_FIELDS.participant.name, role: TEXT_FIELDS.participant.role }, lengthOf)),
    actions: input.actions.map((action) => filled(action, TEXT_FIELDS.items.action, lengthOf))
  }
}
