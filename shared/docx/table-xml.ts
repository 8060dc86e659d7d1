import { FileChild, type IContext, type IXmlableObject } from 'docx'
import { SOFT_HYPHEN } from './column-fit'
import { STYLE } from './styles'
import { isRightToLeft } from './text-direction'
import { safeLines } from './xml-safe-text'

/**
 * Data tables written as WordprocessingML text directly.
 *
 * Why not docx's Table, TableRow, TableCell, Paragraph, TextRun, or even docx's object form of
 * XML? Each class copies its options and formats itself recursively, and each object literal is
 * one more node docx's serialiser walks, escapes and joins; for an SLA with 5,000 targets that is
 * a quarter of a million nodes, seconds of work and garbage, against SPEC §9's "an SLA export
 * takes well under a second". Here a row is one string. The markup is byte for byte the one
 * docx writes (same style ids, same elements in the order the schema demands, the same escaping;
 * the schema test checks it); packDocx puts each table where docx left its place holder.
 */
export interface CellXml {
  text: string
  /** Set in bold before the text, in its paragraph: what the text is ("Definition: "). */
  label?: string
  details: readonly string[]
  fill?: string
  bold?: boolean
  colour?: string
  align: 'left' | 'center' | 'right'
}

/** docx's own escaping: the five XML specials in text and attributes alike (xmlSafe has removed the rest). */
const SPECIAL = /[&"'<>]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }
const escape = (value: string | number): string => (typeof value === 'number' ? String(value) : value.replace(SPECIAL, (char) => ENTITIES[char] ?? ''))

const empty = (name: string): string => `<${name}/>`
const valued = (name: string, value: string | number): string => `<${name} w:val="${escape(value)}"/>`
/** An element with children; one without any is written empty, as docx does. */
const parent = (name: string, children: string): string => (children === '' ? `<${name}/>` : `<${name}>${children}</${name}>`)

/** Spaces at either end would be dropped without xml:space="preserve"; most texts have none. */
function textElement(text: string): string {
  return /^\s|\s$/.test(text) ? `<w:t xml:space="preserve">${escape(text)}</w:t>` : `<w:t>${escape(text)}</w:t>`
}

/** A line's text, an optional hyphen (column-fit.ts) written as Word's own element for one. */
function lineXml(line: string): string {
  return line.includes(SOFT_HYPHEN) ? line.split(SOFT_HYPHEN).map(textElement).join(empty('w:softHyphen')) : textElement(line)
}

/** One run per line, as blocks.ts `runs` makes them: a line that starts in a right-to-left script is a right-to-left run. */
function textRuns(text: string, bold: boolean | undefined, colour: string | undefined): string {
  const properties = (bold ? empty('w:b') + empty('w:bCs') : '') + (colour ? valued('w:color', colour) : '')
  return safeLines(text)
    .map((line, index) => {
      const all = properties + (isRightToLeft(line) ? empty('w:rtl') : '')
      return `<w:r>${all === '' ? '' : `<w:rPr>${all}</w:rPr>`}${index > 0 ? empty('w:br') : ''}${lineXml(line)}</w:r>`
    })
    .join('')
}

function paragraphXml(style: string, align: CellXml['align'], text: string, keepNext: boolean, bold?: boolean, colour?: string, label?: string): string {
  // Left is what a paragraph does anyway (its start, on the right when it runs right to left);
  // leaving it out keeps big tables small.
  const properties =
    valued('w:pStyle', style) + (keepNext ? empty('w:keepNext') : '') + (isRightToLeft(text) ? empty('w:bidi') : '') + (align === 'left' ? '' : valued('w:jc', align))
  const labelRuns = label === undefined ? '' : textRuns(label, true, colour)
  return `<w:p><w:pPr>${properties}</w:pPr>${labelRuns}${textRuns(text, bold, colour)}</w:p>`
}

/** `span`: how many grid columns the cell covers (a row of its own under an entry covers all). */
function cellXml(cell: CellXml, width: number, header: boolean, keepNext: boolean, span = 1): string {
  const properties =
    `<w:tcW w:w="${escape(width)}" w:type="dxa"/>` +
    (span > 1 ? valued('w:gridSpan', span) : '') +
    (cell.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${escape(cell.fill)}"/>` : '')
  const main = paragraphXml(header ? STYLE.tableHeading : STYLE.tableText, cell.align, cell.text, keepNext, cell.bold, cell.colour, cell.label)
  const details = cell.details.map((line) => paragraphXml(STYLE.tableNote, cell.align, line, keepNext)).join('')
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${main}${details}</w:tc>`
}

/**
 * `keepNext` keeps the row on the page of the row after it: set on every row but the last, it
 * keeps a short table in one piece (Word's own way, which LibreOffice follows too).
 */
export function rowXml(cells: readonly CellXml[], widths: readonly number[], options: { header: boolean; cantSplit: boolean; keepNext?: boolean }): string {
  // A header row repeats on every page the table runs over (tblHeader).
  const properties = (options.cantSplit ? empty('w:cantSplit') : '') + (options.header ? empty('w:tblHeader') : '')
  const keepNext = options.keepNext ?? false
  const content = cells.map((cell, index) => cellXml(cell, widths[index] ?? 0, options.header, keepNext)).join('')
  return parent('w:tr', (properties === '' ? '' : `<w:trPr>${properties}</w:trPr>`) + content)
}

/** A row of one cell across all `columns` of the grid, `width` wide: a long text under its entry's row. */
export function spanningRowXml(cell: CellXml, width: number, columns: number, options: { cantSplit: boolean; keepNext?: boolean }): string {
  const properties = options.cantSplit ? `<w:trPr>${empty('w:cantSplit')}</w:trPr>` : ''
  return `<w:tr>${properties}${cellXml(cell, width, false, options.keepNext ?? false, columns)}</w:tr>`
}

/** tblLook as bit flags for Word 2007 and as attributes for later versions. */
function tableLook(hasHeader: boolean): string {
  const FIRST_ROW = 0x0020
  const NO_BANDS = 0x0200 | 0x0400
  const bits = (hasHeader ? FIRST_ROW : 0) | NO_BANDS
  const value = bits.toString(16).toUpperCase().padStart(4, '0')
  return `<w:tblLook w:val="${value}" w:firstRow="${hasHeader ? 1 : 0}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`
}

export function tableXml(rows: readonly string[], widths: readonly number[], hasHeader: boolean): string {
  const total = widths.reduce((a, b) => a + b, 0)
  const properties =
    valued('w:tblStyle', STYLE.table) +
    `<w:tblW w:w="${escape(total)}" w:type="dxa"/>` +
    // Fixed layout: Word and LibreOffice keep the widths given instead of guessing from the content.
    '<w:tblLayout w:type="fixed"/>' +
    tableLook(hasHeader)
  const grid = parent('w:tblGrid', widths.map((width) => `<w:gridCol w:w="${escape(width)}"/>`).join(''))
  return `<w:tbl><w:tblPr>${properties}</w:tblPr>${grid}${rows.join('')}</w:tbl>`
}

/**
 * Tables waiting to be put in place, per document being packed. docx writes each as an empty
 * place holder element `<smarketing:table n="…"/>`, numbered in document order; packDocx
 * replaces the holders with the tables' text (fillPrebuiltTables).
 */
const PENDING = new WeakMap<object, string[]>()
const HOLDER = /<smarketing:table n="(\d+)"\/>/g

/** A table in the document body, already in its written form. */
export class PrebuiltTable extends FileChild {
  constructor(private readonly xml: string) {
    super('w:tbl')
  }

  override prepForXml(context: IContext): IXmlableObject {
    const pending = PENDING.get(context.file) ?? []
    PENDING.set(context.file, pending)
    pending.push(this.xml)
    return { 'smarketing:table': { _attr: { n: pending.length - 1 } } }
  }
}

/** Before packing `file`: no tables left over from a packing that failed half way. */
export function forgetPrebuiltTables(file: object): void {
  PENDING.delete(file)
}

/** The tables laid out for `file` since it was last forgotten, by place-holder number; forgets them. */
export function takePrebuiltTables(file: object): string[] {
  const pending = PENDING.get(file) ?? []
  PENDING.delete(file)
  return pending
}

/** The part's XML with every table place holder replaced by its table; forgets the tables. */
export function fillPrebuiltTables(file: object, xml: string): string {
  const pending = PENDING.get(file) ?? []
  PENDING.delete(file)
  return xml.replace(HOLDER, (holder, index: string) => {
    const table = pending[Number(index)]
    if (table === undefined) throw new Error(`No table for ${holder}`)
    return table
  })
}
