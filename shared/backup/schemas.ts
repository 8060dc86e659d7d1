import { z } from 'zod'
import {
  ACTION_STATES,
  CADENCES,
  COMMITMENT_KINDS,
  COMMITMENT_UNITS,
  CRITERION_KINDS,
  DIRECTIONS,
  FUNNEL_KEYS,
  PERIODS,
  RACI_LETTERS,
  SIDES,
  TARGET_OWNERS,
  VOICE_KINDS,
  type Item,
  type ListKind
} from '../domain/items'
import { MAX_AGENDA_BREAKS, MAX_BREAK_MINUTES, isStartTime, type Agenda } from '../domain/agenda'
import { HOLIDAY_REGIONS } from '../domain/holidays'
import { LANGUAGES } from '../domain/language'
import type { Review } from '../domain/review'
import { CARD_STATES, VOTE_SUBJECTS, type RoomRecord } from '../domain/room-records'
import { AGREE_ANSWERS, CARD_TEXT_FIELD, type CardKind } from '../room/kinds'
import { ROOM_LIMITS } from '../room/contract'
import { isIsoDate } from '../domain/iso-date'
import { SLA_CONTENT_FORMAT, type Signature, type SlaContent, type SlaVersion } from '../domain/sla'
import { AGREEMENT_STATUSES, REVIEW_CADENCES, STEP_IDS, TEAMS, type GovernanceText, type Participant, type Workshop } from '../domain/workshop'
import { clockSettingsSchema, slaClockSchema } from './clock-schema'
import { TEXT_FIELDS } from '../domain/field-limits'
import { ruleSchemas, textShape, timestampSchema, type FileRules, type RuleSchemas } from './file-rules'
import { crmMappingSchema, reviewCrmSchema } from './crm-schemas'
import { BACKUP_LIMITS as LIMITS } from './limits'

/**
 * The exact shape of every record as the database stores it. Objects are strict (an unknown key
 * makes the record invalid), every enum is checked, numbers are finite (zod refuses NaN and
 * ±Infinity), texts and lists are capped: each text at its field's limit, or in a file from
 * before the limits at what was kept then (file-rules.ts). The `z.ZodType<…>` annotations make a
 * drift between these schemas and the domain types a compile error.
 */

export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'id')
const number = z.number()
const nullableNumber = z.number().nullable()
const timestamp = timestampSchema
/** A date field as `<input type="date">` leaves it: an ISO date, or empty when cleared. */
const isoDateOrEmpty = z.string().refine((value) => value === '' || isIsoDate(value), 'date')
const status = z.enum(AGREEMENT_STATUSES)
const team = z.enum(TEAMS)
const side = z.enum(SIDES)
const cadence = z.enum(CADENCES)
const criterionKind = z.enum(CRITERION_KINDS)
const rating = z.literal([1, 2, 3, 4, 5]).nullable()
const raciLetter = z.enum(RACI_LETTERS)
const fingerprint = z.string().regex(/^[0-9a-f]{64}$/, 'fingerprint')
/** Only PNG data URLs: the image goes straight into `<img src>`, so no other scheme may pass. */
export const pngDataUrl = z
  .string()
  .max(LIMITS.maxImageLength)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]*={0,2}$/, 'png')

const list = <T extends z.ZodType>(schema: T, max: number = LIMITS.maxListLength) => z.array(schema).max(max)

/** The fields of each list's items, shared by the item records and the frozen SLA content. */
function itemFields(schemas: RuleSchemas) {
  const texts = TEXT_FIELDS.items
  const text = <K extends keyof typeof texts>(list: K) => textShape(texts[list], schemas)
  return {
    friction: { ...text('friction'), ratings: z.strictObject({ marketing: rating, sales: rating, management: rating }) },
    voice: { ...text('voice'), team: side, kind: z.enum(VOICE_KINDS) },
    giveGet: { ...text('giveGet'), team: side },
    benefit: text('benefit'),
    stage: { ...text('stage'), owner: team, maxDays: nullableNumber },
    report: { ...text('report'), from: team, to: team, cadence },
    rejection: text('rejection'),
    mqlCriterion: { ...text('mqlCriterion'), kind: criterionKind, points: nullableNumber },
    sqlCriterion: { ...text('sqlCriterion'), kind: criterionKind, points: nullableNumber },
    glossary: text('glossary'),
    action: { ...text('action'), team, due: isoDateOrEmpty, state: z.enum(ACTION_STATES) },
    concern: text('concern'),
    raci: { ...text('raci'), raci: z.strictObject({ marketing: raciLetter, sales: raciLetter, management: raciLetter }) },
    commitment: {
      ...text('commitment'),
      kind: z.enum(COMMITMENT_KINDS),
      value: nullableNumber,
      unit: z.enum(COMMITMENT_UNITS),
      direction: z.enum(DIRECTIONS),
      team
    },
    target: { ...text('target'), period: z.enum(PERIODS), team: z.enum(TARGET_OWNERS).nullable(), value: nullableNumber, source: z.enum(FUNNEL_KEYS).nullable() },
    kpi: { ...text('kpi'), cadence },
    parking: { ...text('parking'), raisedIn: z.enum([...STEP_IDS, 'overview']), shown: z.boolean() }
  } as const satisfies Record<ListKind, z.ZodRawShape>
}

type ItemFieldShapes = ReturnType<typeof itemFields>

const funnel = z.strictObject({
  period: z.enum(PERIODS),
  revenueGoal: nullableNumber,
  marketingShare: nullableNumber,
  dealSize: nullableNumber,
  visitToLead: nullableNumber,
  leadToMql: nullableNumber,
  mqlToSql: nullableNumber,
  sqlToCustomer: nullableNumber,
  leadToCustomer: nullableNumber,
  reps: nullableNumber
})

const isoDate = z.string().refine(isIsoDate, 'date')
const reviewDateEdits = z.strictObject({
  moved: z.record(isoDate, isoDate).refine((moved) => Object.keys(moved).length <= LIMITS.maxListLength, 'moved'),
  removed: list(isoDate),
  added: list(isoDate)
})

const stepRecord = z.strictObject({ completed: z.boolean(), timeboxMinutes: number })

/** A completeness finding the signatories confirmed (completeness.ts); a Word file's data carries them too. */
export function openItemSchema(schemas: RuleSchemas) {
  return z.strictObject({
    code: z.string().max(LIMITS.maxIdLength),
    params: z
      .record(z.string().max(LIMITS.maxIdLength), z.union([schemas.anyText, number]))
      .refine((params) => Object.keys(params).length <= LIMITS.maxOpenItemParams, 'params')
  })
}

/**
 * The schemas of every record, their texts and currency held to `rules` (file-rules.ts): a file
 * of the current format to the field limits, one from before them to what was kept then.
 */
export function recordSchemas(rules: FileRules) {
  const schemas = ruleSchemas(rules)
  const texts = <F extends Parameters<typeof textShape>[0]>(fields: F) => textShape(fields, schemas)
  const itemShapes = itemFields(schemas)

  function itemOf<K extends ListKind>(kind: K) {
    return z.strictObject({
      id: idSchema,
      workshopId: idSchema,
      list: z.literal(kind),
      order: number,
      status,
      ...(itemShapes[kind] as ItemFieldShapes[K])
    })
  }

  const item: z.ZodType<Item> = z.discriminatedUnion('list', [
    itemOf('friction'),
    itemOf('voice'),
    itemOf('giveGet'),
    itemOf('benefit'),
    itemOf('stage'),
    itemOf('report'),
    itemOf('rejection'),
    itemOf('mqlCriterion'),
    itemOf('sqlCriterion'),
    itemOf('glossary'),
    itemOf('action'),
    itemOf('concern'),
    itemOf('raci'),
    itemOf('commitment'),
    itemOf('target'),
    itemOf('kpi'),
    itemOf('parking')
  ])

  /** An item as the SLA content freezes it: its fields, its id and its agreement status. */
  function entryOf<K extends ListKind>(kind: K) {
    return list(z.strictObject({ id: idSchema, status, ...(itemShapes[kind] as ItemFieldShapes[K]) }))
  }

  const stuckLeadRule = z.strictObject({ ...texts(TEXT_FIELDS.stuckLeadRule), days: nullableNumber, status })
  const mql = { ...texts(TEXT_FIELDS.definition), threshold: nullableNumber, status }
  const sql = { ...texts(TEXT_FIELDS.definition), status }

  const governanceTexts = texts(TEXT_FIELDS.governance)
  const governanceFields = {
    startDate: isoDateOrEmpty,
    termMonths: nullableNumber,
    reviewCadence: z.enum(REVIEW_CADENCES),
    escalation: governanceTexts.escalation,
    amendments: governanceTexts.amendments,
    status,
    // Since issue 12 §4; older workshops and versions do not have them.
    scopeLeads: governanceTexts.scopeLeads.optional(),
    scopeRegions: governanceTexts.scopeRegions.optional(),
    handoverData: governanceTexts.handoverData.optional(),
    consequences: governanceTexts.consequences.optional(),
    renewal: governanceTexts.renewal.optional(),
    termination: governanceTexts.termination.optional(),
    dataProtection: governanceTexts.dataProtection.optional()
  } satisfies Record<GovernanceText, z.ZodType> & z.ZodRawShape

  const governance = z.strictObject({ ...governanceFields, clock: clockSettingsSchema.optional() })
  /** In the SLA content the clock names the federal state whose holidays it skips. */
  const slaGovernance = z.strictObject({ ...governanceFields, clock: slaClockSchema.optional() })

  const agendaEntry = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('step'), step: z.enum(STEP_IDS) }),
    z.strictObject({ kind: z.literal('break'), id: idSchema, ...texts(TEXT_FIELDS.agendaBreak), minutes: z.number().int().min(1).max(MAX_BREAK_MINUTES) })
  ])

  /** Every step exactly once, breaks with distinct ids: what the agenda screen can show and edit. */
  const agenda: z.ZodType<Agenda> = z
    .strictObject({
      startTime: z.string().refine(isStartTime, 'startTime'),
      entries: list(agendaEntry, STEP_IDS.length + MAX_AGENDA_BREAKS)
    })
    .refine(({ entries }) => {
      const keys = entries.map((e) => (e.kind === 'step' ? `step:${e.step}` : `break:${e.id}`))
      const steps = entries.filter((e) => e.kind === 'step').length
      return new Set(keys).size === keys.length && steps === STEP_IDS.length
    }, 'entries')

  const workshopTexts = texts(TEXT_FIELDS.workshop)
  const workshop: z.ZodType<Workshop> = z.strictObject({
    id: idSchema,
    ...workshopTexts,
    language: z.enum(LANGUAGES),
    date: isoDateOrEmpty,
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: timestamp.nullable(),
    steps: z.strictObject({
      awareness: stepRecord,
      closedLoop: stepRecord,
      language: stepRecord,
      sla: stepRecord,
      keepAtIt: stepRecord
    }),
    stuckLeadRule,
    mql: z.strictObject(mql),
    sql: z.strictObject(sql),
    currency: schemas.currency,
    funnel,
    governance,
    agenda,
    reviewThresholds: z.strictObject({ green: number, amber: number }).optional(),
    reviewPlan: z
      .strictObject({
        holidayRegion: z.enum(HOLIDAY_REGIONS).optional(),
        edits: reviewDateEdits.optional(),
        changedAt: timestamp.optional(),
        inForce: z.strictObject({ startDate: isoDateOrEmpty, termMonths: nullableNumber, reviewCadence: z.enum(REVIEW_CADENCES) }).optional()
      })
      .optional()
,
    crmMapping: crmMappingSchema.nullable().optional()
  })

  const participantTexts = texts(TEXT_FIELDS.participant)
  const participant: z.ZodType<Participant> = z.strictObject({
    id: idSchema,
    workshopId: idSchema,
    order: number,
    ...participantTexts,
    team,
    signsSla: z.boolean()
  })

  const signatory = z.strictObject({ participantId: idSchema, name: participantTexts.name, role: participantTexts.role, team })

  const slaContent: z.ZodType<SlaContent> = z.strictObject({
    format: z.literal(SLA_CONTENT_FORMAT),
    language: z.enum(LANGUAGES),
    title: workshopTexts.title,
    organisation: workshopTexts.organisation,
    unit: workshopTexts.unit,
    currency: schemas.currency,
    parties: z.strictObject({ sharedGoal: workshopTexts.sharedGoal, signatories: list(signatory, LIMITS.maxParticipants) }),
    definitions: z.strictObject({
      stages: entryOf('stage'),
      mql: z.strictObject({ ...mql, criteria: entryOf('mqlCriterion') }),
      sql: z.strictObject({ ...sql, criteria: entryOf('sqlCriterion') }),
      glossary: entryOf('glossary')
    }),
    responsibilities: entryOf('raci'),
    commitments: entryOf('commitment'),
    targets: entryOf('target'),
    funnel,
    reporting: z.strictObject({
      reports: entryOf('report'),
      rejectionReasons: entryOf('rejection'),
      stuckLeadRule,
      managementKpis: entryOf('kpi')
    }),
    governance: slaGovernance
  })

  const versionBase = {
    id: idSchema,
    workshopId: idSchema,
    number: z.number().int().min(1).max(1_000_000),
    createdAt: timestamp,
    openItems: list(openItemSchema(schemas), LIMITS.maxListLength),
    openItemsConfirmed: z.boolean(),
    amends: idSchema.nullable(),
    reviewId: idSchema.nullable()
  }

  /** A draft's content is the workshop itself, so nothing is frozen yet. */
  const draftVersion: z.ZodType<SlaVersion> = z.strictObject({
    ...versionBase,
    state: z.literal('draft'),
    content: z.null(),
    fingerprint: z.null(),
    signedAt: z.null(),
    seal: z.null(),
    sealedAt: z.null()
  })

  /**
   * Signed and superseded versions carry the frozen content, its fingerprint, the signing time and
   * the seal (null only for a version that could not be sealed when the app was updated; the app
   * then shows that it does not match its seal).
   */
  const frozenVersion: z.ZodType<SlaVersion> = z.strictObject({
    ...versionBase,
    state: z.enum(['signed', 'superseded']),
    content: slaContent,
    fingerprint,
    signedAt: timestamp,
    seal: fingerprint.nullable(),
    sealedAt: timestamp.nullable()
  })

  const signatureTexts = texts(TEXT_FIELDS.signature)
  const signature: z.ZodType<Signature> = z.strictObject({
    id: idSchema,
    versionId: idSchema,
    workshopId: idSchema,
    participantId: idSchema,
    // The name signed: the one typed, or the participant's for a drawn signature.
    name: signatureTexts.typedName,
    signerName: participantTexts.name,
    role: participantTexts.role,
    team,
    place: signatureTexts.place,
    signedAt: timestamp,
    fingerprint,
    method: z.enum(['drawn', 'typed']),
    image: pngDataUrl.nullable()
  })

  const reviewTexts = texts(TEXT_FIELDS.review)
  const actual = z.strictObject({ value: nullableNumber, note: reviewTexts.actualNote, fromCrm: z.boolean().optional() })

  const review: z.ZodType<Review> = z.strictObject({
    id: idSchema,
    workshopId: idSchema,
    versionId: idSchema,
    /** `2027-Q1` as the review screen proposes it; not enforced, the room may name it otherwise. */
    period: z.string().max(LIMITS.maxIdLength),
    date: isoDateOrEmpty,
    attendeeIds: list(idSchema, LIMITS.maxParticipants),
    // Typed as one list, separated by commas: each guest is part of that one text.
    guests: list(reviewTexts.guests, LIMITS.maxParticipants),
    /** Keyed by the id of a target or commitment in the reviewed version's content. */
    actuals: z
      .record(idSchema, actual)
      .refine((actuals) => Object.keys(actuals).length <= LIMITS.maxListLength, 'actuals'),
    actualRates: z.strictObject({ visitToLead: nullableNumber, leadToMql: nullableNumber, mqlToSql: nullableNumber, sqlToCustomer: nullableNumber, leadToCustomer: nullableNumber.optional() }),
    decisions: reviewTexts.decisions,
    crm: reviewCrmSchema.nullable().optional(),
    state: z.enum(['open', 'closed']),
    createdAt: timestamp,
    closedAt: timestamp.nullable()
  })

  /** What the room's phones answered (room-records.ts): no name or device, the time to the minute, a card within its kind's limit. */
  const roomBase = { id: idSchema, workshopId: idSchema, team, minute: timestamp }
  const cardOf = <K extends CardKind>(card: K) =>
    z.strictObject({
      ...roomBase,
      kind: z.literal('card'),
      card: z.literal(card),
      text: schemas.text(CARD_TEXT_FIELD[card]),
      state: z.enum(CARD_STATES),
      mergedInto: idSchema.nullable(),
      itemId: idSchema.nullable()
    })
  const cards = { voice: cardOf('voice'), giveGet: cardOf('giveGet'), concern: cardOf('concern'), parking: cardOf('parking') } satisfies Record<CardKind, z.ZodType>
  const roomRecord: z.ZodType<RoomRecord> = z.discriminatedUnion('kind', [
    z.strictObject({ ...roomBase, kind: z.literal('rating'), voter: idSchema, itemId: idSchema, rating: z.literal([1, 2, 3, 4, 5]) }),
    z.discriminatedUnion('card', [cards.voice, cards.giveGet, cards.concern, cards.parking]),
    z.strictObject({ ...roomBase, kind: z.literal('vote'), voter: idSchema, subject: z.enum(VOTE_SUBJECTS), options: list(idSchema, ROOM_LIMITS.maxDots) }),
    z.strictObject({ ...roomBase, kind: z.literal('agreement'), voter: idSchema, subject: idSchema, answer: z.enum(AGREE_ANSWERS) })
  ])

  return { workshop, participant, item, slaContent, draftVersion, frozenVersion, signature, review, roomRecord }
}

export type RecordSchemas = ReturnType<typeof recordSchemas>

/** Files of the current format, and what the app writes: every text within its field's limit. */
export const FIELD_LIMIT_SCHEMAS: RecordSchemas = recordSchemas('fieldLimits')
/** Files written before the field limits: texts as long as they were kept then. */
export const BEFORE_LIMITS_SCHEMAS: RecordSchemas = recordSchemas('beforeLimits')

export const {
  workshop: workshopSchema,
  participant: participantSchema,
  item: itemSchema,
  slaContent: slaContentSchema,
  draftVersion: draftVersionSchema,
  frozenVersion: frozenVersionSchema,
  signature: signatureSchema,
  review: reviewSchema,
  roomRecord: roomRecordSchema
} = FIELD_LIMIT_SCHEMAS
