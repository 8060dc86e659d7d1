import { FileChild, type IXmlableObject } from 'docx'
import { STYLE } from './styles'
import { safeLines } from './xml-safe-text'

/**
 * Data tables written as WordprocessingML directly, in the object form docx serialises.
 *
 * Why not docx's Table, TableRow, TableCell, Paragraph, TextRun? Each of them is a class that
 * copies its options and formats itself recursively; for an SLA with 5,000 targets that is a
 * quarter of a million objects and several seconds, against SPEC §9's "an SLA export takes well
 * under a second". A table cell here is a few object literals. The markup is the one docx writes
 * (same style ids, same elements, in the order the schema demands; the schema test checks it),
 * and it still goes through docx's serialiser, which escapes every text and attribute.
 */
type Node = IXmlableObject

export interface CellXml {
  text: string
  details: readonly string[]
  fill?: string
  bold?: boolean
  colour?: string
  align: 'left' | 'center' | 'right'
}

const empty = (name: string): Node => ({ [name]: {} })
const valued = (name: string, value: string | number): Node => ({ [name]: { _attr: { 'w:val': value } } })

/** Spaces at either end would be dropped without xml:space="preserve"; most texts have none. */
function textElement(text: string): Node {
  return /^\s|\s$/.test(text) ? { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, text] } : { 'w:t': [text] }
}

function textRun(text: string, bold: boolean | undefined, colour: string | undefined): Node[] {
  const properties: Node[] = [...(bold ? [empty('w:b'), empty('w:bCs')] : []), ...(colour ? [valued('w:color', colour)] : [])]
  const lines = safeLines(text)
  const content = lines.flatMap((line, index): Node[] => [...(index > 0 ? [empty('w:br')] : []), textElement(line)])
  return [{ 'w:r': [...(properties.length > 0 ? [{ 'w:rPr': properties }] : []), ...content] }]
}

function paragraphXml(style: string, align: CellXml['align'], text: string, keepNext: boolean, bold?: boolean, colour?: string): Node {
  // Left is what a paragraph does anyway; leaving it out keeps big tables small.
  const properties: Node[] = [valued('w:pStyle', style), ...(keepNext ? [empty('w:keepNext')] : []), ...(align === 'left' ? [] : [valued('w:jc', align)])]
  return { 'w:p': [{ 'w:pPr': properties }, ...textRun(text, bold, colour)] }
}

function cellXml(cell: CellXml, width: number, header: boolean, keepNext: boolean): Node {
  const properties: Node[] = [
    { 'w:tcW': { _attr: { 'w:w': width, 'w:type': 'dxa' } } },
    ...(cell.fill ? [{ 'w:shd': { _attr: { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': cell.fill } } }] : [])
  ]
  const main = paragraphXml(header ? STYLE.tableHeading : STYLE.tableText, cell.align, cell.text, keepNext, cell.bold, cell.colour)
  const details = cell.details.map((line) => paragraphXml(STYLE.tableNote, cell.align, line, keepNext))
  return { 'w:tc': [{ 'w:tcPr': properties }, main, ...details] }
}

/**
 * `keepNext` keeps the row on the page of the row after it: set on every row but the last, it
 * keeps a short table in one piece (Word's own way, which LibreOffice follows too).
 */
export function rowXml(cells: readonly CellXml[], widths: readonly number[], options: { header: boolean; cantSplit: boolean; keepNext?: boolean }): Node {
  // A header row repeats on every page the table runs over (tblHeader).
  const properties = [...(options.cantSplit ? [empty('w:cantSplit')] : []), ...(options.header ? [empty('w:tblHeader')] : [])]
  const keepNext = options.keepNext ?? false
  return { 'w:tr': [...(properties.length > 0 ? [{ 'w:trPr': properties }] : []), ...cells.map((cell, index) => cellXml(cell, widths[index] ?? 0, options.header, keepNext))] }
}

/** tblLook as bit flags for Word 2007 and as attributes for later versions. */
function tableLook(hasHeader: boolean): Node {
  const FIRST_ROW = 0x0020
  const NO_BANDS = 0x0200 | 0x0400
  const bits = (hasHeader ? FIRST_ROW : 0) | NO_BANDS
  return {
    'w:tblLook': {
      _attr: {
        'w:val': bits.toString(16).toUpperCase().padStart(4, '0'),
        'w:firstRow': hasHeader ? 1 : 0,
        'w:lastRow': 0,
        'w:firstColumn': 0,
        'w:lastColumn': 0,
        'w:noHBand': 1,
        'w:noVBand': 1
      }
    }
  }
}

export function tableXml(rows: readonly Node[], widths: readonly number[], hasHeader: boolean): Node {
  const total = widths.reduce((a, b) => a + b, 0)
  return {
    'w:tbl': [
      {
        'w:tblPr': [
          valued('w:tblStyle', STYLE.table),
          { 'w:tblW': { _attr: { 'w:w': total, 'w:type': 'dxa' } } },
          // Fixed layout: Word and LibreOffice keep the widths given instead of guessing from the content.
          { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } },
          tableLook(hasHeader)
        ]
      },
      { 'w:tblGrid': widths.map((width) => ({ 'w:gridCol': { _attr: { 'w:w': width } } })) },
      ...rows
    ]
  }
}

/** A table in the document body, already in its written form. */
export class PrebuiltTable extends FileChild {
  constructor(private readonly xml: Node) {
    super('w:tbl')
  }

  override prepForXml(): Node {
    return this.xml
  }
}
