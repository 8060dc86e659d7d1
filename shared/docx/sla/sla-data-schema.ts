import { z } from 'zod'
import { CADENCES, COMMITMENT_KINDS, COMMITMENT_UNITS, CRITERION_KINDS, DIRECTIONS, FUNNEL_KEYS, PERIODS, RACI_LETTERS, RACI_TEAMS, TARGET_OWNERS } from '../../domain/items'
import { MAX_STORED_TEXT } from '../../domain/field-limits'
import { LANGUAGES } from '../../domain/language'
import { SLA_CONTENT_FORMAT, SLA_STATES } from '../../domain/sla'
import { AGREEMENT_STATUSES, REVIEW_CADENCES, TEAMS } from '../../domain/workshop'
import { slaClockSchema } from '../../backup/clock-schema'

/**
 * The shape of the data a Word file carries (SPEC §6 "carries the SLA data in machine-readable
 * form"). A file from disk is never trusted: every field is checked for type and size before
 * the app uses any of it, and anything else makes the file "not from the app".
 */

/** What the longest field may hold (field-limits.ts): what a backup keeps, so an SLA opened from Word can be backed up. */
const MAX_TEXT = MAX_STORED_TEXT
/** Rows of one list; all lists together stay within MAX_SLA_ROWS (sla-data.ts). */
export const MAX_LIST_LENGTH = 100_000
/** A drawn signature as PNG data URL; the signature pad makes a few dozen kB. */
const MAX_IMAGE = 3_000_000

const text = z.string().max(MAX_TEXT)
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_LENGTH)
const amount = z.number()
const optionalAmount = z.number().nullable()
const status = z.enum(AGREEMENT_STATUSES)
const team = z.enum(TEAMS)
/** ms since 1970 within what a Date can hold. */
const timestamp = z.number().int().min(-8.64e15).max(8.64e15)

const entry = <T extends z.ZodRawShape>(shape: T) => z.object({ id: text, status, ...shape })
const criterion = entry({ text, kind: z.enum(CRITERION_KINDS), points: optionalAmount })

export const slaContentSchema = z.object({
  format: z.literal(SLA_CONTENT_FORMAT),
  language: z.enum(LANGUAGES),
  title: text,
  organisation: text,
  unit: text,
  currency: text,
  parties: z.object({
    sharedGoal: text,
    signatories: list(z.object({ participantId: text, name: text, role: text, team }))
  }),
  definitions: z.object({
    stages: list(entry({ name: text, definition: text, owner: team, entryCriteria: text, maxDays: optionalAmount, onStall: text })),
    mql: z.object({ sentence: text, threshold: optionalAmount, status, criteria: list(criterion) }),
    sql: z.object({ sentence: text, status, criteria: list(criterion) }),
    glossary: list(entry({ term: text, definition: text }))
  }),
  responsibilities: list(entry({ activity: text, owner: text, raci: z.record(z.enum(RACI_TEAMS), z.enum(RACI_LETTERS)) })),
  commitments: list(
    entry({
      kind: z.enum(COMMITMENT_KINDS),
      description: text,
      value: optionalAmount,
      unit: z.enum(COMMITMENT_UNITS),
      direction: z.enum(DIRECTIONS),
      team,
      measuredBy: text
    })
  ),
  targets: list(
    entry({ period: z.enum(PERIODS), metric: text, team: z.enum(TARGET_OWNERS).nullable(), value: optionalAmount, unit: text, source: z.enum(FUNNEL_KEYS).nullable() })
  ),
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
    reports: list(
      entry({ name: text, from: team, to: team, metrics: text, cadence: z.enum(CADENCES), when: text, channel: text, owner: text })
    ),
    rejectionReasons: list(entry({ text })),
    stuckLeadRule: z.object({ days: optionalAmount, action: text, status }),
    managementKpis: list(entry({ kpi: text, measure: text, reporter: text, cadence: z.enum(CADENCES) }))
  }),
  governance: z.object({
    startDate: text,
    termMonths: optionalAmount,
    reviewCadence: z.enum(REVIEW_CADENCES),
    escalation: text,
    amendments: text,
    status,
    // Since issue 12 §4; a file without them is an SLA from before.
    scopeLeads: text.optional(),
    scopeRegions: text.optional(),
    handoverData: text.optional(),
    clock: slaClockSchema.optional(),
    consequences: text.optional(),
    renewal: text.optional(),
    termination: text.optional(),
    dataProtection: text.optional()
  })
})

const fingerprint = z.string().regex(/^[0-9a-f]{64}$/)

const openItem = z.object({
  code: z.string().max(200),
  params: z.record(z.string().max(200), z.union([z.string().max(MAX_TEXT), amount])).refine((params) => Object.keys(params).length <= 50)
})

/** Files written before signatures kept the signer's name separately (signerName) read the signed name instead. */
export const signatureSchema = z
  .object({
    id: text,
    versionId: text,
    workshopId: text,
    participantId: text,
    name: text,
    signerName: text.optional(),
    role: text,
    team,
    place: text,
    signedAt: timestamp,
    fingerprint: text,
    method: z.enum(['drawn', 'typed']),
    image: z.string().max(MAX_IMAGE).nullable()
  })
  .transform(({ signerName, ...signature }) => ({ ...signature, signerName: signerName ?? signature.name }))

/**
 * Version facts: a signed or superseded version has its fingerprint, time and seal; a draft has
 * none. Files of format 1 were written before seals: they read as versions without one.
 */
const versionSchema = z
  .object({
    number: z.number().int().min(0).max(1_000_000),
    state: z.enum(SLA_STATES),
    signedAt: timestamp.nullable(),
    fingerprint: fingerprint.nullable(),
    openItems: list(openItem),
    seal: fingerprint.nullable().optional(),
    sealedAt: timestamp.nullable().optional()
  })
  .transform(({ seal, sealedAt, ...version }) => ({ ...version, seal: seal ?? null, sealedAt: sealedAt ?? null }))

const historySchema = z.object({
  number: z.number().int().min(0).max(1_000_000),
  state: z.enum(SLA_STATES),
  signedAt: timestamp.nullable(),
  fingerprint: fingerprint.nullable(),
  summary: text.optional()
})

export const SLA_DOCX_FORMAT = 'smarketing-studio/sla-docx'
/**
 * The data part's format: 1 before seals; 2 with the seal and the layout version. This app reads
 * both and writes the last.
 */
export const SLA_DOCX_FORMAT_VERSION = 2
export const SLA_DOCX_FORMAT_VERSIONS: readonly number[] = [1, 2]

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

export const slaDocxDataSchema = z.object({
  format: z.literal(SLA_DOCX_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  layoutVersion: z.number().int().min(1).max(1_000_000).optional(),
  generatedAt: timestamp,
  timeZone: z.string().max(100),
  version: versionSchema,
  content: slaContentSchema,
  signatures: list(signatureSchema),
  history: list(historySchema),
  reviewDates: list(z.string().max(100))
})

/** The data a Word file from the app carries: the document input, with the time zone it was printed in. */
export type SlaDocxData = z.infer<typeof slaDocxDataSchema>

/** Just enough to tell an older or newer file of ours from a foreign one. */
export const formatMarkerSchema = z.object({ format: z.literal(SLA_DOCX_FORMAT), formatVersion: z.number() })
