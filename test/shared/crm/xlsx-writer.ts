import { zipSync, type Zippable } from 'fflate'

/*
 * A minimal Excel workbook writer for the tests: the parts Excel itself writes (in its order, the
 * shared strings after the sheets), hand-written SpreadsheetML, zipped with fflate. Enough to
 * write what CRM exports hold: texts as shared or inline strings, numbers, and dates as serial
 * numbers with a built-in or a custom date format, or without one.
 */

/** How a cell is written; null leaves it out, as Excel does with empty cells. */
export type WorkbookCell =
  | string
  | number
  | null
  /** A serial number shown through a date format: Excel's built-in `m/d/yy h:mm` or a custom `dd.mm.yyyy hh:mm`. */
  | { serial: number; format: 'builtIn' | 'custom' }
  /** A number shown with two decimals (a date-like look it must not be taken for). */
  | { amount: number }
  /** An ISO 8601 date cell (`t="d"`), as Excel's strict files and some generators write. */
  | { iso: string }

export interface WorkbookOptions {
  strings: 'shared' | 'inline'
  date1904?: boolean
  /** The first sheet's tab name. */
  sheet?: string
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const column = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : column(Math.floor(index / 26) - 1) + column(index % 26))
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
/** Cell styles: 0 general, 1 built-in date-time (22), 2 custom date-time (164), 3 two decimals (4). */
const STYLE = { builtIn: 1, custom: 2, amount: 3 } as const

export function workbook(rows: readonly (readonly WorkbookCell[])[], options: WorkbookOptions): Uint8Array {
  const shared: string[] = []
  const sharedIndex = new Map<string, number>()
  const text = (value: string, ref: string) => {
    if (options.strings === 'inline') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`
    let index = sharedIndex.get(value)
    if (index === undefined) {
      index = shared.push(value) - 1
      sharedIndex.set(value, index)
    }
    return `<c r="${ref}" t="s"><v>${index}</v></c>`
  }
  const cellXml = (cell: WorkbookCell, ref: string): string => {
    if (cell === null) return ''
    if (typeof cell === 'string') return text(cell, ref)
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`
    if ('serial' in cell) return `<c r="${ref}" s="${STYLE[cell.format]}"><v>${cell.serial}</v></c>`
    if ('amount' in cell) return `<c r="${ref}" s="${STYLE.amount}"><v>${cell.amount}</v></c>`
    return `<c r="${ref}" t="d"><v>${cell.iso}</v></c>`
  }
  const sheetRows = rows.map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${column(c)}${r + 1}`)).join('')}</row>`)
  const sheet = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${sheetRows.join('')}</sheetData></worksheet>`
  const files: Zippable = {
    '[Content_Types].xml': utf8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
    ),
    '_rels/.rels': utf8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    // The first tab points at sheet1 through a relationship id that is not the first.
    'xl/workbook.xml': utf8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="${escape(options.sheet ?? 'Sheet1')}" sheetId="1" r:id="rId3"/><sheet name="Notes" sheetId="2" r:id="rId4"/></sheets></workbook>`
    ),
    'xl/_rels/workbook.xml.rels': utf8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>`
    ),
    'xl/worksheets/sheet1.xml': utf8(sheet),
    'xl/worksheets/sheet2.xml': utf8(`${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Not the export</t></is></c></row></sheetData></worksheet>`),
    'xl/styles.xml': utf8(
      `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy\\ hh:mm;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>`
    ),
    'xl/sharedStrings.xml': utf8(`${XML}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`)
  }
  return zipSync(files, { level: 6 })
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** Excel's serial number of a UTC wall-clock time in the 1900 date system, or in the 1904 one. */
export function serialOf(utcWallMs: number, date1904 = false): number {
  return (utcWallMs - Date.UTC(1899, 11, 30)) / 86_400_000 - (date1904 ? 1462 : 0)
}
