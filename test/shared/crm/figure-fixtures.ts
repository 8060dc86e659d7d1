import type { CrmConcept, CrmFigures } from '../../../shared/crm'
import type { ReviewCrmImport } from '../../../shared/domain/review'
import type { SlaClock } from '../../../shared/domain/sla-clock'

/**
 * The figures of a quarter as built by hand, with round counts so each line's words can be
 * checked by eye: 412 MQLs, 370 of them contacted after becoming MQL, 37 never, 5 with a contact
 * dated before their MQL date; 333 of the 407 measurable within the 24-hour commitment.
 */
export const FIGURES: Omit<CrmFigures, 'owners'> = {
  period: '2027-Q1',
  from: Date.UTC(2026, 11, 31, 23),
  to: Date.UTC(2027, 2, 31, 22),
  exportedAt: Date.UTC(2027, 3, 14, 8),
  clockMode: 'business',
  rows: 2480,
  mqls: { count: 412 },
  sqls: { count: 120 },
  customers: { count: 30 },
  revenue: { sum: 1234567.5, withAmount: 28, withoutAmount: 2 },
  mqlToSql: { mqls: 412, becameSql: 103, share: 103 / 412 },
  leadToMql: { base: 2000, advanced: 412, share: 412 / 2000 },
  sqlToCustomer: { base: 120, advanced: 30, share: 30 / 120 },
  firstContact: { mqls: 412, measured: 370, never: 37, beforeMql: 5, medianHours: 6.5, p90Hours: 26.25 },
  acceptedOrRejected: { mqls: 412, measured: 412, never: 0, beforeMql: 0, medianHours: 30, p90Hours: 70 },
  commitments: [
    { id: 'c-first', span: 'firstContact', hours: 24, within: 333, shareOfAll: 333 / 407, shareOfMeasured: 333 / 370, measured: 370, never: 37 },
    { id: 'c-decide', span: 'acceptedOrRejected', hours: 45, within: 300, shareOfAll: 300 / 412, shareOfMeasured: 300 / 412, measured: 412, never: 0 }
  ],
  stuck: { days: 7, count: 12, mqls: 412 },
  rejections: {
    rejected: 40,
    mqls: 412,
    reasons: [
      { reason: 'Kein Budget', count: 25 },
      { reason: 'Falscher Ansprechpartner', count: 10 }
    ],
    otherReasons: 5
  },
  stages: [
    { stage: 'MQL', count: 300 },
    { stage: 'SQL', count: 103 },
    { stage: null, count: 9 }
  ]
}

/** Every column but the ID and MQL date, which every import has. */
export const ALL_MAPPED: CrmConcept[] = ['id', 'created', 'becameMql', 'acceptedOrRejected', 'rejectionReason', 'becameSql', 'becameCustomer', 'firstContact', 'owner', 'dealAmount', 'lifecycle']

/** Business hours Monday to Friday, 08:00–17:00 in Berlin, without Bavaria's public holidays: a business day has 9 hours. */
export const BUSINESS_CLOCK: SlaClock = { mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BY' }

/** What a review keeps of the import these figures came from. */
export const KEPT: ReviewCrmImport = {
  fileName: 'hubspot-kontakte-q1.csv',
  importedAt: Date.UTC(2027, 3, 14, 8),
  rows: 2480,
  mapped: ALL_MAPPED,
  timeZone: 'Europe/Berlin',
  figures: FIGURES
}
