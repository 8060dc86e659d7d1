import { Unzip, type AsyncFlateStreamHandler, type UnzipDecoder, type UnzipFile } from 'fflate'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { MAX_EXPORT_BYTES } from './decode'
import { excelSerialWallTime } from './dates'

/**
 * Reading the first worksheet of an Excel workbook (.xlsx, as HubSpot and Salesforce export it)
 * row by row (issue 13 §1), with two well-kept libraries already in the tree, fflate's streaming
 * unzip and saxes, a streaming XML parser, and the runtime's own DecompressionStream. Neither the
 * unpacked sheet nor its rows are ever held whole: the zip is pushed piece by piece, each piece's
 * XML is parsed at once and its rows handed on; only the shared strings (the workbook's table of
 * texts, which cells point into) stay in memory, as they must.
 *
 * The zip is read twice: first for the workbook's small parts (which sheet comes first, the date
 * system, which styles are dates, the shared strings, which Excel writes after the sheets), then
 * for the sheet itself.
 */

/** A cell as the import sees it: text, or a number as the workbook stores it (never re-read from text). */
export type Cell = string | number

export type WorkbookProblem = 'notWorkbook' | 'workbookTooLarge' | 'emptySheet'

/**
 * The most a workbook may unpack to: ten times the largest export file, and at most a hundred
 * times the file's own size (a real sheet packs some 5 to 20 times; a zip bomb thousands of times),
 * though never less than SMALL_UNPACKED_BYTES, so small workbooks are never refused for their ratio.
 */
export const MAX_UNPACKED_BYTES = 10 * MAX_EXPORT_BYTES
export const MAX_PACKING_RATIO = 100
const SMALL_UNPACKED_BYTES = 8 * 1024 * 1024

/** Compressed bytes pushed at a time: each unpacks to roughly one to two megabytes of sheet XML. */
export const WORKBOOK_PIECE_BYTES = 128 * 1024

/** Thrown inside the reading to stop it with a problem for the person; nothing outside this module sees it. */
class WorkbookFailure extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(problem)
  }
}

/** The problem a failure inside the reading stands for: a damaged zip or XML is no readable workbook. */
export function workbookProblemOf(error: unknown): WorkbookProblem {
  return error instanceof WorkbookFailure ? error.problem : 'notWorkbook'
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)
}

/**
 * Whether the zip ends with its central directory's end record (in its last 22 bytes plus the
 * longest comment). fflate reads entries as they come and so takes a zip cut short for a shorter one.
 */
function isWholeZip(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true
  }
  return false
}

/** The unpacked bytes a workbook of this size may produce, counted across both readings. */
function unpackedBudget(fileBytes: number): { spend(bytes: number): void } {
  const limit = Math.min(MAX_UNPACKED_BYTES, Math.max(SMALL_UNPACKED_BYTES, MAX_PACKING_RATIO * fileBytes))
  let spent = 0
  return {
    spend(bytes) {
      spent += bytes
      if (spent > limit) throw new WorkbookFailure('workbookTooLarge')
    }
  }
}

type Budget = ReturnType<typeof unpackedBudget>

const NOTHING = new Uint8Array(0)

/**
 * Pushes the zip through fflate piece by piece and hands the unpacked bytes of the wanted entries
 * to `sink`; yields the share of the file pushed after each piece, once what it unpacks to has
 * been handed on.
 *
 * fflate reads the zip's structure; the runtime's DecompressionStream (Chromium's and Node's zlib)
 * unpacks each entry. In Chromium that is about four times faster than fflate's own inflater in
 * JavaScript: 0.23 against 0.9 s for the 42 MB of XML in a workbook of 100,000 rows. Its bytes come
 * in the stream's own time, so each piece waits for them. A reader that stops early (the preview
 * needs a few rows) stops the streams with it.
 */
async function* unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, sink: (name: string, data: Uint8Array, final: boolean) => void, budget: Budget, pieceBytes: number): AsyncGenerator<number> {
  const inflaters = new Set<Inflater>()
  let failure: unknown = null
  const fail = (error: unknown) => {
    failure ??= error
  }
  class Inflater implements UnzipDecoder {
    static readonly compression = 8
    ondata: AsyncFlateStreamHandler = () => undefined
    private readonly stream = new DecompressionStream('deflate-raw')
    private readonly writer = this.stream.writable.getWriter()
    private readonly reader = this.stream.readable.getReader()
    /** Settles when the last chunk pushed has been taken in, and with it what came before. */
    taken: Promise<void> = Promise.resolve()
    /** Settles when every unpacked byte has been handed on, or the stream failed (then `failure`). */
    readonly finished: Promise<void>

    constructor() {
      // A failure (the sink's, or a damaged stream) stops the stream, so no write waits on it forever.
      this.finished = this.pump().catch((error: unknown) => {
        fail(error)
        this.stop()
      })
      inflaters.add(this)
    }

    push(chunk: Uint8Array, final: boolean): void {
      // The stream reads the file's own bytes; fflate never changes them.
      if (chunk.length > 0) this.taken = this.writer.write(chunk as Uint8Array<ArrayBuffer>).catch(fail)
      if (final) this.taken = this.writer.close().catch(fail)
    }

    private async pump(): Promise<void> {
      for (;;) {
        const { done, value } = await this.reader.read()
        if (done) break
        this.ondata(null, value, false)
      }
      this.ondata(null, NOTHING, true)
    }

    stop(): void {
      this.reader.cancel().catch(() => undefined)
      this.writer.abort().catch(() => undefined)
    }
  }

  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted(file.name)) return
    file.ondata = (error, data, final) => {
      if (error) throw new WorkbookFailure('notWorkbook')
      budget.spend(data.length)
      sink(file.name, data, final)
    }
    file.start()
  })
  unzip.register(Inflater)
  const settled = async (what: (inflater: Inflater) => Promise<void>) => {
    await Promise.all(Array.from(inflaters, what))
    // A damaged stream is no readable workbook; what the sink threw (a workbook too large) stays itself.
    if (failure !== null) throw failure instanceof WorkbookFailure ? failure : new WorkbookFailure('notWorkbook')
  }
  try {
    for (let start = 0; start < bytes.length; start += pieceBytes) {
      const end = Math.min(bytes.length, start + pieceBytes)
      unzip.push(bytes.subarray(start, end), end === bytes.length)
      await settled((inflater) => inflater.taken)
      yield end / bytes.length
    }
    await settled((inflater) => inflater.finished)
  } finally {
    for (const inflater of inflaters) inflater.stop()
  }
}

/** Element names without a namespace prefix (`x:row` → `row`): some writers prefix SpreadsheetML. */
function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** The same for the sheet's millions of tags: the unprefixed names Excel writes are answered without a search. */
function sheetTagName(name: string): string {
  return name === 'c' || name === 'v' || name === 'row' ? name : localName(name)
}

/** An XML parser for UTF-8 bytes arriving in pieces. */
function xmlStream(parser: SaxesParser): (data: Uint8Array, final: boolean) => void {
  const decoder = new TextDecoder('utf-8')
  return (data, final) => {
    parser.write(decoder.decode(data, { stream: !final }))
    if (final) parser.close()
  }
}

function newParser(): SaxesParser {
  // Positions are only for error messages, which the person never sees; without them saxes runs faster.
  return new SaxesParser({ position: false })
}

/** OOXML writes characters XML cannot hold as `_xHHHH_` (Excel: `_x000D_` for a carriage return). */
function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text
}

/** Shared strings joined into one text per block of this many: a few large strings instead of one object each. */
const STRINGS_PER_BLOCK = 4096

/**
 * The workbook's shared strings, which stay in memory through the whole import (issue 13: memory
 * ≤ 3× the file). Each is kept as a stretch of one joined text per block, with its end offset, not
 * as a string object of its own; joining also copies it out of the decoded XML around it, which a
 * string sliced from that XML would keep alive. For a 6.1 MB workbook of 100,000 rows (100,000
 * shared e-mail addresses) the import held 19 MB at its peak with a string each, 14 MB so.
 */
export class StringTable {
  private readonly blocks: string[] = []
  /** Per string, where it ends in its block. */
  private ends = new Uint32Array(STRINGS_PER_BLOCK)
  private pending: string[] = []
  private count = 0

  add(text: string): void {
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2)
      grown.set(this.ends)
      this.ends = grown
    }
    const start = this.pending.length === 0 ? 0 : this.ends[this.count - 1]!
    this.ends[this.count++] = start + text.length
    this.pending.push(text)
    if (this.pending.length === STRINGS_PER_BLOCK) this.seal()
  }

  /** Ends the table: the last, partly filled block is joined too. */
  seal(): void {
    if (this.pending.length > 0) this.blocks.push(this.pending.join(''))
    this.pending = []
  }

  get size(): number {
    return this.count
  }

  /** The string at `index`, or undefined outside the table; only for a sealed table. */
  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined
    const block = Math.floor(index / STRINGS_PER_BLOCK)
    const start = index % STRINGS_PER_BLOCK === 0 ? 0 : this.ends[index - 1]!
    return this.blocks[block]?.slice(start, this.ends[index])
  }
}

/** What one part of a parse listens to; saxes takes one handler per event, so `listen` fans them out. */
interface XmlHandlers {
  open?(name: string, tag: SaxesTagPlain): void
  text?(text: string): void
  close?(name: string): void
}

function listen(parser: SaxesParser, ...all: XmlHandlers[]): void {
  const opens = all.flatMap((h) => (h.open ? [h.open] : []))
  const texts = all.flatMap((h) => (h.text ? [h.text] : []))
  const closes = all.flatMap((h) => (h.close ? [h.close] : []))
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    for (const open of opens) open(name, tag)
  })
  const onText = (text: string) => {
    for (const handle of texts) handle(text)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    for (const close of closes) close(name)
  })
}

/** The text of the `<t>` elements inside `element` (a shared string's `<si>`, a cell's `<is>`), without phonetic runs. */
function textCollector(element: string, onText: (text: string) => void): XmlHandlers {
  let inside = false
  let inT = false
  let inPhonetic = false
  let text = ''
  return {
    open(name, tag) {
      if (name === element) {
        inside = true
        text = ''
      } else if (inside && name === 'rPh') inPhonetic = true
      else if (inside && name === 't' && !inPhonetic) inT = !tag.isSelfClosing
    },
    text(chunk) {
      if (inT) text += chunk
    },
    close(name) {
      if (name === 't') inT = false
      else if (name === 'rPh') inPhonetic = false
      else if (name === element && inside) {
        inside = false
        onText(unescapeText(text))
      }
    }
  }
}

// ——— The workbook's small parts ———

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/** Whether a custom format code shows a date or time: a d, m, y, h or s outside quotes, escapes and [colour] or [$-407] brackets. */
export function isDateFormat(code: string): boolean {
  const section = code.split(';')[0] ?? ''
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
  return /[dmyhs]/i.test(bare)
}

interface WorkbookParts {
  /** Lower-cased entry name → its XML (the relationships, the workbook and its styles). */
  xml: Map<string, string>
  /** Lower-cased entry name → the shared strings it holds. */
  sharedStrings: Map<string, StringTable>
}

const SMALL_PART = /(^|\/)(_rels\/[^/]*\.rels|workbook\.xml|styles\.xml)$/i
const SHARED_STRINGS = /(^|\/)sharedstrings\.xml$/i

async function readParts(bytes: Uint8Array, budget: Budget, pieceBytes: number): Promise<WorkbookParts> {
  const xml = new Map<string, string>()
  const texts = new Map<string, { decoder: TextDecoder; text: string }>()
  const sharedStrings = new Map<string, StringTable>()
  const sharedStreams = new Map<string, (data: Uint8Array, final: boolean) => void>()
  const wanted = (name: string) => SMALL_PART.test(name) || SHARED_STRINGS.test(name)
  const sink = (name: string, data: Uint8Array, final: boolean) => {
    const key = name.toLowerCase()
    if (SHARED_STRINGS.test(name)) {
      let stream = sharedStreams.get(key)
      if (!stream) {
        const strings = new StringTable()
        sharedStrings.set(key, strings)
        const parser = newParser()
        listen(parser, textCollector('si', (text) => strings.add(text)))
        stream = xmlStream(parser)
        sharedStreams.set(key, stream)
      }
      stream(data, final)
      return
    }
    const part = texts.get(key) ?? { decoder: new TextDecoder('utf-8'), text: '' }
    texts.set(key, part)
    part.text += part.decoder.decode(data, { stream: !final })
    if (final) xml.set(key, part.text)
  }
  for await (const _ of unzipEntries(bytes, wanted, sink, budget, pieceBytes));
  for (const table of sharedStrings.values()) table.seal()
  return { xml, sharedStrings }
}

/** The elements named `name` of an XML text, with their attributes. */
function elements(text: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = []
  const parser = newParser()
  listen(parser, { open: (tagName, tag) => tagName === name && found.push(tag.attributes) })
  parser.write(text).close()
  return found
}

/** The attribute of that local name (`r:id` and `id` alike, whatever the prefix). */
function attribute(attributes: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (localName(key) === name) return value
  return undefined
}

/** A relationship's target as an entry name, relative to the folder of the part that points to it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1).toLowerCase()
  const folder = fromPart.includes('/') ? fromPart.slice(0, fromPart.lastIndexOf('/') + 1) : ''
  const path: string[] = []
  for (const segment of `${folder}${target}`.split('/')) {
    if (segment === '..') path.pop()
    else if (segment !== '.' && segment !== '') path.push(segment)
  }
  return path.join('/').toLowerCase()
}

function relationships(parts: WorkbookParts, part: string): Record<string, string>[] {
  const slash = part.lastIndexOf('/')
  const rels = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
  const text = parts.xml.get(rels)
  return text === undefined ? [] : elements(text, 'Relationship')
}

const relationType = (relation: Record<string, string>) => relation.Type?.slice(relation.Type.lastIndexOf('/') + 1)

export interface Workbook {
  /** The entry name of the sheet read: the workbook's first worksheet. */
  sheetPart: string
  /** Its name as Excel shows it on the tab. */
  sheet: string
  date1904: boolean
  sharedStrings: StringTable
  /** Per cell style index: whether it formats a number as a date. */
  dateStyles: readonly boolean[]
}

/** The workbook's first worksheet and what reading its cells needs. Throws a WorkbookFailure. */
function openWorkbook(parts: WorkbookParts): Workbook {
  const officeDocument = relationships(parts, '').find((relation) => relationType(relation) === 'officeDocument')
  const workbookPart = officeDocument?.Target ? resolveTarget('', officeDocument.Target) : 'xl/workbook.xml'
  const workbookXml = parts.xml.get(workbookPart)
  if (workbookXml === undefined) throw new WorkbookFailure('notWorkbook')
  const related = relationships(parts, workbookPart)
  const targetOf = (relation: Record<string, string> | undefined) => (relation?.Target ? resolveTarget(workbookPart, relation.Target) : undefined)
  const worksheets = new Map(related.filter((relation) => relationType(relation) === 'worksheet').map((relation) => [relation.Id, targetOf(relation)]))
  const sheets = elements(workbookXml, 'sheet')
  const first = sheets.find((sheet) => worksheets.has(attribute(sheet, 'id') ?? ''))
  const sheetPart = first && worksheets.get(attribute(first, 'id') ?? '')
  if (!first || !sheetPart) throw new WorkbookFailure(sheets.length === 0 ? 'notWorkbook' : 'emptySheet')
  const date1904 = elements(workbookXml, 'workbookPr').some((pr) => pr.date1904 === '1' || pr.date1904 === 'true')

  // A part the workbook names but the zip lacks: damaged, and its cells would be read wrong.
  const sharedStringsPart = targetOf(related.find((relation) => relationType(relation) === 'sharedStrings'))
  const stylesPart = targetOf(related.find((relation) => relationType(relation) === 'styles'))
  const sharedStrings = sharedStringsPart === undefined ? new StringTable() : parts.sharedStrings.get(sharedStringsPart)
  const stylesXml = stylesPart === undefined ? undefined : parts.xml.get(stylesPart)
  if (sharedStrings === undefined || (stylesPart !== undefined && stylesXml === undefined)) throw new WorkbookFailure('notWorkbook')
  return { sheetPart, sheet: first.name ?? '', date1904, sharedStrings, dateStyles: dateStylesOf(stylesXml) }
}

/** Which cell styles (`<cellXfs>`, in order) format their number as a date or time. */
function dateStylesOf(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return []
  const customDates = new Set<number>()
  const styles: boolean[] = []
  let inCellXfs = false
  const parser = newParser()
  listen(parser, {
    open(name, tag) {
      if (name === 'numFmt' && isDateFormat(tag.attributes.formatCode ?? '')) customDates.add(Number(tag.attributes.numFmtId))
      else if (name === 'cellXfs') inCellXfs = !tag.isSelfClosing
      else if (name === 'xf' && inCellXfs) {
        const format = Number(tag.attributes.numFmtId ?? 0)
        styles.push(BUILT_IN_DATE_FORMATS.has(format) || customDates.has(format))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    }
  })
  parser.write(stylesXml).close()
  return styles
}

// ——— The sheet ———

/** Column index of a cell reference (`A1` → 0, `AB7` → 27); -1 when it has no letters. */
function columnOf(reference: string): number {
  let column = 0
  let i = 0
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20
    if (code < 0x61 || code > 0x7a) break
    column = column * 26 + (code - 0x60)
  }
  return i === 0 ? -1 : column - 1
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A date cell as the wall-clock text CSV exports write (`2027-01-15 09:30`), so a date lands as
 * the same instant whichever file it came from, and the preview shows it as a date.
 */
function dateText(serial: number, date1904: boolean): string | null {
  const wall = excelSerialWallTime(serial, date1904)
  if (!wall) return null
  const seconds = wall.second === 0 ? '' : `:${pad(wall.second)}`
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}${seconds}`
}

/** Receives each row that holds anything, with its row number as Excel shows it. */
export type RowHandler = (cells: Cell[], row: number) => void

/**
 * Parses sheet XML into rows; cells Excel left out are empty texts. Date cells stay serial numbers
 * for the import (it reads them with the workbook's date system), and become wall-clock texts
 * where a person reads them (`datesAsText`: the preview). Written with saxes's own handlers, not
 * `listen`: this runs for every cell of the sheet.
 */
function sheetParser(workbook: Workbook, onRow: RowHandler, datesAsText: boolean): SaxesParser {
  const parser = newParser()
  let cells: Cell[] = []
  let rowNumber = 0
  let column = -1
  let type = 'n'
  let dateStyle = false
  let value = ''
  let inValue = false
  let inline = ''
  let inInline = false
  let inText = false
  let inPhonetic = false
  let filled = false
  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (sheetTagName(tag.name)) {
      case 'row': {
        const r = Number(tag.attributes.r)
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1
        cells = []
        column = -1
        filled = false
        break
      }
      case 'c': {
        const reference = tag.attributes.r
        const at = reference === undefined ? -1 : columnOf(reference)
        column = at >= 0 ? at : column + 1
        type = tag.attributes.t ?? 'n'
        dateStyle = datesAsText && workbook.dateStyles[Number(tag.attributes.s ?? 0)] === true
        value = ''
        inline = ''
        break
      }
      case 'v':
        inValue = !tag.isSelfClosing
        break
      case 'is':
        inInline = !tag.isSelfClosing
        break
      case 'rPh':
        inPhonetic = !tag.isSelfClosing
        break
      case 't':
        inText = inInline && !inPhonetic && !tag.isSelfClosing
        break
    }
  })
  const onText = (text: string) => {
    if (inValue) value += text
    else if (inText) inline += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (sheetTagName(tag.name)) {
      case 'v':
        inValue = false
        break
      case 't':
        inText = false
        break
      case 'rPh':
        inPhonetic = false
        break
      case 'is':
        inInline = false
        break
      case 'c': {
        const read = cellValue(type, value, inline, dateStyle)
        if (read !== '') {
          // Cells Excel left out between two filled ones are empty.
          while (cells.length < column) cells.push('')
          cells[column] = read
          filled ||= typeof read === 'number' || read.trim() !== ''
        }
        break
      }
      case 'row':
        if (filled) onRow(cells, rowNumber)
        break
    }
  })

  function cellValue(cellType: string, text: string, inlineText: string, isDate: boolean): Cell {
    switch (cellType) {
      case 's':
        return workbook.sharedStrings.at(Number(text)) ?? ''
      case 'inlineStr':
        return unescapeText(inlineText)
      case 'b':
        return text === '1' ? 'TRUE' : text === '0' ? 'FALSE' : text
      case 'str':
      case 'e':
      case 'd':
        return unescapeText(text)
      default: {
        if (text === '') return ''
        const number = Number(text)
        if (!Number.isFinite(number)) return text
        return (isDate && dateText(number, workbook.date1904)) || number
      }
    }
  }
  return parser
}

export interface SheetRows {
  workbook: Workbook
  /**
   * Reads the sheet, handing each row to onRow; yields the share of the file read after each
   * piece. Date cells are serial numbers, or with `datesAsText` the wall-clock texts a CSV holds.
   */
  rows(onRow: RowHandler, datesAsText?: boolean): AsyncGenerator<number>
}

/**
 * Opens a workbook for reading its first worksheet. Throws on a damaged or hostile file; turn the
 * error into a problem with workbookProblemOf.
 */
export async function openSheet(bytes: Uint8Array, pieceBytes = WORKBOOK_PIECE_BYTES): Promise<SheetRows> {
  if (!isWholeZip(bytes)) throw new WorkbookFailure('notWorkbook')
  const budget = unpackedBudget(bytes.length)
  const workbook = openWorkbook(await readParts(bytes, budget, pieceBytes))
  return {
    workbook,
    async *rows(onRow, datesAsText = false) {
      const parser = sheetParser(workbook, onRow, datesAsText)
      const write = xmlStream(parser)
      let seen = false
      const wanted = (name: string) => name.toLowerCase() === workbook.sheetPart
      for await (const done of unzipEntries(bytes, wanted, (_, data, final) => ((seen = true), write(data, final)), budget, pieceBytes)) yield done
      if (!seen) throw new WorkbookFailure('notWorkbook')
    }
  }
}
