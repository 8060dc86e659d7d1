import { describe, expect, it } from 'vitest'
import { exportMinutesDocx, exportSlaDocx } from '../../../shared/docx/index'
import { slaFingerprint, shortFingerprint } from '../../../shared/domain/sla-fingerprint'
import type { OpenItem, SlaContent } from '../../../shared/domain/sla'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { sealGroups } from '../../../shared/domain/sla-seal'
import { defaultClockSettings } from '../../../shared/domain/sla-clock'
import { draftSlaInput, finishedWorkshop, minutesInput, signedSlaInput, slaContent } from './docx-fixtures'
import { numberedHeadings, part, parts, textOf } from './docx-test-support'

/** Every header and footer part of a package, as text. */
function frameText(bytes: Uint8Array, kind: 'header' | 'footer'): string {
  return Object.keys(parts(bytes))
    .filter((name) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(name))
    .map((name) => textOf(part(bytes, name)))
    .join(' | ')
}

describe('the signed SLA as a Word file', () => {
  it.each(['de', 'en'] as const)('(%s) holds the agreement, its signatures and its fingerprint', async (language) => {
    const input = await signedSlaInput(language)
    const bytes = await exportSlaDocx(input)
    const text = textOf(part(bytes, 'word/document.xml'))
    const short = shortFingerprint(input.version.fingerprint ?? '')
    const expected = {
      de: ['Service Level Agreement', 'zwischen Marketing und Vertrieb', 'Inhalt', 'Beteiligte und Zweck', 'Begriffsbestimmungen', 'Verantwortlichkeiten', 'Zusagen und Fristen', 'Ziele pro Quartal', 'Berichtswesen und Closed-Loop-Feedback', 'Steuerung', 'Unterschriften', 'Änderungshistorie', 'Unterschrieben', 'höchstens 24 Stunden', 'Branche: Maschinenbau oder Automobilzulieferer', '300.000 €', 'Durch Eingabe des vollständigen Namens unterschrieben', '1. Mai 2027'],
      en: ['Service Level Agreement', 'between Marketing and Sales', 'Contents', 'Teams and purpose', 'Definitions', 'Responsibilities', 'Commitments and timings', 'Targets per quarter', 'Reporting and closed-loop feedback', 'Governance', 'Signatures', 'Amendment history', 'Signed', 'at most 24 hours', 'Industry: mechanical engineering or automotive supplier', '€300,000', 'Signed by typing the full name', '1 May 2027']
    }[language]
    for (const words of [...expected, 'Müller Maschinenbau GmbH', 'Anna Marketing', 'Bernd Vertrieb', short]) {
      expect(text.replace(/\u00A0/g, ' ')).toContain(words)
    }
    expect(text).not.toMatch(/DRAFT|ENTWURF/)
    expect(Object.keys(parts(bytes)).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true)
  })

  it('numbers the sections in the order of SPEC §6 and lists them in the contents with links', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const xml = part(bytes, 'word/document.xml')
    // Word's own numbering, linked to the heading styles: the heading paragraphs hold only their titles.
    const titles = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) => textOf(m[0]).trim())
    expect(titles[0]).toBe('Teams and purpose')
    expect(numberedHeadings(bytes, 'Heading2').slice(0, 3)).toEqual(['1.1 Shared goal', '1.2 Scope', '1.3 Signatories'])
    expect(numberedHeadings(bytes, 'Heading1')).toEqual([
      '1 Teams and purpose',
      '2 Definitions',
      '3 Responsibilities',
      '4 Commitments and timings',
      '5 Targets',
      '6 Reporting and closed-loop feedback',
      '7 Governance',
      '8 Signatures',
      '9 Amendment history'
    ])
    // A real TOC field, its result already filled with one hyperlinked entry per heading.
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/)
    const entries = [...xml.matchAll(/<w:pStyle w:val="TOC([12])"\/>.*?<w:hyperlink[^>]*w:anchor="([^"]+)"/g)]
    expect(entries.length).toBeGreaterThanOrEqual(25)
    // Each entry starts with its heading's number, as Word writes the entries.
    const entryTexts = [...xml.matchAll(/<w:pStyle w:val="TOC[12]"\/>.*?<\/w:hyperlink>/g)].map((m) => textOf(m[0]).trim())
    expect(entryTexts.slice(0, 4)).toEqual(['1 Teams and purpose', '1.1 Shared goal', '1.2 Scope', '1.3 Signatories'])
    for (const [, , anchor] of entries) expect(xml).toContain(`w:name="${anchor}"`)
    // Page numbers: no \n switch to suppress them, a PAGEREF to each heading, and Word updates the fields on opening.
    expect(xml).not.toMatch(/<w:instrText[^>]*>TOC [^<]*\\n/)
    for (const [, , anchor] of entries) expect(xml).toContain(`PAGEREF ${anchor} \\h`)
    expect(part(bytes, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/)
  })

  it('lists open items only when a version was signed with them', async () => {
    const openItems: OpenItem[] = [
      { code: 'stepNotCompleted', params: { step: 'language' } },
      { code: 'targetWithoutValue', params: { position: 2, metric: 'SQLs', period: 'quarter' } }
    ]
    const input = await signedSlaInput('en')
    const signed = await exportSlaDocx({ ...input, version: { ...input.version, openItems } })
    const text = textOf(part(signed, 'word/document.xml'))
    expect(text).toContain('8 Open items')
    expect(text).toContain('Step 3 Common language is not marked complete.')
    expect(text).toContain('Target “SQLs” (per quarter) has no value.')
    expect(text).toContain('9 Signatures')

    const draft = draftSlaInput('en')
    const unsigned = await exportSlaDocx({ ...draft, version: { ...draft.version, openItems } })
    expect(textOf(part(unsigned, 'word/document.xml'))).not.toContain('Open items')
  })

  it('has the organisation in the header and version, page X of Y and fingerprint in the footer', async () => {
    const input = await signedSlaInput('de')
    const bytes = await exportSlaDocx(input)
    expect(frameText(bytes, 'header')).toContain('Müller Maschinenbau GmbH')
    expect(frameText(bytes, 'header')).toContain('Service Level Agreement Marketing & Vertrieb')
    const footer = frameText(bytes, 'footer')
    expect(footer).toContain('Version 2 · Unterschrieben')
    expect(footer).toContain(`Fingerabdruck ${shortFingerprint(input.version.fingerprint ?? '')}`)
    expect(footer).toMatch(/Seite\s+von/)
    const footerXml = Object.entries(parts(bytes))
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, data]) => Buffer.from(data).toString('utf8'))
      .join('')
    expect(footerXml).toMatch(/>\s*PAGE\s*</)
    expect(footerXml).toMatch(/>\s*NUMPAGES\s*</)
  })

  it('writes every header and footer with at least one paragraph, as the schema asks (the title page’s are empty)', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('de'))
    const frames = Object.keys(parts(bytes)).filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name))
    expect(frames.length).toBeGreaterThanOrEqual(4)
    for (const name of frames) expect(part(bytes, name), name).toMatch(/<w:p[ >]/)
  })

  it('is A4 with real styles: headings with outline levels, TOC 1/2, a table style', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const document = part(bytes, 'word/document.xml')
    const styles = part(bytes, 'word/styles.xml')
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    for (const [id, name] of [['Title', 'Title'], ['Heading1', 'heading 1'], ['Heading2', 'heading 2'], ['TOC1', 'toc 1'], ['TOC2', 'toc 2']]) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"><w:name w:val="${name}"/>`))
    }
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/)
    expect(styles).toMatch(/w:styleId="Heading2">.*?<w:outlineLvl w:val="1"\/>/)
    expect(styles).toContain('<w:docDefaults>')
    expect(styles).toMatch(/<w:style w:type="table" w:customStyle="1" w:styleId="SlaTable">.*<w:tblStylePr w:type="firstRow">/)
    // Every data table: the style, explicit widths filling the text width, a repeated header row.
    const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0])
    const dataTables = tables.filter((table) => table.includes('w:val="SlaTable"'))
    expect(dataTables.length).toBeGreaterThan(10)
    for (const table of dataTables) {
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
      expect(grid.reduce((a, b) => a + b, 0)).toBe(9355)
      expect(table).toContain('<w:tblHeader/>')
    }
  })

  it('carries its data in a custom XML part, registered in the package', async () => {
    const input = await signedSlaInput('en')
    const bytes = await exportSlaDocx(input)
    const item = part(bytes, 'customXml/item1.xml')
    expect(item).toContain('xmlns="urn:smarketing-studio:sla-docx"')
    // Checked without printing the part: it holds the whole agreement.
    expect(item.includes(`"fingerprint":"${input.version.fingerprint}"`)).toBe(true)
    expect(part(bytes, 'customXml/itemProps1.xml')).toContain('ds:schemaRef ds:uri="urn:smarketing-studio:sla-docx"')
    expect(part(bytes, 'customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"')
    expect(part(bytes, 'word/_rels/document.xml.rels')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXml" Target="..\/customXml\/item1.xml"/)
    expect(part(bytes, '[Content_Types].xml')).toContain('PartName="/customXml/itemProps1.xml"')
  })

  it('writes the same bytes for the same input', async () => {
    const input = await signedSlaInput('de')
    const [a, b] = [await exportSlaDocx(input), await exportSlaDocx(input)]
    expect(part(a, 'customXml/item1.xml')).toBe(part(b, 'customXml/item1.xml'))
    expect(textOf(part(a, 'word/document.xml'))).toBe(textOf(part(b, 'word/document.xml')))
  })
})

describe('a draft SLA', () => {
  it.each([
    ['de', 'ENTWURF', 'Entwurf', 'Fingerabdruck: noch nicht unterschrieben'],
    ['en', 'DRAFT', 'Draft', 'Fingerprint: not signed yet']
  ] as const)('(%s) is marked %s on the title page, in the header and the footer', async (language, mark, state, footer) => {
    const bytes = await exportSlaDocx(draftSlaInput(language))
    const text = textOf(part(bytes, 'word/document.xml'))
    expect(text).toContain(mark)
    expect(text).toContain(state)
    expect(frameText(bytes, 'header')).toContain(mark)
    expect(frameText(bytes, 'footer')).toContain(footer)
    // The watermark behind the text (a WordArt shape in the header).
    const headers = Object.entries(parts(bytes)).filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    expect(headers.some(([, data]) => Buffer.from(data).toString('utf8').includes(`string="${mark}"`))).toBe(true)
  })

  it.each([
    ['de', 'Laufzeitbeginn 1. Februar 2027', 'Gültig ab 1. Februar 2027'],
    ['en', 'Term begins 1 February 2027', 'In force from 1 February 2027']
  ] as const)('(%s) is in force from nothing on its title page: it says when the term begins', async (language, termStart, inForce) => {
    const text = textOf(part(await exportSlaDocx(draftSlaInput(language)), 'word/document.xml'))
    expect(text).toContain(termStart)
    expect(text).not.toContain(inForce)
  })

  it('shows each signatory with blank lines to sign on paper, and management’s approval line', async () => {
    const bytes = await exportSlaDocx(draftSlaInput('en'))
    const xml = part(bytes, 'word/document.xml')
    const text = textOf(xml)
    expect(text).toContain('Anna Marketing')
    expect(text).not.toContain('Place and date: not signed yet')
    // Two signatories and the approval: a ruled "Place, date" line each, written on by hand.
    expect(text.match(/Place, date/g)).toHaveLength(3)
    expect(text).toContain('Approved by management, which decides where marketing and sales cannot agree (escalation):')
    expect(text).toMatch(/Name, role .*Signature/)
  })

  it.each(['de', 'en'] as const)('(%s) shows a signature already given on a draft, and blank lines for the others', async (language) => {
    const signed = await signedSlaInput(language)
    const draft = { ...draftSlaInput(language), signatures: signed.signatures.slice(0, 1) }
    const text = textOf(part(await exportSlaDocx(draft), 'word/document.xml'))
    // Place, date and time under the name, as written under a signature on paper.
    expect(text).toContain(language === 'de' ? 'Hamburg, 15. Januar 2027, 16:45 Uhr' : 'Hamburg, 15 January 2027, 16:45')
    expect(text.match(language === 'de' ? /Ort, Datum/g : /Place, date/g)).toHaveLength(2)
  })

  it('prints the seal right under the signatures it covers, before management’s approval on paper', async () => {
    const input = await signedSlaInput('en')
    const text = textOf(part(await exportSlaDocx(input), 'word/document.xml'))
    const signatures = text.lastIndexOf('Head of sales · Sales')
    const seal = text.indexOf('Seal of this version: SHA-256 over its content, its version number and every signature above')
    const digits = text.indexOf(sealGroups(input.version.seal ?? '')[0] ?? '-')
    const approval = text.indexOf('Approved by management')
    expect(signatures).toBeGreaterThan(0)
    expect([signatures < seal, seal < digits, digits < approval]).toEqual([true, true, true])
  })

  it('keeps management’s approval in one piece: its first row keeps with “Place, date”', async () => {
    const xml = part(await exportSlaDocx(draftSlaInput('en')), 'word/document.xml')
    const approval = xml.slice(xml.indexOf('Approved by management'))
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(approval)?.[0] ?? ''
    const [first, second] = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0])
    expect(textOf(first ?? '')).toMatch(/Name, role .*Signature/)
    for (const cell of (first ?? '').match(/<w:tc>.*?<\/w:tc>/g) ?? []) expect(cell).toContain('<w:keepNext/>')
    expect(textOf(second ?? '')).toContain('Place, date')
  })

  it('leaves out management’s approval line when someone from management signs', async () => {
    const content = slaContent('en')
    content.parties.signatories = [...content.parties.signatories, { participantId: 'p9', name: 'Eva Geschäftsführerin', role: 'CEO', team: 'management' }]
    const text = textOf(part(await exportSlaDocx(draftSlaInput('en', content)), 'word/document.xml'))
    expect(text).toContain('Eva Geschäftsführerin')
    expect(text).not.toContain('Approved by management')
  })
})

describe('the workshop minutes', () => {
  it.each(['de', 'en'] as const)('(%s) record everything captured in the five steps', async (language) => {
    const bytes = await exportMinutesDocx(minutesInput(language))
    const text = textOf(part(bytes, 'word/document.xml'))
    const expected = {
      de: ['Workshop-Protokoll', 'Teilnehmende', 'Agenda', 'Schritt 1 Bewusstsein schaffen', 'Reibungspunkte', 'Stimmen', 'Geben & Nehmen', 'Gemeinsames Ziel', 'Schritt 2 Closed-Loop-Reporting', 'Lead-Lebenszyklus', 'Berichte', 'Ablehnungsgründe', 'Schritt 3 Gemeinsame Sprache', 'MQL', 'Glossar', 'Schritt 4 Service Level Agreement', 'Verantwortlichkeiten', 'Zusagen', 'Ziele', 'Schritt 5 Dranbleiben', 'Maßnahmenplan', 'Bedenken', 'Themenspeicher', 'Marketing macht nur schöne Bilder', 'Gesamt', 'Kaffeepause', 'Mittagspause', '09:00–10:00', '6 Std.', 'Von 09:00 bis 15:00 Uhr.'],
      en: ['Workshop minutes', 'Participants', 'Agenda', 'Step 1 Create awareness', 'Friction check', 'Voices', 'Gives & gets', 'Shared goal', 'Step 2 Closed-loop reporting', 'Lead lifecycle', 'Reports', 'Rejection reasons', 'Step 3 Common language', 'MQL', 'Glossary', 'Step 4 Service Level Agreement', 'Responsibilities', 'Commitments', 'Targets', 'Step 5 Keep at it', 'Action plan', 'Concerns', 'Parking lot', 'Marketing only makes pretty pictures', 'Total', 'Coffee break', 'Lunch', '09:00–10:00', '6 hrs', 'From 09:00 to 15:00.']
    }[language]
    for (const words of [...expected, 'Anna Marketing', 'Eva Moderatorin']) expect(text).toContain(words)
  })

  it('are not numbered: their heading styles carry no list, their headings only their titles', async () => {
    const bytes = await exportMinutesDocx(minutesInput('de'))
    const styles = part(bytes, 'word/styles.xml')
    expect(/<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/.exec(styles)?.[0]).not.toContain('<w:numPr>')
    expect(numberedHeadings(bytes, 'Heading1').slice(0, 2)).toEqual(['Teilnehmende', 'Ergebnisse auf einen Blick'])
  })

  it('hang no indent in their contents: a short title such as “Ziele” gets its page number at the dotted right-hand tab', async () => {
    // A hanging indent is a tab stop: "Ziele⇥" stopped there, short of the dotted tab at the margin.
    const styleOf = (bytes: Uint8Array, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(part(bytes, 'word/styles.xml'))?.[0] ?? ''
    const minutes = await exportMinutesDocx(minutesInput('de'))
    for (const id of ['TOC1', 'TOC2']) expect(styleOf(minutes, id)).not.toContain('w:hanging')
    expect(styleOf(minutes, 'TOC2')).toMatch(/<w:ind w:left="567"\/>/)
    // The SLA's numbers hang in the first centimetre, their titles after them.
    const sla = await exportSlaDocx(draftSlaInput('de'))
    expect(styleOf(sla, 'TOC2')).toMatch(/<w:ind w:left="1134" w:hanging="567"\/>/)
  })

  it.each([
    ['de', 'de-DE', true],
    ['en', 'en-GB', false]
  ] as const)('(%s) are written in %s, hyphenated only in German', async (language, locale, hyphenated) => {
    const bytes = await exportMinutesDocx(minutesInput(language))
    expect(part(bytes, 'word/styles.xml')).toContain(`<w:lang w:val="${locale}"/>`)
    const settings = part(bytes, 'word/settings.xml')
    if (hyphenated) expect(settings).toMatch(/<w:autoHyphenation(?: w:val="(?:true|1)")?\/>/)
    else expect(settings).not.toMatch(/<w:autoHyphenation(?: w:val="(?:true|1)")?\/>/)
  })

  it('shades the friction heat map by rating and marks a notable gap', async () => {
    const xml = part(await exportMinutesDocx(minutesInput('en')), 'word/document.xml')
    for (const fill of ['C6EFCE', 'E2F0B6', 'FFEB9C', 'F8CBAD', 'F4A6A6']) expect(xml).toContain(`w:fill="${fill}"`)
    expect(xml).toMatch(/<w:color w:val="C00000"\/><\/w:rPr><w:t>4<\/w:t>/)
  })

  it('leaves out the parking lot when none was given, and says so when lists are empty', async () => {
    const input = minutesInput('en')
    const bytes = await exportMinutesDocx({ ...input, items: [], participants: [], parkingLot: undefined })
    const text = textOf(part(bytes, 'word/document.xml'))
    expect(text).not.toContain('Parking lot')
    expect(text).toContain('No participants have been recorded.')
    // Empty steps are said once, not under every heading.
    expect(text).not.toContain('Nothing was recorded.')
    // Step 1 keeps the workshop's shared goal; step 5 has nothing at all.
    expect(text).toContain('Not captured in this step: Friction check, Voices, Gives & gets, Benefits both sides agree on.')
    expect(text).toMatch(/Step 5 Keep at it\s*Nothing was captured in this step\./)
    expect(text).toContain('Not captured in this step: Lead lifecycle, Reports, Rejection reasons.')
  })

  it.each([
    ['de', 'Ergebnisse auf einen Blick', 'SLA Version 2, unterschrieben am 16. April 2027 von Anna Marketing und Bernd Vertrieb.', 'Maßnahmen vereinbart, davon', 'Nächster Termin'],
    ['en', 'Results at a glance', 'SLA Version 2, signed on 16 April 2027 by Anna Marketing and Bernd Vertrieb.', 'actions agreed', 'Next meeting']
  ] as const)('(%s) open with what the day decided: the SLA signed and by whom, the actions, the next meeting', async (language, heading, signed, actions, next) => {
    const input = minutesInput(language)
    const text = textOf(part(await exportMinutesDocx({ ...input, sla: { number: 2, signedAt: Date.UTC(2027, 3, 16, 10), signers: ['Anna Marketing', 'Bernd Vertrieb'] } }), 'word/document.xml'))
    for (const words of [heading, signed, actions, next]) expect(text).toContain(words)
    const draft = textOf(part(await exportMinutesDocx(input), 'word/document.xml'))
    expect(draft).toContain(language === 'de' ? 'Version 1 ist ein Entwurf und noch nicht unterschrieben.' : 'Version 1 is a draft and not yet signed.')
  })
})

describe('what a marketing–sales SLA contains (issue 12 §4)', () => {
  const inBavaria = (language: 'de' | 'en', edition: 'v2' | 'current' = 'current') => {
    const { workshop, participants, items } = finishedWorkshop(language, edition)
    return buildSlaContent({ ...workshop, reviewPlan: { holidayRegion: 'BY' } }, participants, items)
  }
  const documentText = async (content: SlaContent) =>
    textOf(part(await exportSlaDocx(await signedSlaInput(content.language, content)), 'word/document.xml')).replace(/\u00A0/g, ' ')

  it.each([
    [
      'de',
      [
        'Beteiligte und Zweck',
        '(gemeinsam „die Beteiligten“)',
        'Das SLA ist eine interne Vereinbarung zwischen Abteilungen desselben Unternehmens und kein Vertrag im zivilrechtlichen Sinn',
        'Geltungsbereich',
        'Leads: Alle Leads aus den Kanälen des Marketings',
        'Regionen: Alle Vertriebsgebiete des Unternehmens.',
        'Zeitzusagen werden in Geschäftszeiten gemessen: Mo–Fr, 08:00–17:00 Uhr (Europe/Berlin), nicht an Feiertagen in Bayern.',
        'Übergabe eines Leads',
        'Einwilligung zur Kontaktaufnahme mit Datum',
        'Das Marketing übergibt MQLs an den Vertrieb',
        'mindestens 70 %',
        'Zweite Stufe: Wird eine Zusage auch danach verfehlt',
        'verlängert sich die Vereinbarung um eine weitere Laufzeit gleicher Länge',
        'Die Vereinbarung endet, wenn eine neue unterschriebene Version sie ersetzt',
        'Datenschutz und Betriebsrat',
        '§ 87 Abs. 1 Nr. 6 BetrVG'
      ]
    ],
    [
      'en',
      [
        'Teams and purpose',
        '(together “the teams”)',
        'The SLA is an internal agreement between departments of the same organisation, not a contract under civil law',
        'Scope',
        'Leads: All leads from marketing’s channels',
        'Regions: All sales regions of the organisation.',
        'Time commitments count in business hours: Mon–Fri, 08:00–17:00 (Europe/Berlin), not on public holidays in Bavaria.',
        'Hand-over of a lead',
        'Consent to be contacted, with its date',
        'Marketing hands over MQLs to sales',
        'at least 70%',
        'Second stage: If a commitment is still missed after that',
        'renews for another term of the same length',
        'The agreement ends when a new signed version replaces it',
        'Data protection and works council',
        'section 87(1) no. 6 of the German Works Constitution Act'
      ]
    ]
  ] as const)('(%s) states scope, clock, hand-over, both sides’ commitments, consequences, term and data protection', async (language, expected) => {
    const text = await documentText(inBavaria(language))
    for (const words of expected) expect(text).toContain(words)
    expect(text).not.toMatch(/Vertragspartei|Parteien/)
  })

  it('numbers scope and hand-over as sections 1.2 and 4.1', async () => {
    // Word's numbering gives the numbers (numberedHeadings reads them as Word shows them).
    const headings = numberedHeadings(await exportSlaDocx(await signedSlaInput('en', inBavaria('en'))), 'Heading2')
    expect(headings).toContain('1.2 Scope')
    expect(headings).toContain('4.1 Hand-over of a lead')
    expect(headings).toContain('7.5 Data protection and works council')
  })

  it('says calendar hours when the room counts around the clock, and nationwide holidays without a federal state', async () => {
    const { workshop, participants, items } = finishedWorkshop('de')
    const calendar = buildSlaContent({ ...workshop, governance: { ...workshop.governance, clock: { ...defaultClockSettings(), mode: 'calendar' } } }, participants, items)
    expect(await documentText(calendar)).toContain('Zeitzusagen werden in Kalenderstunden gemessen: rund um die Uhr, auch an Wochenenden und Feiertagen.')
    expect(await documentText(slaContent('en'))).toContain('08:00–17:00 (Europe/Berlin), not on nationwide public holidays.')
  })

  it('reads as before for a version signed without them: no scope, clock, hand-over, second stage or data protection', async () => {
    const old = slaContent('de', 'v2')
    const { scopeLeads: _l, scopeRegions: _r, handoverData: _h, clock: _c, consequences: _s, renewal: _n, termination: _t, dataProtection: _d, ...governance } = old.governance
    const text = await documentText({ ...old, governance })
    for (const words of ['Geltungsbereich', 'Zeitzusagen', 'Übergabe eines Leads', 'Zweite Stufe', 'Datenschutz und Betriebsrat', 'verlängert sich']) expect(text).not.toContain(words)
    expect(text).toContain('Beteiligte und Zweck')
    expect(text).toContain('Wird eine Zusage zweimal in Folge verfehlt')
  })
})

describe('the fixture itself', () => {
  it('is signed with the fingerprint of its content', async () => {
    const input = await signedSlaInput('en')
    expect(input.version.fingerprint).toBe(await slaFingerprint(slaContent('en')))
  })
})

describe('amendments: from when each version applies and what it changed (issue 12 §3)', () => {
  it.each([
    ['en', 'In force from 16 April 2027', 'This version 2 of the agreement applies from 16 April 2027', '15 January 2027'],
    ['de', 'Gültig ab 16. April 2027', 'Diese Version 2 der Vereinbarung gilt ab dem 16. April 2027', '15. Januar 2027']
  ] as const)('(%s) an amendment signed on 16 April applies from 16 April, not from the start in January', async (language, titleFact, clause, firstInForce) => {
    const content = slaContent(language)
    content.governance.startDate = '2027-01-15'
    const input = await signedSlaInput(language, content)
    input.version.signedAt = Date.UTC(2027, 3, 16, 9)
    input.history[0]!.signedAt = Date.UTC(2026, 9, 1, 9)
    input.history[1]!.signedAt = input.version.signedAt
    const text = textOf(part(await exportSlaDocx(input), 'word/document.xml')).replace(/\u00A0/g, ' ')
    expect(text).toContain(titleFact)
    expect(text).toContain(clause)
    // The history: version 1 (signed before the start) applied from the start, version 2 from its day.
    const history = text.slice(text.lastIndexOf(language === 'de' ? 'Änderungshistorie' : 'Amendment history'))
    expect(history).toContain(firstInForce)
    expect(history).toContain(language === 'de' ? '16. April 2027' : '16 April 2027')
  })

  it('a first version signed before its start applies from the start and has no amendment clause', async () => {
    const content = slaContent('en')
    content.governance.startDate = '2027-02-01'
    const input = await signedSlaInput('en', content)
    input.version.number = 1
    input.history = []
    const text = textOf(part(await exportSlaDocx(input), 'word/document.xml')).replace(/\u00A0/g, ' ')
    expect(text).toContain('In force from 1 February 2027')
    expect(text).not.toContain('of the agreement applies from')
  })

  it('says in the "Changes" column what changed against the version before, section by section', async () => {
    const { amendmentSummary } = await import('../../../shared/docx/index')
    const before = slaContent('en')
    const after = slaContent('en')
    after.targets = [...after.targets, { ...after.targets[0]!, id: 'new-target', metric: 'Webinars' }]
    after.governance.reviewCadence = 'monthly'
    after.commitments = after.commitments.slice(1)
    expect(amendmentSummary(null, after, 'en')).toBe('First version')
    expect(amendmentSummary(before, slaContent('en'), 'en')).toBe('No change in content')
    // Each count stays on the line of its word.
    expect(amendmentSummary(before, after, 'en')).toBe('Commitments and timings: 1\u00A0removed; Targets: 1\u00A0added; Governance: 1\u00A0changed')
    const beforeDe = slaContent('de')
    const afterDe = slaContent('de')
    afterDe.governance.termMonths = 24
    expect(amendmentSummary(beforeDe, afterDe, 'de')).toBe('Steuerung: 1\u00A0geändert')
  })

  it.each([
    ['de', 'Abgelöst', 'unterschrieben am 1. Oktober 2026', 'Unterschrieben', 'am 15. Januar 2027'],
    ['en', 'Superseded', 'signed on 1 October 2026', 'Signed', 'on 15 January 2027']
  ] as const)('(%s) says when each version was signed without repeating “signed”, its fingerprint on one line', async (language, superseded, signedOn, signed, on) => {
    const input = await signedSlaInput(language)
    const xml = part(await exportSlaDocx(input), 'word/document.xml')
    const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).at(-1) ?? ''
    const [, first, second] = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => textOf(m[0]))
    expect(first).toContain(`${superseded} ${signedOn}`)
    expect(second).toContain(`${signed} ${on}`)
    expect(second).not.toContain(signedOn.split(' ')[0] ?? '-')
    expect(table).toContain(`<w:t>${shortFingerprint(input.version.fingerprint ?? '').replace(/ /g, '\u00A0')}</w:t>`)
  })
})

describe('the amendment clause (issue 12 §3: said once)', () => {
  it.each(['en', 'de'] as const)('(%s) states the room’s rule once, and the app’s rule only where the room recorded none', async (language) => {
    const content = slaContent(language)
    const own = textOf(part(await exportSlaDocx(draftSlaInput(language, content)), 'word/document.xml'))
    expect(own).toContain(content.governance.amendments)
    expect(own).not.toContain(language === 'de' ? 'Eine Änderung wird erst als neue Version' : 'An amendment takes effect only as a new version')
    content.governance.amendments = ''
    const none = textOf(part(await exportSlaDocx(draftSlaInput(language, content)), 'word/document.xml'))
    expect(none).toContain(language === 'de' ? 'Eine Änderung wird erst als neue Version' : 'An amendment takes effect only as a new version')
  })
})
