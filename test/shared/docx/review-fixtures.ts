import type { Language } from '../../../shared/domain/language'
import { DEFAULT_THRESHOLDS, type Actual, type Review, type ReviewCrmImport } from '../../../shared/domain/review'
import type { SlaContent } from '../../../shared/domain/sla'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import type { ReviewReportInput } from '../../../shared/docx/review/review-input'
import { GENERATED_AT, SIGNED_AT, TIME_ZONE, finishedWorkshop, slaContent } from './docx-fixtures'
import { KEPT } from '../crm/figure-fixtures'

/**
 * The first quarterly review of the signed SLA of docx-fixtures: MQLs above target, SQLs a
 * little under, customers far under, revenue nearly met; the 24-hour first contact met in 12
 * hours, the 48-hour accept/reject missed at 96 hours, the quarterly SLA review held; the rest
 * not measured. Two of four conversion rates were measured.
 */
export const PERIOD = '2027-Q1'
export const REVIEW_DATE = '2027-04-12'
export const CLOSED_AT = Date.UTC(2027, 3, 12, 15, 0)

/** Target and commitment ids of the fixture content (docx-fixtures numbers items by position). */
export const IDS = {
  mqls: 'target-44',
  perRep: 'target-45',
  sqls: 'target-46',
  customers: 'target-47',
  revenue: 'target-48',
  conversion: 'target-49',
  firstContact: 'commitment-38',
  acceptReject: 'commitment-39',
  attempts: 'commitment-40',
  review: 'commitment-43'
} as const

/** Round target values, so the expected attainments are easy to check by hand. */
const TARGET_VALUES: Record<string, number> = { [IDS.mqls]: 300, [IDS.sqls]: 120, [IDS.customers]: 30 }

export function reviewedContent(language: Language): SlaContent {
  const content = slaContent(language, 'v2')
  return { ...content, targets: content.targets.map((t) => (t.id in TARGET_VALUES ? { ...t, value: TARGET_VALUES[t.id] ?? t.value } : t)) }
}

const NOTES = {
  en: { customers: 'Two large deals slipped into April.', acceptReject: 'Backlog during the trade fair' },
  de: { customers: 'Zwei große Abschlüsse sind in den April gerutscht.', acceptReject: 'Rückstau während der Messe' }
} as const

const WORDS = {
  en: {
    decisions: 'Sales hires a second SDR for inbound leads.\n\nThe accept/reject time stays at 48 hours; the trade fair backlog was an exception.',
    newAction: `Re-train the SDR team on the 48-hour rule (${PERIOD})`,
    guest: 'Dora Daten (Sales Operations)'
  },
  de: {
    decisions: 'Der Vertrieb stellt einen zweiten SDR für eingehende Leads ein.\n\nDie Frist für Annahme oder Ablehnung bleibt bei 48 Stunden; der Rückstau zur Messe war eine Ausnahme.',
    newAction: `SDR-Team zur 48-Stunden-Regel schulen (${PERIOD})`,
    guest: 'Dora Daten (Sales Operations)'
  }
} as const

export function review(language: Language, overrides: Partial<Review> = {}): Review {
  const notes = NOTES[language]
  const actuals: Record<string, Actual> = {
    [IDS.mqls]: { value: 330, note: '' }, // 110 %, met
    [IDS.sqls]: { value: 108, note: '' }, // 90 %, nearly met
    [IDS.customers]: { value: 12, note: notes.customers }, // 40 %, missed
    [IDS.revenue]: { value: 255000, note: '' }, // 85 %, nearly met
    [IDS.perRep]: { value: null, note: '' }, // not measured
    [IDS.firstContact]: { value: 12, note: '' }, // at most 24 h: 200 %, met
    [IDS.acceptReject]: { value: 96, note: notes.acceptReject }, // at most 48 h: 50 %, missed
    [IDS.review]: { value: 1, note: '' } // 100 %, met
  }
  return {
    id: 'r1',
    workshopId: 'w1',
    versionId: 'v2',
    period: PERIOD,
    date: REVIEW_DATE,
    attendeeIds: ['p1', 'p2'],
    guests: [WORDS[language].guest, ' '],
    actuals,
    actualRates: { visitToLead: null, leadToMql: 15, mqlToSql: 35, sqlToCustomer: null },
    decisions: WORDS[language].decisions,
    state: 'closed',
    createdAt: Date.UTC(2027, 3, 12, 9),
    closedAt: CLOSED_AT,
    ...overrides
  }
}

export async function reviewReportInput(language: Language, overrides: Partial<Review> = {}): Promise<ReviewReportInput> {
  const content = reviewedContent(language)
  const { participants, items } = finishedWorkshop(language, 'v2')
  const planned = items.flatMap((item) => (item.list === 'action' ? [{ title: item.title, owner: item.owner, team: item.team, due: item.due, state: item.state }] : []))
  return {
    review: review(language, overrides),
    version: { number: 2, fingerprint: await slaFingerprint(content), signedAt: SIGNED_AT },
    content,
    participants: participants.map(({ id, name, role, team }) => ({ id, name, role, team })),
    thresholds: DEFAULT_THRESHOLDS,
    actions: [...planned, { title: WORDS[language].newAction, owner: 'Bernd Vertrieb', team: 'sales', due: '2027-05-15', state: 'open' }],
    generatedAt: GENERATED_AT + 90 * 24 * 3600 * 1000,
    timeZone: TIME_ZONE
  }
}

/** The hand-built CRM figures (figure-fixtures.ts) as this review keeps them, measured against the fixture's two response-time commitments. */
export function crmImport(): ReviewCrmImport {
  const ids = [IDS.firstContact, IDS.acceptReject]
  return { ...KEPT, figures: { ...KEPT.figures, commitments: KEPT.figures.commitments.map((commitment, at) => ({ ...commitment, id: ids[at] ?? commitment.id })) } }
}
