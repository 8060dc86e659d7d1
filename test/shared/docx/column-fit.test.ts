import { describe, expect, it } from 'vitest'
import { dataTable } from '../../../shared/docx/blocks'
import { CELL_MARGINS, fitColumns, hyphenateOverlong, SOFT_HYPHEN, textWidth, widestWord } from '../../../shared/docx/column-fit'
import { visibleText } from '../../../shared/docx/seen-content'
import { SIZE, TEXT_WIDTH } from '../../../shared/docx/measures'
import { FIELD_LIMITS } from '../../../shared/domain/field-limits'

/** The columns' widths and the cells' XML of a table written by dataTable. */
function written(table: ReturnType<typeof dataTable>) {
  const xml = (table as unknown as { xml: string }).xml
  return { widths: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])), xml }
}

describe('column widths that fit their words', () => {
  it('measures Arial: an m is wider than an i, bold wider than regular, an emoji a full em', () => {
    expect(textWidth('m', 10)).toBeGreaterThan(textWidth('i', 10) * 3)
    expect(textWidth('Geschäftsleitung', 9, true)).toBeGreaterThan(textWidth('Geschäftsleitung', 9))
    expect(textWidth('😀', 10)).toBe(200)
    expect(textWidth('ä', 10)).toBe(textWidth('a', 10))
  })

  it('takes an e-mail address, a URL and words joined by a slash or no-break spaces as one word; a hyphen or a space breaks', () => {
    const email = widestWord('anna@mueller.example', SIZE.table, false)
    expect(email).toBe(textWidth('anna@mueller.example', SIZE.table))
    expect(widestWord('strategisch/forschungsgetrieben', SIZE.table, false)).toBe(textWidth('strategisch/forschungsgetrieben', SIZE.table))
    expect(widestWord('3FCC\u00A043C7\u00A0BE46', SIZE.table, false)).toBe(textWidth('3FCC\u00A043C7\u00A0BE46', SIZE.table))
    expect(widestWord('Marketing-Automation-Werkzeug', SIZE.table, false)).toBe(textWidth('Automation-', SIZE.table))
    expect(widestWord('kurz und gut', SIZE.table, false)).toBe(textWidth('kurz', SIZE.table))
  })

  it('keeps the proposed widths when every word fits', () => {
    expect(fitColumns([3000, 2000, 1000], [2500, 500, 900], 6000)).toEqual([3000, 2000, 1000])
  })

  it('widens a column to its widest word and takes the room from the others by their weights', () => {
    const widths = fitColumns([2000, 2000, 2000], [3000, 100, 100], 6000)
    expect(widths).toEqual([3000, 1500, 1500])
    // A column that would shrink below its own word keeps it; the rest gives.
    expect(fitColumns([2000, 2000, 2000], [3000, 1800, 100], 6000)).toEqual([3000, 1800, 1200])
  })

  it('never gives one word more than 60 % of the table, and shares by need when the words alone do not fit', () => {
    expect(fitColumns([3000, 3000], [9000, 100], 6000)[0]).toBe(3600)
    const squeezed = fitColumns([2000, 2000, 2000], [3000, 3000, 3000], 6000)
    expect(squeezed).toEqual([2000, 2000, 2000])
    expect(squeezed.reduce((a, b) => a + b, 0)).toBe(6000)
  })

  it('gives the participants’ e-mail column room for the address (issue 12: "anna@mueller.exampl e")', () => {
    const columns = [
      { header: 'Name', weight: 22 },
      { header: 'Rolle / Titel', weight: 22 },
      { header: 'Team', weight: 18 },
      { header: 'E-Mail', weight: 22 },
      { header: 'Unterschreibt das SLA', weight: 16 }
    ]
    const email = 'anna.mueller-schmidt@vertrieb.mueller-maschinenbau.example'
    const { widths } = written(dataTable(columns, [['Anna Marketing', 'Marketingleiterin', 'Geschäftsleitung', email, 'ja']]))
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
    expect(widths[3]).toBeGreaterThanOrEqual(widestWord(email, SIZE.table, false) + CELL_MARGINS)
    expect(widths[2]).toBeGreaterThanOrEqual(widestWord('Geschäftsleitung', SIZE.table, false) + CELL_MARGINS)
  })

  it('puts optional hyphens into a word wider than any column could be, so it breaks with a hyphen', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel'.repeat(3)
    const cut = hyphenateOverlong(`Vor ${word} nach`, 2000, SIZE.table, false)
    expect(cut.replaceAll(SOFT_HYPHEN, '')).toBe(`Vor ${word} nach`)
    const pieces = cut.split(/\s/)[1]!.split(SOFT_HYPHEN)
    expect(pieces.length).toBeGreaterThan(2)
    for (const piece of pieces) expect(textWidth(`${piece}-`, SIZE.table) + CELL_MARGINS).toBeLessThanOrEqual(2000)
    // Short words and whole emoji are left alone.
    expect(hyphenateOverlong('Leads 👩🏽‍💼 schnell', 2000, SIZE.table, false)).toBe('Leads 👩🏽‍💼 schnell')
    const emoji = hyphenateOverlong('👩🏽‍💼'.repeat(40), 2000, SIZE.table, false)
    for (const piece of emoji.split(SOFT_HYPHEN)) expect(piece).toMatch(/^(👩🏽‍💼)+$/u)
  })

  it('writes the optional hyphens as Word’s own element, which a reader of the text does not see', () => {
    const word = 'x'.repeat(400)
    const { xml } = written(dataTable([{ header: 'A', weight: 1 }], [[word]]))
    expect(xml).toContain('<w:softHyphen/>')
    expect(xml).not.toContain(SOFT_HYPHEN)
    expect(visibleText(xml)).toBe(`A ${word}`)
  })
})

describe('where a table may break between pages', () => {
  /** For each row, header first: whether its paragraphs keep with the next row. */
  const keeps = (table: ReturnType<typeof dataTable>) => [...written(table).xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0].includes('<w:keepNext/>'))
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`row ${i + 1}`])

  it('never leaves the header alone at the foot of a page, nor the last row alone under a repeated header', () => {
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], rows(6)))).toEqual([true, false, false, false, false, true, false])
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], rows(2)))).toEqual([true, true, false])
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], rows(1)))).toEqual([true, false])
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], []))).toEqual([false])
  })

  it('keeps a table asked to stay together in one piece', () => {
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], rows(4), { keepTogether: true }))).toEqual([true, true, true, true, false])
  })

  it('keeps no row that may split over pages with another: LibreOffice takes minutes over that', () => {
    const long = [['x '.repeat(400)]]
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], [...rows(3), ...long]))).toEqual([true, false, false, false, false])
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], [...rows(2), ...long, ...rows(1)]))).toEqual([true, false, false, false, false])
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], [...rows(2), ...long], { keepWithNext: true }))).toEqual([true, false, false, false])
  })

  it('keeps the last row with what follows when the table is explained by a note after it', () => {
    expect(keeps(dataTable([{ header: 'A', weight: 1 }], rows(4), { keepWithNext: true }))).toEqual([true, false, false, true, true])
  })
})

describe('long texts in narrow columns (issue 12 §2)', () => {
  const columns = [
    { header: 'Stufe', weight: 15 },
    { header: 'Definition', weight: 36 },
    { header: 'Team', weight: 15 },
    { header: 'Höchstdauer', weight: 14 },
    { header: 'Bei Stillstand', weight: 20 }
  ]
  const definition = 'Ein Lead aus unserer Zielgruppe, der echtes Interesse gezeigt hat. '.repeat(30).slice(0, FIELD_LIMITS.long)

  it('sets a text too long for its column in a row of its own under its entry, across the whole table, its column named before it', () => {
    const { xml } = written(dataTable(columns, [['MQL', { text: definition, details: ['Eintrittskriterien: Score ≥ 50'] }, 'Marketing', '14 Tage', '—']]))
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows).toHaveLength(3)
    expect(visibleText(rows[1]!)).toBe('MQL ↓ Marketing 14 Tage —')
    // The entry stays with the text under it.
    expect(rows[1]).toContain('<w:keepNext/>')
    expect(rows[2]).toContain(`<w:gridSpan w:val="${columns.length}"/>`)
    expect(rows[2]).toContain(`<w:tcW w:w="${TEXT_WIDTH}" w:type="dxa"/>`)
    expect(visibleText(rows[2]!)).toBe(`Definition: ${definition} Eintrittskriterien: Score ≥ 50`.replace(/\s+/g, ' ').trim())
    expect(rows[2]).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Definition: <\/w:t><\/w:r>/)
  })

  it('keeps a name at its limit and a sentence or two in their columns', () => {
    const name = 'Vertriebsleitung forschungsgetrieben anna@mueller.example '.repeat(10).slice(0, FIELD_LIMITS.short)
    const onStall = 'Zurück an das Marketing, mit einer kurzen Begründung für den Vertrieb.'
    const { xml } = written(dataTable(columns, [[name, 'Ein Lead aus unserer Zielgruppe, der echtes Interesse gezeigt hat.', 'Marketing', '14 Tage', onStall]]))
    expect([...xml.matchAll(/<w:tr>/g)]).toHaveLength(2)
    expect(xml).not.toContain('w:gridSpan')
  })
})
