import { Paragraph, Tab, TextRun, type AlignmentType, type IRunOptions, type Table, type TableOfContents } from 'docx'
import { CELL_MARGINS, fitColumns, hyphenateOverlong, textWidth, widestWord } from './column-fit'
import { SIZE, TEXT_WIDTH, columnWidths } from './measures'
import { BULLETS, STYLE } from './styles'
import { PrebuiltTable, rowXml, spanningRowXml, tableXml, type CellXml } from './table-xml'
import { isRightToLeft } from './text-direction'
import { safeLines, xmlSafe } from './xml-safe-text'

/**
 * The building blocks every section is made of. Text enters a document only through `runs`,
 * `safeText` (the few places docx takes a plain string) and the table cells of table-xml.ts, all
 * of which pass it through xmlSafe on its way in.
 */
export type Block = Paragraph | Table | TableOfContents | PrebuiltTable

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>

export function safeText(text: string): string {
  return xmlSafe(text)
}

/**
 * The runs of a text, a line break for each line end the room typed; a line that starts in a
 * right-to-left script (text-direction.ts) is a right-to-left run (`w:rtl`).
 */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return safeLines(text).map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined, rightToLeft: isRightToLeft(line) || undefined }))
}

/** A paragraph whose text starts in a right-to-left script runs right to left (`w:bidi`), its start on the right. */
function direction(text: string): { bidirectional?: true } {
  return isRightToLeft(text) ? { bidirectional: true } : {}
}

interface ParagraphOptions {
  style?: string
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]
  keepNext?: boolean
  run?: RunStyle
  pageBreakBefore?: boolean
}

export function paragraph(text: string, options: ParagraphOptions = {}): Paragraph {
  const { run, ...rest } = options
  return new Paragraph({ ...rest, ...direction(text), children: runs(text, run) })
}

/** A paragraph of several differently styled pieces, e.g. a bold label and its value. */
export function richParagraph(parts: ReadonlyArray<{ text: string; style?: RunStyle }>, options: Omit<ParagraphOptions, 'run'> = {}): Paragraph {
  return new Paragraph({ ...options, ...direction(parts.map((part) => part.text).join('')), children: parts.flatMap((part) => runs(part.text, part.style)) })
}

/**
 * A heading below the contents' levels (Heading 3), unnumbered. Headings 1 and 2 come from
 * outline.ts, which numbers them and lists them in the table of contents.
 */
export function minorHeading(title: string): Paragraph {
  return new Paragraph({ style: STYLE.heading3, ...direction(title), children: runs(title) })
}

export function note(text: string): Paragraph {
  return paragraph(text, { style: STYLE.note })
}

export function bullets(texts: readonly string[]): Paragraph[] {
  return texts.map((text) => new Paragraph({ style: STYLE.listBullet, ...direction(text), numbering: { reference: BULLETS, level: 0 }, children: runs(text) }))
}

/** "Label⇥value" on one line; the paragraph's style aligns the values (title page facts). */
export function labelled(label: string, value: string, style: string, labelColour: string): Paragraph {
  return new Paragraph({
    style,
    children: [...runs(label, { color: labelColour }), new TextRun({ children: [new Tab()] }), ...runs(value, { bold: true })]
  })
}

/** What a table cell holds: plain text, or text with a muted second line, a fill colour, emphasis. */
export interface Cell {
  text: string
  /** Further lines in smaller, muted type (e.g. "Entry criteria: …", "proposed"). */
  details?: readonly string[]
  fill?: string
  bold?: boolean
  colour?: string
  align?: 'left' | 'center' | 'right'
}

export type CellValue = string | Cell

export interface Column {
  header: string
  /** Relative width; the widths are scaled to fill the text width exactly. */
  weight: number
  align?: 'left' | 'center' | 'right'
}

/** A row whose text could not fit one page must be allowed to break, or Word would cut it off. */
const UNSPLITTABLE_TEXT = 600

/**
 * A cell whose text would run longer than this many lines in its column is set in a row of its
 * own under its entry, across the table's whole width, its column's name before it (issue 12 §2).
 * LibreOffice lays out a paragraph in a table cell in a time that grows with its length times its
 * lines: the minutes of a finished workshop with every text at its field's limit, in mixed
 * scripts, took it 12 s, and 2 to 4 s with its long texts set across the page
 * (test/integration/render-time.test.ts). A name, a role, a sentence or two stay in their column;
 * a column that tall and narrow is hard to read anyway.
 */
const MAX_CELL_LINES = 15
/** What stands in the column of a text set in the row under its entry. */
const SET_BELOW = '↓'

function asCell(value: CellValue, align: Column['align']): CellXml {
  const cell = typeof value === 'string' ? { text: value } : value
  return { text: cell.text, details: cell.details ?? [], fill: cell.fill, bold: cell.bold, colour: cell.colour, align: cell.align ?? align ?? 'left' }
}

function textLength(cells: readonly CellXml[]): number {
  return cells.reduce((sum, cell) => sum + cell.text.length + cell.details.reduce((a, line) => a + line.length, 0), 0)
}

export interface TableOptions {
  /** Default: the text width. */
  width?: number
  /** Keep the whole table on one page; only for tables that are sure to fit on one. */
  keepTogether?: boolean
  /** The last row keeps with what follows: a note that explains the table never stands alone on the next page. */
  keepWithNext?: boolean
}

/**
 * A table in the document's table style, its columns filling the text width exactly, its header
 * row repeated on every page, and rows kept on one page where they fit on one.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly CellValue[])[], options: TableOptions = {}): PrebuiltTable {
  const total = options.width ?? TEXT_WIDTH
  const headerCells = columns.map((column) => asCell(column.header, column.align))
  const bodyCells = rows.map((row) => columns.map((column, at) => asCell(row[at] ?? '', column.align)))
  // What each cell's widest word needs, and so each column (column-fit.ts).
  const headerNeeds = headerCells.map((cell) => cellNeed(cell, true))
  const bodyNeeds = bodyCells.map((cells) => cells.map((cell) => cellNeed(cell, false)))
  const columnNeeds = headerNeeds.map((need, at) => bodyNeeds.reduce((widest, needs) => Math.max(widest, needs[at] ?? 0), need))
  const proposed = columnWidths(
    columns.map((column) => column.weight),
    total
  )
  const widths = fitColumns(proposed, columnNeeds, total)
  const keepTogether = options.keepTogether ?? false
  const last = rows.length - 1
  // The header row stays with the first row, and a short last row is never alone on a new page
  // under a repeated header: the row before it keeps it company. Only rows that cannot split
  // keep with the next: LibreOffice takes minutes over a page-long row kept with another.
  const header = rowXml(breakable(headerCells, headerNeeds, widths, true), widths, { header: true, cantSplit: true, keepNext: rows.length > 0 })
  const split = bodyCells.map((cells) => setLongCellsBelow(cells, widths, columns))
  const unsplittable = split.map(({ inRow, below }) => below.length === 0 && textLength(inRow) < UNSPLITTABLE_TEXT)
  const body = split.flatMap(({ inRow, below }, index) => {
    const keepNext =
      index < last
        ? keepTogether || (index === last - 1 && unsplittable[index] === true && unsplittable[last] === true)
        : options.keepWithNext === true && unsplittable[index] === true
    const row = rowXml(breakable(inRow, inRow.map((cell) => cellNeed(cell, false)), widths, false), widths, {
      header: false,
      cantSplit: textLength(inRow) < UNSPLITTABLE_TEXT,
      // An entry stays on the page of the first of its texts set below it.
      keepNext: keepNext || below.length > 0
    })
    const rowsBelow = below.map((cell, at) =>
      spanningRowXml(breakable([cell], [cellNeed(cell, false)], [total], false)[0] ?? cell, total, columns.length, {
        cantSplit: textLength([cell]) < UNSPLITTABLE_TEXT,
        keepNext: keepNext || at < below.length - 1
      })
    )
    return [row, ...rowsBelow]
  })
  return new PrebuiltTable(tableXml([header, ...body], widths, true))
}

/** How many lines a cell's text and details take in a column this wide (Arial's widths, column-fit.ts). */
function linesIn(cell: CellXml, width: number): number {
  const room = Math.max(1, width - CELL_MARGINS)
  const text = textWidth(cell.text, SIZE.table, cell.bold === true)
  return cell.details.reduce((lines, line) => lines + Math.ceil(textWidth(line, SIZE.small) / room), Math.ceil(text / room))
}

/** The row's cells with each one too long for its column (MAX_CELL_LINES) taken out, labelled, to be set below the row. */
function setLongCellsBelow(cells: readonly CellXml[], widths: readonly number[], columns: readonly Column[]): { inRow: CellXml[]; below: CellXml[] } {
  const below: CellXml[] = []
  const inRow = cells.map((cell, at) => {
    if (linesIn(cell, widths[at] ?? 0) <= MAX_CELL_LINES) return cell
    below.push({ ...cell, label: `${columns[at]?.header ?? ''}: `, align: 'left' })
    return { text: SET_BELOW, details: [], align: 'center' as const }
  })
  return { inRow, below }
}

/** The width a cell's widest word needs, its margins included: its text in table size (bold in the header), its details smaller. */
function cellNeed(cell: CellXml, header: boolean): number {
  let widest = widestWord(cell.text, SIZE.table, header || cell.bold === true)
  for (const line of cell.details) widest = Math.max(widest, widestWord(line, SIZE.small, false))
  return widest === 0 ? 0 : widest + CELL_MARGINS
}

/** The cells, with optional hyphens in any word still wider than its column (column-fit.ts). */
function breakable(cells: readonly CellXml[], needs: readonly number[], widths: readonly number[], header: boolean): readonly CellXml[] {
  if (cells.every((_, at) => (needs[at] ?? 0) <= (widths[at] ?? 0))) return cells
  return cells.map((cell, at) => {
    const width = widths[at] ?? 0
    if ((needs[at] ?? 0) <= width) return cell
    return {
      ...cell,
      text: hyphenateOverlong(cell.text, width, SIZE.table, header || cell.bold === true),
      details: cell.details.map((line) => hyphenateOverlong(line, width, SIZE.small, false))
    }
  })
}

/**
 * An empty paragraph after a table, so two tables or a table and a heading never touch. It keeps
 * with what follows: the space belongs to the next block, and a table kept with its note stays so.
 */
export function spacer(): Paragraph {
  return new Paragraph({ style: STYLE.note, keepNext: true, children: [] })
}
