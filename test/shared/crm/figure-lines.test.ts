import { describe, expect, it } from 'vitest'
import { CRM_FIGURE_TEXTS, figureDefinitions, figureLines, figureSource, type FigureLine, type FigureLineInput } from '../../../shared/crm'
import type { Language } from '../../../shared/domain/language'
import { ALL_MAPPED, BUSINESS_CLOCK, FIGURES } from './figure-fixtures'

/** Intl writes a no-break space in "25 %" and "1.234,50 €"; a reader sees a space. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ')

const CONTENT: FigureLineInput['content'] = {
  currency: 'EUR',
  commitments: [
    { id: 'c-first', description: 'Sales contacts every MQL within' },
    { id: 'c-decide', description: 'Sales accepts or rejects an MQL within' }
  ] as FigureLineInput['content']['commitments'],
  governance: { clock: BUSINESS_CLOCK }
}

const input = (overrides: Partial<FigureLineInput> = {}): FigureLineInput => ({ figures: FIGURES, mapped: ALL_MAPPED, content: CONTENT, timeZone: 'Europe/Berlin', ...overrides })

/** The lines as `label → [value, basis]`, with each breakdown's rows after them. */
function table(lines: readonly FigureLine[]): Record<string, string[]> {
  return Object.fromEntries(lines.map((line) => [line.label, [line.value, line.basis, ...(line.items?.rows.map((row) => `${row.label}: ${row.value}`) ?? [])].map(plain)]))
}

describe('the lines of the CRM figures', () => {
  it('words every figure in German with its value and how it was computed', () => {
    expect(table(figureLines(input(), 'de'))).toEqual({
      MQLs: ['412', 'im Quartal zum MQL geworden'],
      SQLs: ['120', 'im Quartal zum SQL geworden'],
      Kunden: ['30', 'im Quartal zum Kunden geworden'],
      Umsatz: ['1.234.567,50 €', 'Summe der Dealwerte von 28 Kunden; 2 ohne Betrag'],
      'Lead → MQL': ['20,6 %', '412 von 2.000 im Quartal angelegten Kontakten bis zum Import zum MQL geworden'],
      'MQL → SQL': ['25 %', '103 von 412 MQLs des Quartals bis zum Import zum SQL geworden'],
      'SQL → Kunde': ['25 %', '30 von 120 SQLs des Quartals bis zum Import zum Kunden geworden'],
      'Zeit bis zum ersten Kontakt': [
        'Median 6,5 Geschäftsstunden · p90 26,3 Geschäftsstunden',
        'Median über 370 von 412 MQLs, davon 37 nie kontaktiert; 5 nicht berücksichtigt: Kontakt vor dem MQL-Datum'
      ],
      'Zeit bis zur Annahme oder Ablehnung': ['Median 30 Geschäftsstunden · p90 70 Geschäftsstunden', 'Median über 412 MQLs'],
      'Sales contacts every MQL within': ['81,8 %', '333 von 407 MQLs innerhalb von 24 Geschäftsstunden; 90 % der kontaktierten'],
      'Sales accepts or rejects an MQL within': ['72,8 %', '300 von 412 MQLs innerhalb von 45 Geschäftsstunden; 72,8 % der entschiedenen'],
      'Hängende Leads': ['12', 'von 412 MQLs: mehr als 7 Tage vor dem Import zum MQL geworden, ohne Kontakt, SQL- oder Kundendatum'],
      'Vom Vertrieb abgelehnt': ['40', '40 von 412 MQLs mit Ablehnungsgrund', 'Kein Budget: 25', 'Falscher Ansprechpartner: 10', 'weitere Gründe: 5'],
      'Wo die MQLs des Quartals jetzt stehen': ['412', 'die MQLs des Quartals nach der Stufe, auf der sie heute stehen', 'MQL: 300', 'SQL: 103', 'keine Stufe: 9']
    })
  })

  it('words every figure in English', () => {
    const lines = table(figureLines(input(), 'en'))
    expect(lines['Revenue']).toEqual(['€1,234,567.50', 'sum of the deal amounts of 28 customers; 2 without an amount'])
    expect(lines['Lead → MQL']).toEqual(['20.6%', '412 of 2,000 contacts created in the quarter became MQL by the import'])
    expect(lines['Time to first contact']).toEqual([
      'median 6.5 business hours · p90 26.3 business hours',
      'median over 370 of 412 MQLs; 37 never contacted; 5 left out: contact before the MQL date'
    ])
    expect(lines['Sales contacts every MQL within']).toEqual(['81.8%', '333 of 407 MQLs within 24 business hours; 90% of those contacted'])
    expect(lines['Stuck leads']).toEqual(['12', 'of 412 MQLs: MQL more than 7 days before the import, and no contact, SQL or customer date'])
    expect(lines['Rejected by sales']).toEqual(['40', '40 of 412 MQLs with a reason for rejection', 'Kein Budget: 25', 'Falscher Ansprechpartner: 10', 'other reasons: 5'])
    expect(figureLines(input(), 'en').find((line) => line.key === 'rejections')?.items?.header).toBe('Reason for rejection')
  })

  it('says one, not “1 customers”, and counts calendar hours as hours', () => {
    const single = {
      ...FIGURES,
      clockMode: 'calendar' as const,
      revenue: { sum: 500, withAmount: 1, withoutAmount: 0 },
      firstContact: { mqls: 1, measured: 1, never: 0, beforeMql: 0, medianHours: 1, p90Hours: 1 },
      stuck: { days: 1, count: 0, mqls: 1 }
    }
    const en = table(figureLines(input({ figures: single }), 'en'))
    expect(en['Revenue']?.[1]).toBe('sum of the deal amounts of 1 customer')
    expect(en['Time to first contact']).toEqual(['median 1 h · p90 1 h', 'median over 1 MQL'])
    expect(en['Stuck leads']?.[1]).toBe('of 1 MQL: MQL more than 1 day before the import, and no contact, SQL or customer date')
    const de = table(figureLines(input({ figures: single }), 'de'))
    expect(de['Zeit bis zum ersten Kontakt']).toEqual(['Median 1 Std. · p90 1 Std.', 'Median über 1 MQL'])
    expect(de['Hängende Leads']?.[1]).toBe('von 1 MQL: mehr als 1 Tag vor dem Import zum MQL geworden, ohne Kontakt, SQL- oder Kundendatum')
  })

  it('shows a figure whose column the export lacks as not measured, never as 0, and leaves out what would mislead', () => {
    const lines = figureLines(input({ mapped: ['id', 'becameMql', 'becameCustomer'] }), 'de')
    const byKey = (key: FigureLine['key']) => lines.filter((line) => line.key === key)
    expect(byKey('revenue')[0]).toMatchObject({ value: '—', measured: false, basis: 'nicht gemessen: Der Export hat keine Spalte für „Dealwert“' })
    expect(byKey('sqlToCustomer')[0]?.basis).toBe('nicht gemessen: Der Export hat keine Spalte für „Zum SQL geworden“')
    expect(byKey('customers')[0]).toMatchObject({ value: '30', measured: true })
    expect(byKey('commitment').map((line) => [line.label, line.value, line.measured])).toEqual([
      ['Sales contacts every MQL within', '—', false],
      ['Sales accepts or rejects an MQL within', '—', false]
    ])
    // No decision date: no line for it; no first contact: no stuck leads (every MQL would look stuck).
    expect(byKey('acceptedOrRejected')).toEqual([])
    expect(byKey('stuck')).toEqual([])
    expect(plain(figureLines(input({ mapped: ['id', 'becameMql'] }), 'en').find((line) => line.key === 'sqlToCustomer')?.basis ?? '')).toBe(
      'not measured: the export has no column for “Became SQL” and “Became customer”'
    )
  })

  it('names a commitment without a description by what it measures', () => {
    const content = { ...CONTENT, commitments: [{ ...CONTENT.commitments[0]!, description: '  ' }] }
    const labels = figureLines(input({ content }), 'en').filter((line) => line.key === 'commitment').map((line) => line.label)
    expect(labels).toEqual(['Time to first contact', 'Time to accept or reject'])
  })

  it('says where the figures come from', () => {
    const p = { rows: 2480, name: 'kontakte.csv', date: '14.04.2027, 10:00', from: '01.01.2027', to: '31.03.2027', zone: 'Europe/Berlin' }
    expect(figureSource(p, 'de')).toBe('2.480 Zeilen aus kontakte.csv, importiert am 14.04.2027, 10:00. Das Quartal reicht vom 01.01.2027 bis 31.03.2027 (Europe/Berlin); spätere Ereignisse zählen bis zum Import.')
    expect(figureSource({ ...p, rows: 1 }, 'en')).toMatch(/^1 row of kontakte\.csv, imported on/)
  })
})

describe('the definitions of the CRM figures', () => {
  const terms = (language: Language, overrides: Partial<FigureLineInput> = {}) => figureDefinitions(input(overrides), language).map((d) => d.term)
  const text = (language: Language, term: string, overrides: Partial<FigureLineInput> = {}) =>
    plain(figureDefinitions(input(overrides), language).find((d) => d.term === term)?.text ?? '')

  it('defines each kind of figure shown, once', () => {
    expect(terms('en')).toEqual([
      'MQLs, SQLs and customers',
      'Revenue',
      'Lead → MQL, MQL → SQL, SQL → customer',
      'Response time',
      'Median and p90',
      'Share within a commitment',
      'Stuck leads',
      'Rejected by sales',
      'Where the MQLs stand now'
    ])
    expect(terms('de')).toHaveLength(9)
    // Only the counts and the MQL → SQL cohort are measured without the other columns.
    expect(terms('de', { mapped: ['id', 'becameMql'], figures: { ...FIGURES, rejections: { ...FIGURES.rejections, rejected: 0 }, stages: [{ stage: null, count: 412 }] } })).toEqual([
      'MQLs, SQLs und Kunden'
    ])
  })

  it('says the period’s time zone, the SLA’s clock with its federal state, and how long a committed day is', () => {
    expect(text('de', 'MQLs, SQLs und Kunden')).toContain('gelesen in der Zeitzone Europe/Berlin')
    expect(text('de', 'Reaktionszeit')).toContain('gezählt in Geschäftsstunden: Mo–Fr, 08:00–17:00 Uhr (Europe/Berlin), nicht an Feiertagen in Bayern.')
    expect(text('en', 'Response time')).toContain('counted in business hours: Mon–Fri, 08:00–17:00 (Europe/Berlin), not on public holidays in Bavaria.')
    expect(text('de', 'Anteil innerhalb einer Zusage')).toContain('ein zugesagter Tag zählt als ein Geschäftstag mit 9 Geschäftsstunden.')
    expect(text('en', 'Median and p90')).toContain('at least 90% of the measured MQLs')
    expect(text('de', 'Median und p90')).toContain('mindestens 90 % der gemessenen MQLs')
    expect(text('en', 'Stuck leads')).toContain('more than 7 days (the stuck-lead rule of step 2) before the import')
    expect(text('de', 'Vom Vertrieb abgelehnt')).toContain('die 20 häufigsten Gründe')

    const calendar = { figures: { ...FIGURES, clockMode: 'calendar' as const }, content: { ...CONTENT, governance: {} } }
    expect(text('en', 'Response time', calendar)).toContain('counted in calendar hours, around the clock, weekends and public holidays included.')
    expect(text('de', 'Anteil innerhalb einer Zusage', calendar)).toContain('ein zugesagter Tag zählt 24 Stunden.')
    const nationwide = { content: { ...CONTENT, governance: { clock: { ...BUSINESS_CLOCK, holidayRegion: 'BUND' as const } } } }
    expect(text('de', 'Reaktionszeit', nationwide)).toContain('nicht an bundesweiten Feiertagen')
  })
})

describe('the catalogue of the CRM figures’ words', () => {
  type Node = string | ((...args: never[]) => string) | { [key: string]: Node }

  /** Every text's path, and for a text with blanks how many it has. */
  function shape(node: Node, path = ''): Map<string, string> {
    const found = new Map<string, string>()
    if (typeof node === 'string') found.set(path, 'text')
    else if (typeof node === 'function') found.set(path, `blanks ${node.length}`)
    else for (const [key, child] of Object.entries(node)) for (const [p, kind] of shape(child, path ? `${path}.${key}` : key)) found.set(p, kind)
    return found
  }

  function strings(node: Node): string[] {
    if (typeof node === 'string') return [node]
    if (typeof node === 'function') return []
    return Object.values(node).flatMap(strings)
  }

  it('has the same texts, with the same blanks, in German and English, none of them empty', () => {
    const en = CRM_FIGURE_TEXTS.en as unknown as Node
    const de = CRM_FIGURE_TEXTS.de as unknown as Node
    expect([...shape(de)].sort()).toEqual([...shape(en)].sort())
    for (const text of [...strings(en), ...strings(de)]) expect(text.trim()).not.toBe('')
  })

  it('is German in German: the sentences differ from the English ones', () => {
    const en = strings(CRM_FIGURE_TEXTS.en as unknown as Node)
    const de = strings(CRM_FIGURE_TEXTS.de as unknown as Node)
    // Names that are the same in both languages: ID, MQLs, SQLs, Lead → MQL, MQL → SQL.
    const same = de.filter((text, at) => text === en[at])
    expect(same).toEqual(['ID', 'MQLs', 'MQLs', 'SQLs', 'Lead → MQL', 'MQL → SQL'])
  })
})
