import { z } from 'zod'
import { CADENCES, COMMITMENT_KINDS, COMMITMENT_UNITS, CRITERION_KINDS, DIRECTIONS, FUNNEL_KEYS, PERIODS, RACI_LETTERS, RACI_TEAMS, TARGET_OWNERS } from '../../domain/items'
import { TEXT_FIELDS } from '../../domain/field-limits'
import { isIsoDate } from '../../domain/iso-date'
import { LANGUAGES } from '../../domain/language'
import { SLA_CONTENT_FORMAT, SLA_STATES } from '../../domain/sla'
import { MAX_TIME_ZONE_LENGTH, TIME_ZONE_SHAPE } from '../../domain/sla-clock'
import { AGREEMENT_STATUSES, REVIEW_CADENCES, TEAMS } from '../../domain/workshop'
import { slaClockSchema } from '../../backup/clock-schema'
import { ruleSchemas, textShape, timestampSchema, type FileRules } from '../../backup/file-rules'
import { idSchema, openItemSchema, pngDataUrl } from '../../backup/schemas'

/**
 * The shape of the data a Word file carries (SPEC §6 "carries the SLA data in machine-readable
 * form"). A file from disk is never trusted: every field is checked for type and size before
 * the app uses any of it — ids in the shape the app keeps them (what a backup takes), dates real
 * days, times between 1970 and the year 9999, each text within its field's limit and the currency
 * one the app offers (file-rules.ts; in a file from before the limits, texts as long as they were
 * kept then) — and anything else makes the file "not from the app".
 */

/** Rows of one list; all lists together stay within MAX_SLA_ROWS (sla-data.ts). */
export const MAX_LIST_LENGTH = 100_000

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_LENGTH)
const optionalAmount = z.number().nullable()
const status = z.enum(AGREEMENT_STATUSES)
const team = z.enum(TEAMS)
const timestamp = timestampSchema
const fingerprint = z.string().regex(/^[0-9a-f]{64}$/)
const isoDate = z.string().refine(isIsoDate, 'date')
/** A date field as the workshop keeps it: a day, or empty when none was set. */
const isoDateOrEmpty = z.string().refine((value) => value === '' || isIsoDate(value), 'date')

const entry = <T extends z.ZodRawShape>(shape: T) => z.object({ id: idSchema, status, ...shape })

/** The data part's schema for a file held to `rules`; `versions`: the data formats that keep them. */
function dataSchema(rules: FileRules, versions: readonly number[]) {
  const schemas = ruleSchemas(rules)
  const texts = <F extends Parameters<typeof textShape>[0]>(fields: F) => textShape(fields, schemas)
  const items = TEXT_FIELDS.items
  const criterion = entry({ ...texts(items.mqlCriterion), kind: z.enum(CRITERION_KINDS), points: optionalAmount })
  const workshop = texts(TEXT_FIELDS.workshop)
  const participant = texts(TEXT_FIELDS.participant)
  const governance = texts(TEXT_FIELDS.governance)
  const signature = texts(TEXT_FIELDS.signature)

  const content = z.object({
    format: z.literal(SLA_CONTENT_FORMAT),
    language: z.enum(LANGUAGES),
    title: workshop.title,
    organisation: workshop.organisation,
    unit: workshop.unit,
    currency: schemas.currency,
    parties: z.object({
      sharedGoal: workshop.sharedGoal,
      signatories: list(z.object({ participantId: idSchema, name: participant.name, role: participant.role, team }))
    }),
    definitions: z.object({
      stages: list(entry({ ...texts(items.stage), owner: team, maxDays: optionalAmount })),
      mql: z.object({ ...texts(TEXT_FIELDS.definition), threshold: optionalAmount, status, criteria: list(criterion) }),
      sql: z.object({ ...texts(TEXT_FIELDS.definition), status, criteria: list(criterion) }),
      glossary: list(entry(texts(items.glossary)))
    }),
    responsibilities: list(entry({ ...texts(items.raci), raci: z.record(z.enum(RACI_TEAMS), z.enum(RACI_LETTERS)) })),
    commitments: list(
      entry({
        ...texts(items.commitment),
        kind: z.enum(COMMITMENT_KINDS),
        value: optionalAmount,
        unit: z.enum(COMMITMENT_UNITS),
        direction: z.enum(DIRECTIONS),
        team
      })
    ),
    targets: list(entry({ ...texts(items.target), period: z.enum(PERIODS), team: z.enum(TARGET_OWNERS).nullable(), value: optionalAmount, source: z.enum(FUNNEL_KEYS).nullable() })),
    funnel: z.object({
      period: z.enum(PERIODS),
      revenueGoal: optionalAmount,
      marketingShare: optionalAmount,
      dealSize: optionalAmount,
      visitToLead: optionalAmount,
      leadToMql: optionalAmount,
      mqlToSql: optionalAmount,
      sqlToCustomer: optionalAmount,
      leadToCustomer: optionalAmount,
      reps: optionalAmount
    }),
    reporting: z.object({
      reports: list(entry({ ...texts(items.report), from: team, to: team, cadence: z.enum(CADENCES) })),
      rejectionReasons: list(entry(texts(items.rejection))),
      stuckLeadRule: z.object({ ...texts(TEXT_FIELDS.stuckLeadRule), days: optionalAmount, status }),
      managementKpis: list(entry({ ...texts(items.kpi), cadence: z.enum(CADENCES) }))
    }),
    governance: z.object({
      startDate: isoDateOrEmpty,
      termMonths: optionalAmount,
      reviewCadence: z.enum(REVIEW_CADENCES),
      escalation: governance.escalation,
      amendments: governance.amendments,
      status,
      // Since issue 12 §4; a file without them is an SLA from before.
      scopeLeads: governance.scopeLeads.optional(),
      scopeRegions: governance.scopeRegions.optional(),
      handoverData: governance.handoverData.optional(),
      clock: slaClockSchema.optional(),
      consequences: governance.consequences.optional(),
      renewal: governance.renewal.optional(),
      termination: governance.termination.optional(),
      dataProtection: governance.dataProtection.optional()
    })
  })

  /** Files written before signatures kept the signer's name separately (signerName) read the signed name instead. */
  const signatureSchema = z
    .object({
      id: idSchema,
      versionId: idSchema,
      workshopId: idSchema,
      participantId: idSchema,
      // The name signed: the one typed, or the participant's for a drawn signature.
      name: signature.typedName,
      signerName: participant.name.optional(),
      role: participant.role,
      team,
      place: signature.place,
      signedAt: timestamp,
      // Any text: a signature given for other content is not refused but reported (signaturesChanged).
      fingerprint: z.string().max(100),
      method: z.enum(['drawn', 'typed']),
      image: pngDataUrl.nullable()
    })
    .transform(({ signerName, ...signed }) => ({ ...signed, signerName: signerName ?? signed.name }))

  /**
   * Version facts: a signed or superseded version has its fingerprint, time and seal; a draft has
   * none. Files of format 1 were written before seals: they read as versions without one.
   */
  const versionSchema = z
    .object({
      number: z.number().int().min(1).max(1_000_000),
      state: z.enum(SLA_STATES),
      signedAt: timestamp.nullable(),
      fingerprint: fingerprint.nullable(),
      openItems: list(openItemSchema(schemas)),
      seal: fingerprint.nullable().optional(),
      sealedAt: timestamp.nullable().optional()
    })
    .transform(({ seal, sealedAt, ...version }) => ({ ...version, seal: seal ?? null, sealedAt: sealedAt ?? null }))

  const historySchema = z.object({
    number: z.number().int().min(0).max(1_000_000),
    state: z.enum(SLA_STATES),
    signedAt: timestamp.nullable(),
    fingerprint: fingerprint.nullable(),
    // Made by the app from the version comparison, never longer than a field.
    summary: schemas.anyText.optional()
  })

  return z.object({
    format: z.literal(SLA_DOCX_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3)]).refine((version) => versions.includes(version), 'formatVersion'),
    layoutVersion: z.number().int().min(1).max(1_000_000).optional(),
    generatedAt: timestamp,
    timeZone: z.string().max(MAX_TIME_ZONE_LENGTH).regex(TIME_ZONE_SHAPE),
    version: versionSchema,
    content,
    signatures: list(signatureSchema),
    history: list(historySchema),
    reviewDates: list(isoDate)
  })
}

export const SLA_DOCX_FORMAT = 'smarketing-studio/sla-docx'
/**
 * The data part's format: 1 before seals; 2 with the seal and the layout version; 3 with every
 * text within its field's limit and the currency one the app offers (file-rules.ts). This app
 * reads all three and writes 3 — or 2 for an SLA that still holds a text typed before the limits,
 * so that every file it writes reads back.
 */
export const SLA_DOCX_FORMAT_VERSION = 3
/** The format an SLA holding a text from before the field limits is written in. */
export const BEFORE_LIMITS_DOCX_FORMAT = 2
export const SLA_DOCX_FORMAT_VERSIONS: readonly number[] = [1, 2, 3]

/**
 * The version of the document's own layout and wording: the text the app prints for the same
 * data. "Open SLA from Word file" compares a file's text with the text this app would print for
 * its data, which only means something for a file of this layout; a file of another layout is
 * checked by its data and seal alone, and the app says so. Raise it whenever a change to the SLA
 * document makes an earlier file's text differ from a rebuild — reworded texts, sections added,
 * moved or dropped — and keep a signed file of the new layout in test/fixtures/docx. Files of
 * format 1 carry no layout version: they are layout 1.
 */
export const SLA_LAYOUT_VERSION = 2

/** The data formats written before the field limits, whose texts may be as long as they were kept then. */
const BEFORE_LIMITS_FORMATS: readonly number[] = [1, 2]

/** The data part of a file of the current format: every text within its field's limit (file-rules.ts). */
export const slaDocxDataSchema = dataSchema('fieldLimits', [SLA_DOCX_FORMAT_VERSION])
/** The data part of a file of an older format (1, 2), or of one holding texts from before the limits. */
export const beforeLimitsDataSchema = dataSchema('beforeLimits', BEFORE_LIMITS_FORMATS)

/** The schema a data part of this format version is read with. */
export function dataSchemaOf(formatVersion: number): typeof slaDocxDataSchema {
  return BEFORE_LIMITS_FORMATS.includes(formatVersion) ? beforeLimitsDataSchema : slaDocxDataSchema
}

/** The data a Word file from the app carries: the document input, with the time zone it was printed in. */
export type SlaDocxData = z.infer<typeof slaDocxDataSchema>

/** Just enough to tell an older or newer file of ours from a foreign one. */
export const formatMarkerSchema = z.object({ format: z.literal(SLA_DOCX_FORMAT), formatVersion: z.number() })
