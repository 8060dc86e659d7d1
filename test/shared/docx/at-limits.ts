import { FIELD_LIMITS, TEXT_FIELDS, type FieldKind } from '../../../shared/domain/field-limits'
import type { ItemFields, ListKind } from '../../../shared/domain/items'
import type { Signature, SlaContent } from '../../../shared/domain/sla'
import type { SlaDocumentInput } from '../../../shared/docx/sla/sla-input'

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

/** The SLA content with every text the room typed at its field's limit (or at `lengthOf` its kind). */
export function contentAtLimits(content: SlaContent, lengthOf: LengthOf = typedLimit): SlaContent {
  const full = (kind: FieldKind): string => mixedText(lengthOf(kind))
  const each = <K extends ListKind, T extends ItemFields[K]>(list: K, items: readonly T[]): T[] => {
    const fields: Record<string, FieldKind> = TEXT_FIELDS.items[list]
    return items.map((item) => ({ ...item, ...Object.fromEntries(Object.entries(fields).map(([field, kind]) => [field, full(kind)])) }))
  }
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
    governance: { ...content.governance, escalation: full(TEXT_FIELDS.governance.escalation), amendments: full(TEXT_FIELDS.governance.amendments) }
  }
}

/**
 * The SLA document input with every typed text at its limit (or at `lengthOf` its kind); its
 * signatures follow the content's signatories, their places as long too.
 */
export function slaInputAtLimits(input: SlaDocumentInput, lengthOf: LengthOf = typedLimit): SlaDocumentInput {
  const content = contentAtLimits(input.content, lengthOf)
  const place = mixedText(lengthOf(TEXT_FIELDS.signature.place))
  const signatures = input.signatures.map((signature): Signature => {
    const signatory = content.parties.signatories.find((s) => s.participantId === signature.participantId)
    const name = signatory?.name ?? signature.name
    return { ...signature, name, signerName: name, role: signatory?.role ?? signature.role, place }
  })
  return { ...input, content, signatures }
}
