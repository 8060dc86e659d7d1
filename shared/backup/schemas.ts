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
import { isIsoDate } from '../domain/iso-date'
import { SLA_CONTENT_FORMAT, type Signature, type SlaContent, type SlaVersion } from '../domain/sla'
import { AGREEMENT_STATUSES, REVIEW_CADENCES, STEP_IDS, TEAMS, type Participant, type Workshop } from '../domain/workshop'
import { BACKUP_LIMITS as LIMITS } from './limits'

/**
 * The exact shape of every record as the database stores it (schema version 2). Objects are
 * strict (an unknown key makes the record invalid), every enum is checked, numbers are finite
 * (zod refuses NaN and ±Infinity), texts and lists are capped. The `z.ZodType<…>` annotations
 * make a drift between these schemas and the domain types a compile error.
 */

const text = z.string().max(LIMITS.maxTextLength)
export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'id')
const number = z.number()
const nullableNumber = z.number().nullable()
/** Milliseconds since 1970, as Date.now() gives them; the upper bound is JavaScript's last date. */
const timestamp = z.number().int().min(0).max(8.64e15)
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
const pngDataUrl = z
  .string()
  .max(LIMITS.maxImageLength)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]*={0,2}$/, 'png')

const list = <T extends z.ZodType>(schema: T, max: number = LIMITS.maxListLength) => z.array(schema).max(max)

/** The fields of each list's items, shared by the item records and the frozen SLA content. */
const ITEM_FIELDS = {
  friction: {
    area: text,
    ratings: z.strictObject({ marketing: rating, sales: rating, management: rating }),
    notes: text
  },
  voice: { team: side, kind: z.enum(VOICE_KINDS), text },
  giveGet: { team: side, text },
  benefit: { text },
  stage: { name: text, definition: text, owner: team, entryCriteria: text, maxDays: nullableNumber, onStall: text },
  report: { name: text, from: team, to: team, metrics: text, cadence, when: text, channel: text, owner: text },
  rejection: { text },
  mqlCriterion: { text, kind: criterionKind, points: nullableNumber },
  sqlCriterion: { text, kind: criterionKind, points: nullableNumber },
  glossary: { term: text, definition: text },
  action: { title: text, owner: text, team, due: isoDateOrEmpty, state: z.enum(ACTION_STATES) },
  concern: { text, response: text },
  raci: {
    activity: text,
    owner: text,
    raci: z.strictObject({ marketing: raciLetter, sales: raciLetter, management: raciLetter })
  },
  commitment: {
    kind: z.enum(COMMITMENT_KINDS),
    description: text,
    value: nullableNumber,
    unit: z.enum(COMMITMENT_UNITS),
    direction: z.enum(DIRECTIONS),
    team,
    measuredBy: text
  },
  target: {
    period: z.enum(PERIODS),
    metric: text,
    team: z.enum(TARGET_OWNERS).nullable(),
    value: nullableNumber,
    unit: text,
    source: z.enum(FUNNEL_KEYS).nullable()
  },
  kpi: { kpi: text, measure: text, reporter: text, cadence },
  parking: { text, raisedIn: z.enum([...STEP_IDS, 'overview']), shown: z.boolean() }
} as const satisfies Record<ListKind, z.ZodRawShape>

type ItemFieldShapes = typeof ITEM_FIELDS

function itemOf<K extends ListKind>(kind: K) {
  return z.strictObject({
    id: idSchema,
    workshopId: idSchema,
    list: z.literal(kind),
    order: number,
    status,
    ...(ITEM_FIELDS[kind] as ItemFieldShapes[K])
  })
}

export const itemSchema: z.ZodType<Item> = z.discriminatedUnion('list', [
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
  return list(z.strictObject({ id: idSchema, status, ...(ITEM_FIELDS[kind] as ItemFieldShapes[K]) }))
}

const stuckLeadRule = z.strictObject({ days: nullableNumber, action: text, status })
const mql = { sentence: text, threshold: nullableNumber, status }
const sql = { sentence: text, status }
/** ISO 4217: three capital letters. */
const currency = z.string().regex(/^[A-Z]{3}$/, 'currency')

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

const governance = z.strictObject({
  startDate: isoDateOrEmpty,
  termMonths: nullableNumber,
  reviewCadence: z.enum(REVIEW_CADENCES),
  escalation: text,
  amendments: text,
  status
})

const isoDate = z.string().refine(isIsoDate, 'date')
const reviewDateEdits = z.strictObject({
  moved: z.record(isoDate, isoDate).refine((moved) => Object.keys(moved).length <= LIMITS.maxListLength, 'moved'),
  removed: list(isoDate),
  added: list(isoDate)
})

const stepRecord = z.strictObject({ completed: z.boolean(), timeboxMinutes: number })

const agendaEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('step'), step: z.enum(STEP_IDS) }),
  z.strictObject({ kind: z.literal('break'), id: idSchema, name: text, minutes: z.number().int().min(1).max(MAX_BREAK_MINUTES) })
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

export const workshopSchema: z.ZodType<Workshop> = z.strictObject({
  id: idSchema,
  title: text,
  organisation: text,
  unit: text,
  language: z.enum(LANGUAGES),
  facilitator: text,
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
  sharedGoal: text,
  stuckLeadRule,
  mql: z.strictObject(mql),
  sql: z.strictObject(sql),
  currency,
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
})

export const participantSchema: z.ZodType<Participant> = z.strictObject({
  id: idSchema,
  workshopId: idSchema,
  order: number,
  name: text,
  role: text,
  team,
  email: text,
  signsSla: z.boolean()
})

const signatory = z.strictObject({ participantId: idSchema, name: text, role: text, team })

export const slaContentSchema: z.ZodType<SlaContent> = z.strictObject({
  format: z.literal(SLA_CONTENT_FORMAT),
  language: z.enum(LANGUAGES),
  title: text,
  organisation: text,
  unit: text,
  currency,
  parties: z.strictObject({ sharedGoal: text, signatories: list(signatory, LIMITS.maxParticipants) }),
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
  governance
})

const openItem = z.strictObject({
  code: z.string().max(LIMITS.maxIdLength),
  params: z
    .record(z.string().max(LIMITS.maxIdLength), z.union([text, number]))
    .refine((params) => Object.keys(params).length <= LIMITS.maxOpenItemParams, 'params')
})

const versionBase = {
  id: idSchema,
  workshopId: idSchema,
  number: z.number().int().min(1).max(1_000_000),
  createdAt: timestamp,
  openItems: list(openItem, LIMITS.maxListLength),
  openItemsConfirmed: z.boolean(),
  amends: idSchema.nullable(),
  reviewId: idSchema.nullable()
}

/** A draft's content is the workshop itself, so nothing is frozen yet. */
const draftVersion = z.strictObject({
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
const frozenVersion = z.strictObject({
  ...versionBase,
  state: z.enum(['signed', 'superseded']),
  content: slaContentSchema,
  fingerprint,
  signedAt: timestamp,
  seal: fingerprint.nullable(),
  sealedAt: timestamp.nullable()
})

export const draftVersionSchema: z.ZodType<SlaVersion> = draftVersion
export const frozenVersionSchema: z.ZodType<SlaVersion> = frozenVersion

export const signatureSchema: z.ZodType<Signature> = z.strictObject({
  id: idSchema,
  versionId: idSchema,
  workshopId: idSchema,
  participantId: idSchema,
  name: text,
  signerName: text,
  role: text,
  team,
  place: text,
  signedAt: timestamp,
  fingerprint,
  method: z.enum(['drawn', 'typed']),
  image: pngDataUrl.nullable()
})

const actual = z.strictObject({ value: nullableNumber, note: text })

export const reviewSchema: z.ZodType<Review> = z.strictObject({
  id: idSchema,
  workshopId: idSchema,
  versionId: idSchema,
  /** `2027-Q1` as the review screen proposes it; not enforced, the room may name it otherwise. */
  period: z.string().max(LIMITS.maxIdLength),
  date: isoDateOrEmpty,
  attendeeIds: list(idSchema, LIMITS.maxParticipants),
  guests: list(text, LIMITS.maxParticipants),
  /** Keyed by the id of a target or commitment in the reviewed version's content. */
  actuals: z
    .record(idSchema, actual)
    .refine((actuals) => Object.keys(actuals).length <= LIMITS.maxListLength, 'actuals'),
  actualRates: z.strictObject({ visitToLead: nullableNumber, leadToMql: nullableNumber, mqlToSql: nullableNumber, sqlToCustomer: nullableNumber, leadToCustomer: nullableNumber.optional() }),
  decisions: text,
  state: z.enum(['open', 'closed']),
  createdAt: timestamp,
  closedAt: timestamp.nullable()
})
