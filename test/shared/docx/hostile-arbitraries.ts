import fc from 'fast-check'
import {
  ACTION_STATES,
  CADENCES,
  COMMITMENT_KINDS,
  COMMITMENT_UNITS,
  CRITERION_KINDS,
  DIRECTIONS,
  PERIODS,
  RACI_LETTERS,
  TARGET_OWNERS,
  type Item,
  type ItemSeed,
  type Rating
} from '../../../shared/domain/items'
import { MAX_STORED_TEXT } from '../../../shared/domain/field-limits'
import { LANGUAGES } from '../../../shared/domain/language'
import { SLA_CONTENT_FORMAT, SLA_STATES, type Signatory, type Signature, type SlaContent } from '../../../shared/domain/sla'
import { contentFingerprint } from '../../../shared/domain/sla-fingerprint'
import { sealOf } from '../../../shared/domain/sla-seal'
import { isCurrency } from '../../../shared/domain/currency'
import { isIsoDate } from '../../../shared/domain/iso-date'
import { AGREEMENT_STATUSES, REVIEW_CADENCES, STEP_IDS, TEAMS, type Workshop } from '../../../shared/domain/workshop'
import type { MinutesDocumentInput } from '../../../shared/docx/minutes/minutes-input'
import type { SlaDocumentInput } from '../../../shared/docx/sla/sla-input'
import { draftSlaInput, finishedWorkshop, signaturePng } from './docx-fixtures'
import { CLOCK_MODES, ISO_WEEKDAYS } from '../../../shared/domain/sla-clock'
import { HOLIDAY_REGIONS } from '../../../shared/domain/holidays'

/**
 * What a room (or a corrupt record) can put into a document: characters XML forbids, halves of
 * surrogate pairs, emoji, right-to-left text and its control marks, markup, placeholders that
 * look like docx's own, absurd numbers and fields as long as a stored text can be.
 */
const NASTY = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F',
  '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800',
  '😀', '👩🏽‍💼', '🇩🇪', '\u{1F9D1}\u200D\u{1F91D}\u200D\u{1F9D1}', 'שלום עולם', 'مرحبا بالعالم', '\u202E', '\u200F', '\u061C', '\u2066x\u2069',
  '&', '<', '>', '"', "'", ']]>', '<!--', '<w:t>', '</w:p>', '&amp;', '&#0;', '\t', '\n', '\r\n', '\r', ' ', '\u00A0',
  '{sla-bullets-0}', '{0}', '$&', '\\', 'e\u0301', 'ß', '€', 'x'.repeat(300)
]

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }
)

const shortText = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''))

/** The longest a stored text can be (field-limits.ts), cut wherever that falls — even through a surrogate pair. */
const hugeText = fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 5 })).map(([nasty, word]) => `${word}${nasty} Lorem ipsum 😀 `.repeat(Math.ceil(MAX_STORED_TEXT / 10)).slice(0, MAX_STORED_TEXT))

export const text = fc.oneof({ weight: 150, arbitrary: shortText }, { weight: 1, arbitrary: hugeText })

export const number = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY)
)

const status = fc.constantFrom(...AGREEMENT_STATUSES)
const team = fc.constantFrom(...TEAMS)
const id = fc.string({ maxLength: 6 })
const list = <T>(item: fc.Arbitrary<T>, maxLength = 3) => fc.array(item, { maxLength })
const isoOrText = fc.oneof(fc.constantFrom('2027-02-01', '2027-02-31', '0000-01-01', '9999-12-31', ''), text)
const timestamp = fc.oneof(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(-1, 8.64e15, 1e20, Number.NaN))

function entry<T>(fields: fc.Arbitrary<T>) {
  return fc.tuple(fields, id, status).map(([value, itemId, itemStatus]) => ({ ...value, id: itemId, status: itemStatus }))
}

const criterion = entry(fc.record({ text, kind: fc.constantFrom(...CRITERION_KINDS), points: number }))

export const target = entry(
  fc.record({
    period: fc.constantFrom(...PERIODS),
    metric: text,
    team: fc.option(fc.constantFrom(...TARGET_OWNERS), { nil: null }),
    value: number,
    unit: fc.oneof(fc.constantFrom('EUR', 'eur', '%', 'MQLs', ''), text),
    source: fc.constant(null)
  })
)

export const slaContent: fc.Arbitrary<SlaContent> = fc.record({
  format: fc.constant(SLA_CONTENT_FORMAT),
  language: fc.constantFrom(...LANGUAGES),
  title: text,
  organisation: text,
  unit: text,
  currency: fc.oneof(fc.constantFrom('EUR', 'USD', 'CHF', 'XXX'), text),
  parties: fc.record({ sharedGoal: text, signatories: list(fc.record({ participantId: id, name: text, role: text, team })) }),
  definitions: fc.record({
    stages: list(entry(fc.record({ name: text, definition: text, owner: team, entryCriteria: text, maxDays: number, onStall: text }))),
    mql: fc.record({ sentence: text, threshold: number, status, criteria: list(criterion) }),
    sql: fc.record({ sentence: text, status, criteria: list(criterion) }),
    glossary: list(entry(fc.record({ term: text, definition: text })))
  }),
  responsibilities: list(
    entry(fc.record({ activity: text, owner: text, raci: fc.record({ marketing: fc.constantFrom(...RACI_LETTERS), sales: fc.constantFrom(...RACI_LETTERS), management: fc.constantFrom(...RACI_LETTERS) }) }))
  ),
  commitments: list(
    entry(
      fc.record({
        kind: fc.constantFrom(...COMMITMENT_KINDS),
        description: text,
        value: number,
        unit: fc.constantFrom(...COMMITMENT_UNITS),
        direction: fc.constantFrom(...DIRECTIONS),
        team,
        measuredBy: text
      })
    )
  ),
  targets: list(target, 4),
  funnel: fc.record({
    period: fc.constantFrom(...PERIODS),
    revenueGoal: number,
    marketingShare: number,
    dealSize: number,
    visitToLead: number,
    leadToMql: number,
    mqlToSql: number,
    sqlToCustomer: number,
    leadToCustomer: number,
    reps: number
  }),
  reporting: fc.record({
    reports: list(entry(fc.record({ name: text, from: team, to: team, metrics: text, cadence: fc.constantFrom(...CADENCES), when: text, channel: text, owner: text }))),
    rejectionReasons: list(entry(fc.record({ text }))),
    stuckLeadRule: fc.record({ days: number, action: text, status }),
    managementKpis: list(entry(fc.record({ kpi: text, measure: text, reporter: text, cadence: fc.constantFrom(...CADENCES) })))
  }),
  governance: fc.record(
    {
      startDate: isoOrText,
      termMonths: number,
      reviewCadence: fc.constantFrom(...REVIEW_CADENCES),
      escalation: text,
      amendments: text,
      status,
      // Issue 12 §4: present in new versions, missing in older ones.
      scopeLeads: text,
      scopeRegions: text,
      handoverData: text,
      clock: fc.record({
        mode: fc.constantFrom(...CLOCK_MODES),
        workingDays: fc.subarray([...ISO_WEEKDAYS], { minLength: 1 }),
        dayStart: fc.constantFrom('00:00', '08:00', '16:59'),
        dayEnd: fc.constantFrom('17:00', '23:59'),
        timeZone: fc.constantFrom('Europe/Berlin', 'America/St_Johns', 'Etc/GMT+12'),
        holidayRegion: fc.constantFrom(...HOLIDAY_REGIONS)
      }),
      consequences: text,
      renewal: text,
      termination: text,
      dataProtection: text
    },
    { requiredKeys: ['startDate', 'termMonths', 'reviewCadence', 'escalation', 'amendments', 'status'] }
  )
})

const image = fc.oneof(fc.constant(null), fc.constant(signaturePng(3, 120, 40)), fc.constantFrom('data:image/png;base64,AAAA', 'data:image/png;base64,iVBORw0KGgo=', 'not a data url'), text)

const signature: fc.Arbitrary<Signature> = fc.record({
  id,
  versionId: id,
  workshopId: id,
  participantId: id,
  name: text,
  signerName: text,
  role: text,
  team,
  place: text,
  signedAt: timestamp,
  fingerprint: fc.string({ maxLength: 64 }),
  method: fc.constantFrom('drawn' as const, 'typed' as const),
  image
})

const fingerprint = fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null })
const openItem = fc.record({
  code: fc.oneof(fc.constantFrom('noSalesSignatory', 'stepNotCompleted', 'targetWithoutValue', 'itemsNotAgreed', 'notAgreed', 'signatoryWithoutName', 'commitmentWithoutValue'), text),
  params: fc.dictionary(fc.constantFrom('step', 'metric', 'period', 'list', 'part', 'team', 'position', 'count', 'activity', 'description'), fc.oneof(text, fc.integer(), fc.double()))
})

export const slaInput: fc.Arbitrary<SlaDocumentInput> = fc.record({
  content: slaContent,
  version: fc.record({
    number: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double()),
    state: fc.constantFrom(...SLA_STATES),
    signedAt: fc.option(timestamp, { nil: null }),
    fingerprint,
    openItems: list(openItem),
    seal: fingerprint,
    sealedAt: fc.option(timestamp, { nil: null })
  }),
  signatures: list(signature),
  history: list(fc.record({ number: fc.integer({ min: -5, max: 1000 }), state: fc.constantFrom(...SLA_STATES), signedAt: fc.option(timestamp, { nil: null }), fingerprint, summary: fc.option(text, { nil: undefined }) })),
  reviewDates: list(isoOrText),
  generatedAt: timestamp,
  timeZone: fc.option(fc.oneof(fc.constantFrom('Europe/Berlin', 'America/Los_Angeles', 'Mars/Base', ''), text), { nil: undefined })
})

// --- a signed SLA of odd text, as the app can hold it ---

/**
 * The content with what no record of the app can hold made ordinary — ids in the app's shape, a
 * currency the app offers, a real start day — and its odd texts left as they are.
 */
function holdable(content: SlaContent): SlaContent {
  const ids = <T extends { id: string }>(entries: readonly T[], prefix: string): T[] => entries.map((entry, index) => ({ ...entry, id: `${prefix}-${index}` }))
  const { definitions: d, reporting: r, governance: g } = content
  return {
    ...content,
    currency: isCurrency(content.currency) ? content.currency : 'EUR',
    parties: { ...content.parties, signatories: content.parties.signatories.map((s, index) => ({ ...s, participantId: `p-${index}` })) },
    definitions: {
      stages: ids(d.stages, 'stage'),
      mql: { ...d.mql, criteria: ids(d.mql.criteria, 'mql') },
      sql: { ...d.sql, criteria: ids(d.sql.criteria, 'sql') },
      glossary: ids(d.glossary, 'glossary')
    },
    responsibilities: ids(content.responsibilities, 'raci'),
    commitments: ids(content.commitments, 'commitment'),
    targets: ids(content.targets, 'target'),
    reporting: { ...r, reports: ids(r.reports, 'report'), rejectionReasons: ids(r.rejectionReasons, 'rejection'), managementKpis: ids(r.managementKpis, 'kpi') },
    governance: { ...g, startDate: isIsoDate(g.startDate) ? g.startDate : '' }
  }
}

function withBothSides(content: SlaContent): SlaContent {
  const signatories = [...content.parties.signatories]
  for (const team of ['marketing', 'sales'] as const) {
    if (!signatories.some((s) => s.team === team)) signatories.push({ participantId: `added-${team}`, name: `Signer ${team}`, role: '', team })
  }
  return { ...content, parties: { ...content.parties, signatories } }
}

function typedSignature(signer: Signatory, fingerprint: string, signedAt: number): Signature {
  const { participantId, name, role, team } = signer
  return { id: `s-${participantId}`, versionId: 'v1', workshopId: 'w1', participantId, name, signerName: name, role, team, place: 'Köln', signedAt, fingerprint, method: 'typed', image: null }
}

/**
 * Any content the app can hold, odd texts of any length a stored text reaches included, signed
 * as the app signs: every signatory has signed, among them marketing and sales, and it is sealed.
 */
export const signedHoldableSla: fc.Arbitrary<SlaDocumentInput> = slaContent.map((anyContent) => {
  const content = withBothSides(holdable(anyContent))
  const fingerprint = contentFingerprint(content)
  const signatures = content.parties.signatories.map((signer, index) => typedSignature(signer, fingerprint, Date.UTC(2027, 0, 15) - index))
  const facts = { number: 1, signedAt: Date.UTC(2027, 0, 15), fingerprint, openItems: [] }
  return {
    ...draftSlaInput(content.language, content),
    version: { ...facts, state: 'signed' as const, seal: sealOf(facts, signatures), sealedAt: facts.signedAt },
    signatures
  }
})

// --- the minutes ---

const rating: fc.Arbitrary<Rating> = fc.constantFrom(null, 1, 2, 3, 4, 5)
const side = fc.constantFrom('marketing' as const, 'sales' as const)


const minutesSeed: fc.Arbitrary<ItemSeed> = fc.oneof(
  fc.record({ list: fc.constant('friction' as const), area: text, ratings: fc.record({ marketing: rating, sales: rating, management: rating }), notes: text }),
  fc.record({ list: fc.constant('voice' as const), team: side, kind: fc.constantFrom('heard' as const, 'says' as const), text }),
  fc.record({ list: fc.constant('giveGet' as const), team: side, text }),
  fc.record({ list: fc.constant('benefit' as const), text }),
  fc.record({ list: fc.constant('action' as const), title: text, owner: text, team, due: isoOrText, state: fc.constantFrom(...ACTION_STATES) }),
  fc.record({ list: fc.constant('concern' as const), text, response: text }),
  fc.record({ list: fc.constant('rejection' as const), text }),
  fc.record({ list: fc.constant('glossary' as const), term: text, definition: text })
)

export const minutesInput: fc.Arbitrary<MinutesDocumentInput> = fc
  .record({
    language: fc.constantFrom(...LANGUAGES),
    title: text,
    organisation: text,
    facilitator: text,
    date: isoOrText,
    sharedGoal: text,
    timeboxes: fc.array(fc.oneof(fc.integer({ min: -10, max: 10_000 }), fc.double()), { minLength: 5, maxLength: 5 }),
    seeds: fc.array(fc.tuple(minutesSeed, fc.double(), status), { maxLength: 12 }),
    participants: list(fc.record({ name: text, role: text, team, email: text, signsSla: fc.boolean() }), 4),
    parkingLot: fc.option(list(fc.record({ text, step: fc.constantFrom(...STEP_IDS) })), { nil: undefined }),
    generatedAt: timestamp
  })
  .map((r) => {
    const base = finishedWorkshop(r.language).workshop
    const steps = Object.fromEntries(STEP_IDS.map((step, i) => [step, { completed: i % 2 === 0, timeboxMinutes: r.timeboxes[i] ?? 0 }])) as Workshop['steps']
    const workshop: Workshop = { ...base, title: r.title, organisation: r.organisation, facilitator: r.facilitator, date: r.date, sharedGoal: r.sharedGoal, steps }
    const items = r.seeds.map(([seed, order, itemStatus], index) => ({ ...seed, id: `i${index}`, workshopId: 'w1', order, status: itemStatus }) as Item)
    const participants = r.participants.map((p, index) => ({ ...p, id: `p${index}`, workshopId: 'w1', order: index }))
    return { workshop, participants, items, parkingLot: r.parkingLot, generatedAt: r.generatedAt }
  })
