import type { Language } from '../domain/language'
import type { ClockMode } from '../domain/sla-clock'
import type { CrmConcept } from './mapping'

/**
 * Every word the CRM figures are told in (issue 13 §3, §4), English and German, in one module:
 * the figures screen and the review report take their lines and definitions from here
 * (figure-lines.ts), so both say the same. One interface, each language in full, so the compiler
 * checks that German has every text English has. Texts with blanks are functions; what fills a
 * blank is already written for the language, and a `Count` brings its number to choose the plural.
 */

/** A count as the language writes it, and the number it is, for singular or plural. */
export interface Count {
  value: number
  text: string
}

/** The two response times the export can measure: to the first contact, and to sales' decision. */
export type MeasuredSpan = 'firstContact' | 'acceptedOrRejected'

export type LineLabel =
  | 'mqls'
  | 'sqls'
  | 'customers'
  | 'revenue'
  | 'leadToMql'
  | 'mqlToSql'
  | 'sqlToCustomer'
  | 'firstContact'
  | 'acceptedOrRejected'
  | 'stuck'
  | 'rejections'
  | 'stages'

export interface CrmFigureTexts {
  /** What each column of an export holds: the column mapping names them, and a figure without its column says which it lacks. */
  concepts: Record<CrmConcept, string>
  columns: { figure: string; value: string; basis: string; stage: string; mqls: string }
  labels: Record<LineLabel, string>
  /** Hours on the SLA's clock: "26.5 h", "26,5 Geschäftsstunden"; no-break spaces keep number and unit, "p90" and its time together in a narrow column. */
  hours: (hours: Count, mode: ClockMode) => string
  span: (median: string, p90: string) => string
  days: (days: Count) => string
  /** A text taken from elsewhere, in the language's quotation marks. */
  quote: (text: string) => string
  bases: {
    mqls: string
    sqls: string
    customers: string
    revenue: (withAmount: Count, withoutAmount: Count) => string
    leadToMql: (advanced: Count, base: Count) => string
    mqlToSql: (advanced: Count, base: Count) => string
    sqlToCustomer: (advanced: Count, base: Count) => string
    /** `mqls`: the period's MQLs; `measured` of them have the event, `never` have none. */
    span: (span: MeasuredSpan, measured: Count, mqls: Count, never: Count) => string
    beforeMql: (span: MeasuredSpan, left: Count) => string
    commitment: (span: MeasuredSpan, within: Count, all: Count, hours: string, ofMeasured: string) => string
    stuck: (mqls: Count, days: string) => string
    rejections: (rejected: Count, mqls: Count) => string
    stages: string
    /** `concepts`: the missing columns' names, quoted and listed. */
    notInExport: (concepts: string) => string
  }
  otherReasons: string
  noStage: string
  /** Where the figures come from: the file, when it was read, and the quarter in its time zone. */
  source: (p: { rows: Count; name: string; date: string; from: string; to: string; zone: string }) => string
  definitionsTitle: string
  clock: {
    calendar: string
    business: (days: string, hours: string, zone: string, holidays: string) => string
    holidaysNationwide: string
    holidaysIn: (state: string) => string
  }
  definitions: {
    counts: { term: string; text: (zone: string) => string }
    revenue: { term: string; text: string }
    cohorts: { term: string; text: string }
    responseTime: { term: string; text: (clock: string) => string }
    medianAndP90: { term: string; text: (ninety: string) => string }
    /** `day`: how long a committed day is on the clock, or null on a calendar clock (24 hours). */
    commitments: { term: string; text: (day: string | null) => string }
    stuck: { term: string; text: (days: string) => string }
    rejections: { term: string; text: (named: string) => string }
    stages: { term: string; text: string }
  }
}

const one = (count: Count, singular: string, plural: string) => (count.value === 1 ? singular : plural)

const en: CrmFigureTexts = {
  concepts: {
    id: 'ID',
    created: 'Created',
    becameMql: 'Became MQL',
    acceptedOrRejected: 'Accepted or rejected by sales',
    rejectionReason: 'Reason for rejection',
    becameSql: 'Became SQL',
    becameCustomer: 'Became customer',
    firstContact: 'First contact',
    owner: 'Owner',
    source: 'Source',
    dealAmount: 'Deal amount',
    lifecycle: 'Lifecycle stage or status'
  },
  columns: { figure: 'Figure', value: 'Value', basis: 'How it was computed', stage: 'Stage', mqls: 'MQLs' },
  labels: {
    mqls: 'MQLs',
    sqls: 'SQLs',
    customers: 'Customers',
    revenue: 'Revenue',
    leadToMql: 'Lead → MQL',
    mqlToSql: 'MQL → SQL',
    sqlToCustomer: 'SQL → customer',
    firstContact: 'Time to first contact',
    acceptedOrRejected: 'Time to accept or reject',
    stuck: 'Stuck leads',
    rejections: 'Rejected by sales',
    stages: 'Where the quarter’s MQLs stand now'
  },
  hours: (hours, mode) => (mode === 'calendar' ? `${hours.text}\u00A0h` : `${hours.text}\u00A0business\u00A0${one(hours, 'hour', 'hours')}`),
  span: (median, p90) => `median\u00A0${median} · p90\u00A0${p90}`,
  days: (days) => `${days.text} ${one(days, 'day', 'days')}`,
  quote: (text) => `“${text}”`,
  bases: {
    mqls: 'became MQL in the quarter',
    sqls: 'became SQL in the quarter',
    customers: 'became customer in the quarter',
    revenue: (withAmount, withoutAmount) =>
      `sum of the deal amounts of ${withAmount.text} ${one(withAmount, 'customer', 'customers')}` + (withoutAmount.value > 0 ? `; ${withoutAmount.text} without an amount` : ''),
    leadToMql: (advanced, base) => `${advanced.text} of ${base.text} ${one(base, 'contact', 'contacts')} created in the quarter became MQL by the import`,
    mqlToSql: (advanced, base) => `${advanced.text} of ${base.text} ${one(base, 'MQL', 'MQLs')} of the quarter became SQL by the import`,
    sqlToCustomer: (advanced, base) => `${advanced.text} of ${base.text} ${one(base, 'SQL', 'SQLs')} of the quarter became customer by the import`,
    span: (span, measured, mqls, never) =>
      (measured.value === mqls.value ? `median over ${mqls.text} ${one(mqls, 'MQL', 'MQLs')}` : `median over ${measured.text} of ${mqls.text} ${one(mqls, 'MQL', 'MQLs')}`) +
      (never.value > 0 ? `; ${never.text} ${span === 'firstContact' ? 'never contacted' : 'not yet decided'}` : ''),
    beforeMql: (span, left) => `${left.text} left out: ${span === 'firstContact' ? 'contact' : 'decision'} before the MQL date`,
    commitment: (span, within, all, hours, ofMeasured) =>
      `${within.text} of ${all.text} ${one(all, 'MQL', 'MQLs')} within ${hours}; ${ofMeasured} of those ${span === 'firstContact' ? 'contacted' : 'decided'}`,
    stuck: (mqls, days) => `of ${mqls.text} ${one(mqls, 'MQL', 'MQLs')}: MQL more than ${days} before the import, and no contact, SQL or customer date`,
    rejections: (rejected, mqls) => `${rejected.text} of ${mqls.text} ${one(mqls, 'MQL', 'MQLs')} with a reason for rejection`,
    stages: 'the quarter’s MQLs by the stage they stand at now',
    notInExport: (concepts) => `not measured: the export has no column for ${concepts}`
  },
  otherReasons: 'other reasons',
  noStage: 'no stage',
  source: ({ rows, name, date, from, to, zone }) =>
    `${rows.text} ${one(rows, 'row', 'rows')} of ${name}, imported on ${date}. The quarter runs from ${from} to ${to} (${zone}); later events count up to the import.`,
  definitionsTitle: 'How the figures are computed',
  clock: {
    calendar: 'in calendar hours, around the clock, weekends and public holidays included',
    business: (days, hours, zone, holidays) => `in business hours: ${days}, ${hours} (${zone}), ${holidays}`,
    holidaysNationwide: 'not on nationwide public holidays',
    holidaysIn: (state) => `not on public holidays in ${state}`
  },
  definitions: {
    counts: {
      term: 'MQLs, SQLs and customers',
      text: (zone) => `The contacts or leads that became MQL, SQL or customer in the quarter, each by the date it reached that stage, read in the time zone ${zone}.`
    },
    revenue: { term: 'Revenue', text: 'The sum of the deal amounts of the quarter’s customers; customers without an amount add nothing and are counted apart.' },
    cohorts: {
      term: 'Lead → MQL, MQL → SQL, SQL → customer',
      text: 'Cohorts: of the contacts created in the quarter, of its MQLs and of its SQLs, the share that reached the next stage by the import, also when that was after the quarter ended.'
    },
    responseTime: {
      term: 'Response time',
      text: (clock) =>
        `The time from becoming MQL to the first contact (or to sales accepting or rejecting the lead), counted ${clock}. An MQL without that date counts as never contacted (not yet decided); a date before the MQL date is a data error and is left out.`
    },
    medianAndP90: {
      term: 'Median and p90',
      text: (ninety) =>
        `The median is the middle of the measured response times (of an even number, the mean of the middle two); p90 is the shortest time that at least ${ninety} of the measured MQLs kept.`
    },
    commitments: {
      term: 'Share within a commitment',
      text: (day) =>
        `The MQLs whose response time is at most the committed time, divided by the quarter’s MQLs (without those left out for a date before the MQL date), and in the basis also by those contacted or decided; ${day === null ? 'a committed day counts as 24 hours' : `a committed day counts as one business day of ${day}`}.`
    },
    stuck: {
      term: 'Stuck leads',
      text: (days) => `MQLs of the quarter without a first contact, SQL or customer date whose MQL date lies more than ${days} (the stuck-lead rule of step 2) before the import.`
    },
    rejections: {
      term: 'Rejected by sales',
      text: (named) => `MQLs of the quarter for which the export gives a reason for rejection, counted by reason; the ${named} most frequent reasons are named, the rest counted together.`
    },
    stages: {
      term: 'Where the MQLs stand now',
      text: 'The quarter’s MQLs by the lifecycle stage of step 2 that their lifecycle value or status in the export is mapped to.'
    }
  }
}

const de: CrmFigureTexts = {
  concepts: {
    id: 'ID',
    created: 'Angelegt',
    becameMql: 'Zum MQL geworden',
    acceptedOrRejected: 'Vom Vertrieb angenommen oder abgelehnt',
    rejectionReason: 'Ablehnungsgrund',
    becameSql: 'Zum SQL geworden',
    becameCustomer: 'Zum Kunden geworden',
    firstContact: 'Erster Kontakt',
    owner: 'Zuständig',
    source: 'Quelle',
    dealAmount: 'Dealwert',
    lifecycle: 'Lebenszyklusphase oder Status'
  },
  columns: { figure: 'Kennzahl', value: 'Wert', basis: 'So berechnet', stage: 'Stufe', mqls: 'MQLs' },
  labels: {
    mqls: 'MQLs',
    sqls: 'SQLs',
    customers: 'Kunden',
    revenue: 'Umsatz',
    leadToMql: 'Lead → MQL',
    mqlToSql: 'MQL → SQL',
    sqlToCustomer: 'SQL → Kunde',
    firstContact: 'Zeit bis zum ersten Kontakt',
    acceptedOrRejected: 'Zeit bis zur Annahme oder Ablehnung',
    stuck: 'Hängende Leads',
    rejections: 'Vom Vertrieb abgelehnt',
    stages: 'Wo die MQLs des Quartals jetzt stehen'
  },
  hours: (hours, mode) => (mode === 'calendar' ? `${hours.text}\u00A0Std.` : `${hours.text}\u00A0${one(hours, 'Geschäftsstunde', 'Geschäftsstunden')}`),
  span: (median, p90) => `Median\u00A0${median} · p90\u00A0${p90}`,
  days: (days) => `${days.text} ${one(days, 'Tag', 'Tage')}`,
  quote: (text) => `„${text}“`,
  bases: {
    mqls: 'im Quartal zum MQL geworden',
    sqls: 'im Quartal zum SQL geworden',
    customers: 'im Quartal zum Kunden geworden',
    // "von 1 Kunden" and "von 12 Kunden": the dative is the same in both numbers.
    revenue: (withAmount, withoutAmount) => `Summe der Dealwerte von ${withAmount.text} Kunden` + (withoutAmount.value > 0 ? `; ${withoutAmount.text} ohne Betrag` : ''),
    leadToMql: (advanced, base) => `${advanced.text} von ${base.text} im Quartal ${one(base, 'angelegtem Kontakt', 'angelegten Kontakten')} bis zum Import zum MQL geworden`,
    mqlToSql: (advanced, base) => `${advanced.text} von ${base.text} ${one(base, 'MQL', 'MQLs')} des Quartals bis zum Import zum SQL geworden`,
    sqlToCustomer: (advanced, base) => `${advanced.text} von ${base.text} ${one(base, 'SQL', 'SQLs')} des Quartals bis zum Import zum Kunden geworden`,
    span: (span, measured, mqls, never) =>
      (measured.value === mqls.value ? `Median über ${mqls.text} ${one(mqls, 'MQL', 'MQLs')}` : `Median über ${measured.text} von ${mqls.text} ${one(mqls, 'MQL', 'MQLs')}`) +
      (never.value > 0 ? `, davon ${never.text} ${span === 'firstContact' ? 'nie kontaktiert' : 'noch nicht entschieden'}` : ''),
    beforeMql: (span, left) => `${left.text} nicht berücksichtigt: ${span === 'firstContact' ? 'Kontakt' : 'Entscheidung'} vor dem MQL-Datum`,
    commitment: (span, within, all, hours, ofMeasured) =>
      `${within.text} von ${all.text} ${one(all, 'MQL', 'MQLs')} innerhalb von ${hours}; ${ofMeasured} der ${span === 'firstContact' ? 'kontaktierten' : 'entschiedenen'}`,
    stuck: (mqls, days) => `von ${mqls.text} ${one(mqls, 'MQL', 'MQLs')}: mehr als ${days} vor dem Import zum MQL geworden, ohne Kontakt, SQL- oder Kundendatum`,
    rejections: (rejected, mqls) => `${rejected.text} von ${mqls.text} ${one(mqls, 'MQL', 'MQLs')} mit Ablehnungsgrund`,
    stages: 'die MQLs des Quartals nach der Stufe, auf der sie heute stehen',
    notInExport: (concepts) => `nicht gemessen: Der Export hat keine Spalte für ${concepts}`
  },
  otherReasons: 'weitere Gründe',
  noStage: 'keine Stufe',
  source: ({ rows, name, date, from, to, zone }) =>
    `${rows.text} ${one(rows, 'Zeile', 'Zeilen')} aus ${name}, importiert am ${date}. Das Quartal reicht vom ${from} bis ${to} (${zone}); spätere Ereignisse zählen bis zum Import.`,
  definitionsTitle: 'So werden die Kennzahlen berechnet',
  clock: {
    calendar: 'in Kalenderstunden, rund um die Uhr, auch an Wochenenden und Feiertagen',
    business: (days, hours, zone, holidays) => `in Geschäftsstunden: ${days}, ${hours}\u00A0Uhr (${zone}), ${holidays}`,
    holidaysNationwide: 'nicht an bundesweiten Feiertagen',
    holidaysIn: (state) => `nicht an Feiertagen in ${state}`
  },
  definitions: {
    counts: {
      term: 'MQLs, SQLs und Kunden',
      text: (zone) => `Die Kontakte oder Leads, die im Quartal zum MQL, SQL oder Kunden wurden, jeweils nach dem Datum, an dem sie diese Stufe erreichten, gelesen in der Zeitzone ${zone}.`
    },
    revenue: { term: 'Umsatz', text: 'Die Summe der Dealwerte der Kunden des Quartals; Kunden ohne Betrag tragen nichts bei und werden gesondert gezählt.' },
    cohorts: {
      term: 'Lead → MQL, MQL → SQL, SQL → Kunde',
      text: 'Kohorten: von den im Quartal angelegten Kontakten, seinen MQLs und seinen SQLs der Anteil, der bis zum Import die nächste Stufe erreicht hat, auch wenn das erst nach Quartalsende war.'
    },
    responseTime: {
      term: 'Reaktionszeit',
      text: (clock) =>
        `Die Zeit von dem Moment, in dem ein Lead zum MQL wurde, bis zum ersten Kontakt (oder bis der Vertrieb ihn angenommen oder abgelehnt hat), gezählt ${clock}. Ein MQL ohne dieses Datum gilt als nie kontaktiert (noch nicht entschieden); ein Datum vor dem MQL-Datum ist ein Datenfehler und bleibt unberücksichtigt.`
    },
    medianAndP90: {
      term: 'Median und p90',
      text: (ninety) =>
        `Der Median ist die mittlere der gemessenen Reaktionszeiten (bei einer geraden Anzahl der Mittelwert der beiden mittleren); p90 ist die kürzeste Zeit, die mindestens ${ninety} der gemessenen MQLs eingehalten haben.`
    },
    commitments: {
      term: 'Anteil innerhalb einer Zusage',
      text: (day) =>
        `Die MQLs, deren Reaktionszeit höchstens die zugesagte Zeit beträgt, geteilt durch die MQLs des Quartals (ohne die wegen eines Datums vor dem MQL-Datum nicht berücksichtigten), in der Berechnung auch durch die kontaktierten oder entschiedenen; ${day === null ? 'ein zugesagter Tag zählt 24 Stunden' : `ein zugesagter Tag zählt als ein Geschäftstag mit ${day}`}.`
    },
    stuck: {
      term: 'Hängende Leads',
      text: (days) => `MQLs des Quartals ohne ersten Kontakt, SQL- oder Kundendatum, deren MQL-Datum mehr als ${days} (Regel für hängende Leads aus Schritt 2) vor dem Import liegt.`
    },
    rejections: {
      term: 'Vom Vertrieb abgelehnt',
      text: (named) => `MQLs des Quartals, für die der Export einen Ablehnungsgrund nennt, nach Grund gezählt; die ${named} häufigsten Gründe werden genannt, die übrigen zusammen gezählt.`
    },
    stages: {
      term: 'Wo die MQLs jetzt stehen',
      text: 'Die MQLs des Quartals nach der Stufe des Lead-Lebenszyklus aus Schritt 2, der ihr Wert für Lebenszyklusphase oder Status im Export zugeordnet ist.'
    }
  }
}

export const CRM_FIGURE_TEXTS: Record<Language, CrmFigureTexts> = { en, de }
