import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportReviewReportDocx } from '../../../shared/docx/index'
import { shortFingerprint } from '../../../shared/domain/sla-fingerprint'
import { numberedHeadings, part, parts, textOf, wellFormed } from './docx-test-support'
import { crmImport, IDS, PERIOD, reviewReportInput, reviewedContent } from './review-fixtures'

/**
 * The quarterly review report (SPEC §5, §6), opened again: unzipped, read and its XML checked.
 * Runs with npm's packages alone (the XML is parsed with saxes).
 */
const work = mkdtempSync(join(tmpdir(), 'smarketing-review-report-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Intl writes a no-break space in "110 %" and "300.000 €"; a reader sees a space. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ')

function documentText(bytes: Uint8Array): string {
  return plain(textOf(part(bytes, 'word/document.xml')))
}

/** The table row (as XML) whose text contains `label`. */
function rowWith(bytes: Uint8Array, label: string): string {
  const rows = [...part(bytes, 'word/document.xml').matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0])
  const row = rows.find((xml) => plain(textOf(xml)).includes(label))
  if (!row) throw new Error(`no table row holds "${label}"`)
  return row
}

function frameText(bytes: Uint8Array, kind: 'header' | 'footer'): string {
  return Object.keys(parts(bytes))
    .filter((name) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(name))
    .map((name) => plain(textOf(part(bytes, name))))
    .join(' | ')
}

const EXPECTED = {
  de: {
    words: ['Quartalsreview – Bericht', 'Datum des Reviews', '12. April 2027', 'Version 2, unterschrieben am 15. Januar 2027', 'Abgeschlossen am 12. April 2027', 'Ist-Wert', 'Zielerreichung', 'Gast', 'neu aus diesem Review', 'Notiz: Zwei große Abschlüsse sind in den April gerutscht.', 'Der Vertrieb stellt einen zweiten SDR für eingehende Leads ein.', 'SDR-Team zur 48-Stunden-Regel schulen (2027-Q1)'],
    overall: 'Zielerreichung: 3 von 12 Punkten erreicht · 2 knapp verfehlt · 2 verfehlt · 5 nicht gemessen',
    rows: [
      { label: 'An den Vertrieb übergebene MQLs', cells: ['pro Quartal', '300 MQLs', '330 MQLs', '110 %', 'erreicht'], fill: 'C6EFCE' },
      { label: 'SQLs', cells: ['120 SQLs', '108 SQLs', '90 %', 'knapp verfehlt'], fill: 'FFEB9C' },
      { label: 'Gewonnene Kunden', cells: ['30 Kunden', '12 Kunden', '40 %', 'verfehlt'], fill: 'FFC7CE' },
      { label: 'Umsatz aus Marketing-Leads', cells: ['300.000 €', '255.000 €', '85 %', 'knapp verfehlt'], fill: 'FFEB9C' },
      { label: 'Bearbeitete Leads je Vertriebsmitarbeiter', cells: ['165 MQLs', 'nicht gemessen', '—', 'nicht gemessen'], fill: 'EDEDED' },
      { label: 'erstmals innerhalb von', cells: ['höchstens 24 Stunden', '12 Stunden', '200 %', 'erreicht'], fill: 'C6EFCE' },
      { label: 'mit Grund', cells: ['höchstens 48 Stunden', '96 Stunden', '50 %', 'verfehlt', 'Notiz: Rückstau während der Messe'], fill: 'FFC7CE' },
      { label: 'Kontaktversuche', cells: ['mindestens 6 Versuche', 'nicht gemessen', 'nicht gemessen'], fill: 'EDEDED' }
    ]
  },
  en: {
    words: ['Quarterly review report', 'Date of the review', '12 April 2027', 'Version 2, signed on 15 January 2027', 'Closed on 12 April 2027', 'Actual', 'Attainment', 'Guest', 'added in this review', 'Note: Two large deals slipped into April.', 'Sales hires a second SDR for inbound leads.', 'Re-train the SDR team on the 48-hour rule (2027-Q1)'],
    overall: 'Attainment: 3 of 12 items met · 2 nearly met · 2 missed · 5 not measured',
    rows: [
      { label: 'MQLs handed to sales', cells: ['per quarter', '300 MQLs', '330 MQLs', '110%', 'met'], fill: 'C6EFCE' },
      { label: 'SQLs', cells: ['120 SQLs', '108 SQLs', '90%', 'nearly met'], fill: 'FFEB9C' },
      { label: 'Customers won', cells: ['30 customers', '12 customers', '40%', 'missed'], fill: 'FFC7CE' },
      { label: 'Revenue from marketing-sourced leads', cells: ['€300,000', '€255,000', '85%', 'nearly met'], fill: 'FFEB9C' },
      { label: 'Leads worked per sales rep', cells: ['165 MQLs', 'not measured', '—', 'not measured'], fill: 'EDEDED' },
      { label: 'for the first time within', cells: ['at most 24 hours', '12 hours', '200%', 'met'], fill: 'C6EFCE' },
      { label: 'with a reason', cells: ['at most 48 hours', '96 hours', '50%', 'missed', 'Note: Backlog during the trade fair'], fill: 'FFC7CE' },
      { label: 'Contact attempts per MQL', cells: ['at least 6 attempts', 'not measured', 'not measured'], fill: 'EDEDED' }
    ]
  }
} as const

describe('the review report as a Word file', () => {
  it.each(['de', 'en'] as const)('(%s) holds the period, attendees, decisions, actions and the fingerprint of the SLA reviewed', async (language) => {
    const input = await reviewReportInput(language)
    const text = documentText(await exportReviewReportDocx(input))
    const short = shortFingerprint(input.version.fingerprint ?? '')
    expect(short).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
    for (const words of [...EXPECTED[language].words, PERIOD, short, 'Müller Maschinenbau GmbH · DACH', 'Anna Marketing', 'Bernd Vertrieb', 'Dora Daten (Sales Operations)']) {
      expect(text).toContain(words)
    }
    // Clara was not there, and the blank guest is left out.
    expect(text).not.toContain('Clara Chef')
  })

  it.each(['de', 'en'] as const)('(%s) shows target, actual, attainment and a shaded status that names itself for every item', async (language) => {
    const bytes = await exportReviewReportDocx(await reviewReportInput(language))
    for (const { label, cells, fill } of EXPECTED[language].rows) {
      const row = rowWith(bytes, label)
      const text = plain(textOf(row))
      for (const cell of cells) expect(text, label).toContain(cell)
      expect(row, label).toContain(`w:fill="${fill}"`)
    }
    expect(documentText(bytes)).toContain(EXPECTED[language].overall)
  })

  it('never shows a missing actual as 0', async () => {
    const bytes = await exportReviewReportDocx(await reviewReportInput('en'))
    for (const label of ['Leads worked per sales rep', 'Conversion rate MQL → SQL', 'Contact attempts per MQL', 'Feedback round on lead quality']) {
      const cells = [...rowWith(bytes, label).matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => plain(textOf(m[0])).trim())
      expect(cells.slice(-3), label).toEqual(['not measured', '—', 'not measured'])
      expect(cells.some((cell) => /^0\s*%?$/.test(cell)), label).toBe(false)
    }
  })

  it('numbers its sections and groups targets and commitments', async () => {
    const bytes = await exportReviewReportDocx(await reviewReportInput('en'))
    expect(numberedHeadings(bytes, 'Heading1')).toEqual(['1 Attendees', '2 Targets and commitments', '3 Calculator with the real rates', '4 Decisions', '5 Action plan', '6 Sign-off'])
    expect(numberedHeadings(bytes, 'Heading2')).toEqual(['2.1 Targets', '2.2 Commitments'])
  })

  it('sets the actual conversion rates beside the planned ones, with the counts at both', async () => {
    const bytes = await exportReviewReportDocx(await reviewReportInput('en'))
    const rows = [...part(bytes, 'word/document.xml').matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) => plain(textOf(c[0])).trim()))
    const cells = (label: string) => rows.find((row) => row[0] === label)
    expect(cells('Lead → MQL')).toEqual(['Lead → MQL', '20%', '15%'])
    expect(cells('MQL → SQL')).toEqual(['MQL → SQL', '40%', '35%'])
    expect(cells('Visit → lead')).toEqual(['Visit → lead', '2%', 'not measured'])
    // Planned: 30 customers ÷ 25 % = 120 SQLs ÷ 40 % = 300 MQLs ÷ 20 % = 1,500 leads ÷ 2 % = 75,000 visits.
    // Actual: 120 SQLs ÷ 35 % = 342.9 → 343 MQLs; ÷ 15 % = 2,285.7 → 2,286 leads; ÷ 2 % → 114,286 visits.
    expect(cells('Customers')).toEqual(['Customers', '30', '30'])
    expect(cells('MQLs per sales rep')).toEqual(['MQLs per sales rep', '75', '86'])
    expect(cells('Website visits')).toEqual(['Website visits', '75,000', '114,286'])
    expect(documentText(bytes)).toMatch(/Leads 1,500 2,286/)
    expect(documentText(bytes)).toMatch(/MQLs 300 343/)
  })

  it('keeps the calculator’s note with its table: “counts are rounded up” never starts a page alone', async () => {
    const xml = part(await exportReviewReportDocx(await reviewReportInput('en')), 'word/document.xml')
    const at = xml.indexOf('Counts are rounded up')
    const table = xml.slice(xml.lastIndexOf('<w:tbl>', at), at)
    const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows.at(-1)).toContain('<w:keepNext/>')
    // Between the table and the note only the spacer, which keeps with the note.
    expect(table.slice(table.lastIndexOf('</w:tbl>'))).toMatch(/^<\/w:tbl><w:p><w:pPr><w:pStyle w:val="Note"\/><w:keepNext\/><\/w:pPr><\/w:p><w:p><w:pPr><w:pStyle w:val="Note"\/><\/w:pPr><w:r><w:t xml:space="preserve">$/)
  })

  it('leaves the calculator out when no actual rate was entered', async () => {
    const bytes = await exportReviewReportDocx(await reviewReportInput('de', { actualRates: { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null } }))
    expect(numberedHeadings(bytes, 'Heading1')).toEqual(['1 Teilnehmende', '2 Ziele und Zusagen', '3 Entscheidungen', '4 Maßnahmenplan', '5 Freigabe'])
    expect(documentText(bytes)).not.toContain('Rechner mit den echten Raten')
  })

  it('lists the actions added in this review first and marks them', async () => {
    const bytes = await exportReviewReportDocx(await reviewReportInput('en'))
    const xml = part(bytes, 'word/document.xml')
    const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => textOf(t).includes('Due'))
    const rows = [...(table ?? '').matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => plain(textOf(m[0])).trim())
    expect(rows).toHaveLength(5)
    expect(rows[1]).toMatch(/^Re-train the SDR team on the 48-hour rule \(2027-Q1\) added in this review Bernd Vertrieb Sales 15 May 2027 Open$/)
    expect(rows.slice(2).every((row) => !row.includes('added in this review'))).toBe(true)
    expect(rowWith(bytes, 'Re-train the SDR team')).toMatch(/<w:b\/>.*Re-train/)
  })

  it.each([
    ['de', 'Seit dem Review 2026-Q4: damals 1 von 12 erreicht, jetzt 3 von 12.', '2026-Q4: 240 MQLs', 'Nächstes Review', '12. Juli 2027', 'überfällig seit 31. März 2027'],
    ['en', 'Since the review of 2026-Q4: 1 of 12 met then, 3 of 12 now.', '2026-Q4: 240 MQLs', 'Next review', '12 July 2027', 'overdue since 31 March 2027']
  ] as const)('(%s) compares with the previous review, names the next date and marks overdue actions', async (language, since, before, nextLabel, next, overdue) => {
    const input = await reviewReportInput(language)
    const previous = { ...input.review, id: 'r0', period: '2026-Q4', date: '2027-01-12', actuals: { [IDS.mqls]: { value: 240, note: '' }, [IDS.firstContact]: { value: 12, note: '' } } }
    const bytes = await exportReviewReportDocx({ ...input, previous: { review: previous, content: input.content }, nextReviewDate: '2027-07-12' })
    const text = documentText(bytes)
    expect(text).toContain(since)
    expect(plain(textOf(rowWith(bytes, language === 'de' ? 'An den Vertrieb übergebene MQLs' : 'MQLs handed to sales')))).toContain(before)
    expect(text).toContain(`${nextLabel} ${next}`)
    // Due 31 March, reviewed 12 April: the open and the running action are overdue, the done one is not.
    expect(text.split(overdue)).toHaveLength(3)
  })

  it('says when no next review is planned and leaves the comparison out for the first review', async () => {
    const text = documentText(await exportReviewReportDocx({ ...(await reviewReportInput('de')), previous: null, nextReviewDate: null }))
    expect(text).toContain('Nächstes Review noch keines geplant')
    expect(text).not.toContain('Seit dem Review')
  })

  it('ends with sign-off lines for the signatories of the reviewed version', async () => {
    const input = await reviewReportInput('de')
    const xml = part(await exportReviewReportDocx(input), 'word/document.xml')
    const signOff = xml.slice(xml.lastIndexOf('Freigabe'))
    for (const signatory of input.content.parties.signatories) expect(plain(textOf(signOff))).toContain(signatory.name)
    expect(plain(textOf(signOff))).toContain('Ort und Datum')
    expect(signOff).toMatch(/<w:trHeight w:val="\d+" w:hRule="atLeast"\/>/)
  })

  it('says what is missing in an open review with nothing entered yet', async () => {
    const input = await reviewReportInput('en', {
      state: 'open',
      closedAt: null,
      attendeeIds: [],
      guests: [],
      actuals: {},
      decisions: ' \n ',
      actualRates: { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null }
    })
    const text = documentText(await exportReviewReportDocx({ ...input, actions: [] }))
    for (const words of ['Open', 'This review is still open', 'No attendees have been recorded.', 'Attainment: 0 of 12 items met · 0 nearly met · 0 missed · 12 not measured', 'No decisions have been recorded.', 'The action plan is empty.']) {
      expect(text).toContain(words)
    }
    expect(text).not.toMatch(/\b0%/)
  })

  it('pro-rates a yearly target, triples a monthly one, and names an actual without a target value', async () => {
    for (const [language, yearly, monthly, noTarget, summary] of [
      ['en', 'yearly target pro-rated: 1/4 of 1,200 MQLs', 'monthly target ×3: 10 customers per month', 'no target value', 'Attainment: 3 of 12 items met · 1 nearly met · 2 missed · 5 not measured · 1 without a target value'],
      ['de', 'Jahresziel anteilig: 1/4 von 1.200 MQLs', 'Monatsziel ×3: 10 Kunden pro Monat', 'kein Zielwert', 'Zielerreichung: 3 von 12 Punkten erreicht · 1 knapp verfehlt · 2 verfehlt · 5 nicht gemessen · 1 ohne Zielwert']
    ] as const) {
      const input = await reviewReportInput(language)
      const targets = input.content.targets.map((t) =>
        t.id === IDS.mqls ? { ...t, period: 'year' as const, value: 1200 } : t.id === IDS.customers ? { ...t, period: 'month' as const, value: 10 } : t.id === IDS.sqls ? { ...t, value: null } : t
      )
      const bytes = await exportReviewReportDocx({ ...input, content: { ...input.content, targets } })
      // 330 MQLs in the quarter against 1,200 a year: 300 this quarter, 110 %, met — not 27.5 %.
      const mqls = plain(textOf(rowWith(bytes, yearly)))
      expect(mqls).toContain('300')
      expect(mqls).toContain(language === 'en' ? '110%' : '110 %')
      // 12 customers against 10 a month: 30 this quarter, 40 %.
      expect(plain(textOf(rowWith(bytes, monthly)))).toContain(language === 'en' ? '40%' : '40 %')
      expect(plain(textOf(rowWith(bytes, language === 'en' ? 'SQLs' : 'SQLs')))).toContain(noTarget)
      expect(documentText(bytes)).toContain(summary)
    }
  })

  it('reports in the language of the reviewed SLA', async () => {
    const input = await reviewReportInput('en')
    const text = documentText(await exportReviewReportDocx({ ...input, content: reviewedContent('de') }))
    expect(text).toContain('Quartalsreview – Bericht')
    expect(text).not.toContain('Quarterly review report')
  })

  it('has organisation and period in the header on every page, and version, page X of Y and fingerprint in the footer', async () => {
    const input = await reviewReportInput('de')
    const bytes = await exportReviewReportDocx(input)
    expect(frameText(bytes, 'header')).toContain('Müller Maschinenbau GmbH')
    expect(frameText(bytes, 'header')).toContain('Quartalsreview 2027-Q1 – Bericht')
    const footer = frameText(bytes, 'footer')
    expect(footer).toContain('Review 2027-Q1 · SLA-Version 2')
    expect(footer).toContain(`Fingerabdruck ${shortFingerprint(input.version.fingerprint ?? '')}`)
    expect(footer).toMatch(/Seite\s+von/)
    const document = part(bytes, 'word/document.xml')
    // No title page: the first page has the header and footer too.
    expect(document).not.toContain('<w:titlePg/>')
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
  })

  it('keeps the short results tables on one page: every row but the last keeps with the next', async () => {
    const bytes = await exportReviewReportDocx(await reviewReportInput('en'))
    const xml = part(bytes, 'word/document.xml')
    const commitments = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => textOf(t).includes('Service level'))
    const rows = [...(commitments ?? '').matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows).toHaveLength(7)
    for (const row of rows.slice(1, -1)) expect(row).toContain('<w:keepNext/>')
    expect(rows.at(-1)).not.toContain('<w:keepNext/>')
  })

  it('is well-formed, also with text XML forbids and absurd numbers', async () => {
    const hostile = 'a\u0000b\uFFFF \uD800 <&> 😀 שלום'
    const base = await reviewReportInput('de')
    const withHostile = {
      ...base,
      review: {
        ...base.review,
        period: `2027-Q1${hostile}`,
        guests: [hostile],
        decisions: `${hostile}\r\n${hostile}`,
        // Absurd numbers too: what JSON or a bad import could bring.
        actuals: {
          ...base.review.actuals,
          [IDS.mqls]: { value: 330, note: hostile },
          [IDS.perRep]: { value: Number.NaN, note: '' },
          [IDS.customers]: { value: -5, note: '' },
          [IDS.revenue]: { value: 1e21, note: '' },
          [IDS.firstContact]: { value: 0, note: '' },
          [IDS.acceptReject]: { value: Number.POSITIVE_INFINITY, note: '' }
        }
      },
      participants: base.participants.map((p) => ({ ...p, role: hostile })),
      actions: [{ title: hostile, owner: hostile, team: 'sales' as const, due: hostile, state: 'open' as const }]
    }
    const files: string[] = []
    const documents: string[] = []
    for (const [name, input] of [['de', base], ['en', await reviewReportInput('en')], ['hostile', withHostile]] as const) {
      const bytes = await exportReviewReportDocx(input)
      for (const [partName, data] of Object.entries(parts(bytes))) {
        if (!/\.(xml|rels)$/.test(partName)) continue
        const file = join(work, `${name}-${partName.replace(/[/[\]]/g, '_')}`)
        writeFileSync(file, data)
        files.push(file)
        if (partName === 'word/document.xml') documents.push(file)
      }
      if (name === 'hostile') expect(documentText(bytes)).toContain('Notiz: ab <&> 😀 שלום')
    }
    expect(documents).toHaveLength(3)
    expect(wellFormed(files).failures).toEqual([])
  })
})

describe('the figures from the CRM export in the review report', () => {
  /** The table rows of the document as their cells' texts. */
  function tableRows(bytes: Uint8Array): string[][] {
    return [...part(bytes, 'word/document.xml').matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) => plain(textOf(c[0])).trim()))
  }

  const EXPECTED_CRM = {
    de: {
      title: 'Kennzahlen aus dem CRM-Export',
      source:
        '2.480 Zeilen aus hubspot-kontakte-q1.csv, importiert am 14. April 2027, 10:00 Uhr. Das Quartal reicht vom 1. Januar 2027 bis 31. März 2027 (Europe/Berlin); spätere Ereignisse zählen bis zum Import.',
      rows: [
        ['MQLs', '412', 'im Quartal zum MQL geworden'],
        ['Umsatz', '1.234.567,50 €', 'Summe der Dealwerte von 28 Kunden; 2 ohne Betrag'],
        ['Zeit bis zum ersten Kontakt', 'Median 6,5 Geschäftsstunden · p90 26,3 Geschäftsstunden', 'Median über 370 von 412 MQLs, davon 37 nie kontaktiert; 5 nicht berücksichtigt: Kontakt vor dem MQL-Datum'],
        ['Der Vertrieb kontaktiert einen neuen MQL erstmals innerhalb von', '81,8 %', '333 von 407 MQLs innerhalb von 24 Geschäftsstunden; 90 % der kontaktierten'],
        ['Hängende Leads', '12', 'von 412 MQLs: mehr als 7 Tage vor dem Import zum MQL geworden, ohne Kontakt, SQL- oder Kundendatum'],
        ['Kein Budget', '25'],
        ['weitere Gründe', '5'],
        ['keine Stufe', '9']
      ],
      definitions: [
        'So werden die Kennzahlen berechnet',
        'MQLs, SQLs und Kunden: Die Kontakte oder Leads, die im Quartal zum MQL, SQL oder Kunden wurden',
        'gezählt in Geschäftsstunden: Mo–Fr, 08:00–17:00 Uhr (Europe/Berlin), nicht an bundesweiten Feiertagen.',
        'Median und p90: Der Median ist die mittlere der gemessenen Reaktionszeiten',
        'ein zugesagter Tag zählt als ein Geschäftstag mit 9 Geschäftsstunden.',
        'Hängende Leads: MQLs des Quartals ohne ersten Kontakt'
      ]
    },
    en: {
      title: 'Figures from the CRM export',
      source:
        '2,480 rows of hubspot-kontakte-q1.csv, imported on 14 April 2027, 10:00. The quarter runs from 1 January 2027 to 31 March 2027 (Europe/Berlin); later events count up to the import.',
      rows: [
        ['MQL → SQL', '25%', '103 of 412 MQLs of the quarter became SQL by the import'],
        ['Time to accept or reject', 'median 30 business hours · p90 70 business hours', 'median over 412 MQLs'],
        ['Sales accepts or rejects an MQL (with a reason) within', '72.8%', '300 of 412 MQLs within 45 business hours; 72.8% of those decided'],
        ['Rejected by sales', '40', '40 of 412 MQLs with a reason for rejection'],
        ['Reason for rejection', 'MQLs'],
        ['Falscher Ansprechpartner', '10']
      ],
      definitions: [
        'How the figures are computed',
        'Response time: The time from becoming MQL to the first contact',
        'Share within a commitment: The MQLs whose response time is at most the committed time',
        'Rejected by sales: MQLs of the quarter for which the export gives a reason for rejection'
      ]
    }
  } as const

  it.each(['de', 'en'] as const)('(%s) states the file, when it was imported, the period and time zone, each figure with its value and basis, and the definitions', async (language) => {
    const expected = EXPECTED_CRM[language]
    const bytes = await exportReviewReportDocx(await reviewReportInput(language, { crm: crmImport() }))
    const text = documentText(bytes)
    for (const words of [expected.title, expected.source, ...expected.definitions]) expect(text).toContain(words)
    const rows = tableRows(bytes)
    for (const row of expected.rows) expect(rows).toContainEqual(row)
    // Between the calculator and the decisions.
    const headings = numberedHeadings(bytes, 'Heading1')
    expect(headings.indexOf(`4 ${expected.title}`)).toBe(3)
  })

  it('stays well-formed with what a hostile export could bring: forbidden characters, right-to-left text, emoji', async () => {
    const hostile = 'a\u0000b\uFFFF \uD800 <&> 😀 שלום'
    const kept = crmImport()
    const crm = {
      ...kept,
      fileName: `${hostile}.csv`,
      figures: { ...kept.figures, rejections: { ...kept.figures.rejections, reasons: [{ reason: hostile, count: 40 }], otherReasons: 0 }, stages: [{ stage: hostile, count: 412 }] }
    }
    const bytes = await exportReviewReportDocx(await reviewReportInput('de', { crm }))
    const file = join(work, 'crm-hostile-document.xml')
    writeFileSync(file, part(bytes, 'word/document.xml'))
    expect(wellFormed([file]).failures).toEqual([])
    expect(tableRows(bytes)).toContainEqual(['ab <&> 😀 שלום', '40'])
  })

  it('marks the actuals filled from the export beneath their value, and no other', async () => {
    const base = (await reviewReportInput('de')).review
    const actuals = { ...base.actuals, [IDS.mqls]: { ...base.actuals[IDS.mqls]!, fromCrm: true } }
    const rows = tableRows(await exportReviewReportDocx(await reviewReportInput('de', { crm: crmImport(), actuals })))
    const marked = rows.filter((row) => row.some((cell) => cell.includes('aus dem CRM-Export')))
    expect(marked).toHaveLength(1)
    expect(marked[0]!.some((cell) => cell.startsWith('330'))).toBe(true)
    // Without the import's figures kept, the mark would point at nothing: it is not printed.
    const without = tableRows(await exportReviewReportDocx(await reviewReportInput('de', { crm: null, actuals })))
    expect(without.flat().some((cell) => cell.includes('aus dem CRM-Export'))).toBe(false)
  })

  it('adds nothing to a review without an import', async () => {
    for (const language of ['de', 'en'] as const) {
      const text = documentText(await exportReviewReportDocx(await reviewReportInput(language)))
      for (const words of [EXPECTED_CRM[language].title, EXPECTED_CRM[language].definitions[0], 'hubspot']) expect(text).not.toContain(words)
    }
    const bytes = await exportReviewReportDocx(await reviewReportInput('en', { crm: null }))
    expect(numberedHeadings(bytes, 'Heading1')).toEqual(['1 Attendees', '2 Targets and commitments', '3 Calculator with the real rates', '4 Decisions', '5 Action plan', '6 Sign-off'])
  })
})
