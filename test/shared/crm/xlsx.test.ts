import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importExport, readExportHead } from '../../../shared/crm/import'
import type { CrmMapping } from '../../../shared/crm/mapping'
import { isDateFormat, StringTable } from '../../../shared/crm/xlsx'
import { HUBSPOT_HEADER, Q1_SETTINGS } from './export-fixtures'
import { serialOf, workbook, type WorkbookCell } from './xlsx-writer'

/** Excel workbooks (issue 13 §1): what is read from them, and every bad workbook refused with a problem of its own. */

const SETTINGS = Q1_SETTINGS
const MAPPING: CrmMapping = {
  preset: 'hubspot',
  columns: { id: 'Record ID', becameMql: 'Became a Marketing Qualified Lead Date', becameCustomer: 'Became a Customer Date', dealAmount: 'Recent Deal Amount' },
  stages: {}
}
const HEADER = ['Record ID', 'Email', 'Became a Marketing Qualified Lead Date', 'Became a Customer Date', 'Recent Deal Amount']
/** A Berlin wall-clock time as Excel keeps it: the serial number of that calendar day and time. */
const date = (iso: string): WorkbookCell => ({ serial: serialOf(Date.parse(`${iso}Z`)), format: 'custom' })

describe('reading a workbook', () => {
  it('gives the first worksheet’s header, its first rows with date cells as dates, and the preset', async () => {
    const bytes = workbook([HUBSPOT_HEADER, [101, 'Jörg & Anna', 'Müller', 'j@firma.example', date('2027-01-15T09:30:00'), 'marketingqualifiedlead', date('2027-01-15T09:30:00'), null, null, { iso: '2027-01-16T10:00:00' }, 'Ute', { amount: 1234.5 }]], { strings: 'shared', sheet: 'Kontakte' })
    const head = await readExportHead(bytes)
    expect(head).toMatchObject({ ok: true, format: 'xlsx', sheet: 'Kontakte', headers: HUBSPOT_HEADER, preset: { preset: 'hubspot' } })
    if (!head.ok) return
    expect(head.preview).toEqual([['101', 'Jörg & Anna', 'Müller', 'j@firma.example', '2027-01-15 09:30', 'marketingqualifiedlead', '2027-01-15 09:30', '', '', '2027-01-16T10:00:00', 'Ute', '1234.5']])
  })

  it('keeps numbers as numbers: an amount with three decimals is no thousands separator', async () => {
    const bytes = workbook([HEADER, [1, 'a@b.example', date('2027-01-10T08:00:00'), date('2027-02-01T08:00:00'), 1234.567], [2, 'c@d.example', date('2027-01-11T08:00:00'), date('2027-02-02T08:00:00'), { amount: 0.5 }]], { strings: 'inline' })
    const result = await importExport(bytes, MAPPING, SETTINGS)
    expect(result).toMatchObject({ ok: true, format: 'xlsx', rows: 2 })
    if (!result.ok) return
    expect(result.figures.revenue.sum).toBeCloseTo(1235.067, 9)
    expect(result.figures.customers.count).toBe(2)
  })

  it('names rows by the numbers Excel shows, empty rows left out', async () => {
    const row = (id: number | string, mql: string) => [id, 'x@y.example', date(mql), null, null]
    const bytes = workbook([HEADER, row(1, '2027-01-10T08:00:00'), [], [null, '   '], row(1, '2027-01-12T08:00:00'), row('', '2027-01-12T08:00:00'), [7, 'z@y.example', 'soon']], { strings: 'shared' })
    const result = await importExport(bytes, MAPPING, SETTINGS)
    if (!result.ok) throw new Error(result.problem)
    expect(result.findings.duplicateIds.examples).toEqual([{ row: 5, firstRow: 2 }])
    expect(result.findings.missingIds.examples).toEqual([{ row: 6 }])
    expect(result.findings.unreadableDates.examples).toEqual([{ row: 7, concept: 'becameMql', text: 'soon' }])
    expect(result.rows).toBe(4)
  })

  it('tells a date format from a number format', () => {
    for (const code of ['dd.mm.yyyy', 'm/d/yy h:mm', '[$-407]dd. mmmm yyyy', 'yyyy-mm-dd"T"hh:mm:ss', '[h]:mm', 'dd\\.mm\\.yyyy;@']) expect(isDateFormat(code), code).toBe(true)
    for (const code of ['General', '#,##0.00 €', '0.00E+00', '"Stück" 0', '[Red]#,##0;[Blue]-#,##0', '@']) expect(isDateFormat(code), code).toBe(false)
  })
})

describe('refusing bad workbooks, each with its own problem', () => {
  const xml = (text: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>${text}`)

  it('an old Excel file or a workbook protected by a password', async () => {
    const compound = new Uint8Array(4096)
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(await readExportHead(compound)).toEqual({ ok: false, problem: 'legacyWorkbook' })
    expect(await importExport(compound, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'legacyWorkbook' })
  })

  it('a zip that holds no workbook (a Word document), and a workbook cut short', async () => {
    const docx = zipSync({ 'word/document.xml': xml('<document/>') })
    expect(await readExportHead(docx)).toEqual({ ok: false, problem: 'notWorkbook' })
    expect(await importExport(docx, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'notWorkbook' })
    const whole = workbook([HEADER, [1, 'a@b.example', date('2027-01-10T08:00:00'), null, null]], { strings: 'shared' })
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6))
    expect(await readExportHead(cut)).toEqual({ ok: false, problem: 'notWorkbook' })
    expect(await importExport(cut, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'notWorkbook' })
  })

  it('a workbook whose first sheet is empty, and one with a header only', async () => {
    const empty = workbook([], { strings: 'shared' })
    expect(await readExportHead(empty)).toEqual({ ok: false, problem: 'emptySheet' })
    expect(await importExport(empty, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'emptySheet' })
    const headerOnly = workbook([HEADER], { strings: 'inline' })
    expect(await readExportHead(headerOnly)).toMatchObject({ ok: true, headers: HEADER, preview: [] })
    expect(await importExport(headerOnly, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'noRows' })
  })

  it('a zip bomb: shared strings or a sheet that unpack to far more than the file could hold', async () => {
    const real = workbook([HEADER, [1, 'a@b.example', date('2027-01-10T08:00:00'), null, null]], { strings: 'shared' })
    // 24 MB of the same few bytes pack into some 25 KB: a thousand times, where a real sheet packs 5 to 20 times.
    const strings = zipSync({ ...unzipSync(real), 'xl/sharedStrings.xml': xml(`<sst>${'<si><t>a</t></si>'.repeat(1_500_000)}</sst>`) })
    expect(await readExportHead(strings)).toEqual({ ok: false, problem: 'workbookTooLarge' })
    expect(await importExport(strings, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'workbookTooLarge' })
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Record ID</t></is></c><c r="B1" t="inlineStr"><is><t>Became a Marketing Qualified Lead Date</t></is></c></row>${'<row><c><v>1</v></c></row>'.repeat(1_000_000)}`
    const sheet = zipSync({ ...unzipSync(real), 'xl/worksheets/sheet1.xml': xml(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) })
    expect(await readExportHead(sheet)).toEqual({ ok: false, problem: 'workbookTooLarge' })
    expect(await importExport(sheet, MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'workbookTooLarge' })
  })
})

describe('the shared strings table', () => {
  it('gives back every string as added, across its blocks, and nothing outside it', () => {
    const table = new StringTable()
    const added = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? '' : `${i} Jörg Müller <j${i}@firma.example> ${'·'.repeat(i % 13)}`))
    for (const text of added) table.add(text)
    table.seal()
    expect(table.size).toBe(added.length)
    expect(added.every((text, i) => table.at(i) === text)).toBe(true)
    expect([table.at(-1), table.at(added.length), table.at(1.5), table.at(Number.NaN)]).toEqual([undefined, undefined, undefined, undefined])
  })
})
