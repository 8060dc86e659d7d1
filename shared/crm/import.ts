import Papa from 'papaparse'
import type { Language } from '../domain/language'
import { parseNumber } from '../domain/numbers'
import { dateReader, serialReader } from './dates'
import { checkExport, MAX_EXPORT_BYTES, textPieces, type CheckedExport, type DecodeProblem, type Encoding } from './decode'
import { figureAccumulator, type CrmFigures, type CrmRecord, type FigureSettings } from './figures'
import { stageOf } from './lifecycle'
import { CRM_CONCEPTS, DATE_CONCEPTS, missingRequired, normalizeHeader, recognizePreset, type CrmConcept, type CrmMapping, type DateConcept, type PresetMatch } from './mapping'
import { isZip, openSheet, workbookProblemOf, type Cell, type RowHandler, type WorkbookProblem } from './xlsx'

/**
 * Importing a CRM export (issue 13): bytes in, aggregate figures out. Pure and free of the DOM, so
 * a Web Worker can run it: progress through a callback, cancelling through an AbortSignal, and
 * every failure a typed result — nothing throws past these functions.
 *
 * A CSV file (papaparse) and an Excel workbook (xlsx.ts) are two sources of the same rows: from
 * the header row on, one pipeline maps them and computes the figures.
 *
 * The file is read in two passes over the same bytes: readExportHead for the header row, the
 * preview and the preset, while the person confirms the mapping; importExport for the figures.
 * Neither keeps a row: the figures hold counts and sums only (and owner names only when figures
 * per owner were chosen).
 */

export type Delimiter = ',' | ';' | '\t'

export type HeadProblem = DecodeProblem | WorkbookProblem | 'noHeader'

/** What kind of file the export is: text with its encoding and delimiter, or a workbook and the sheet read. */
export type ExportFormat = { format: 'csv'; encoding: Encoding; delimiter: Delimiter } | { format: 'xlsx'; sheet: string }

export type ExportHead = ExportFormat & {
  ok: true
  headers: string[]
  /** The first data rows, for the mapping screen only — never to be stored. */
  preview: string[][]
  /** The preset the header row matches, or null: map by hand. */
  preset: PresetMatch | null
}

export type HeadResult = ExportHead | { ok: false; problem: HeadProblem }

export const PREVIEW_ROWS = 5

const readAnyDate = dateReader('UTC')
const E_MAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/
const NUMBER = /^[-+]?\d+(?:[.,]\d+)*$/

/** A header row names columns: a date or an e-mail address in it, or only numbers, mean the file starts with data. */
function looksLikeData(row: readonly string[]): boolean {
  const filled = row.map((cell) => cell.trim()).filter((cell) => cell !== '')
  return filled.some((cell) => E_MAIL.test(cell) || readAnyDate(cell) !== null) || (filled.length > 0 && filled.every((cell) => NUMBER.test(cell)))
}

interface ParsedHead {
  delimiter: Delimiter
  newline: string
  rows: string[][]
}

function parseHead(text: string): ParsedHead {
  const parsed = Papa.parse<string[]>(text, { preview: PREVIEW_ROWS + 1, delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' })
  const delimiter = (parsed.meta.delimiter === ';' || parsed.meta.delimiter === '\t' ? parsed.meta.delimiter : ',') as Delimiter
  return { delimiter, newline: parsed.meta.linebreak, rows: parsed.data }
}

/** The header row, the first rows and the preset of an export; a problem when it cannot be an export with a header. */
export async function readExportHead(bytes: Uint8Array): Promise<HeadResult> {
  if (isZip(bytes) && bytes.length <= MAX_EXPORT_BYTES) return readWorkbookHead(bytes)
  try {
    const checked = checkExport(bytes)
    if (!checked.ok) return checked
    const head = parseHead(headText(checked))
    const [headers = [], ...preview] = head.rows
    return headed({ format: 'csv', encoding: checked.encoding, delimiter: head.delimiter }, headers, preview)
  } catch {
    return { ok: false, problem: 'binary' }
  }
}

/** The head of an export whose first rows were read: a problem when the first row is no header. */
function headed(format: ExportFormat, headers: string[], preview: string[][]): HeadResult {
  if (headers.every((cell) => cell.trim() === '') || (recognizePreset(headers) === null && looksLikeData(headers))) return { ok: false, problem: 'noHeader' }
  return { ok: true, ...format, headers, preview, preset: recognizePreset(headers) }
}

const asText = (cells: readonly Cell[]): string[] => Array.from(cells, (cell) => (cell === undefined ? '' : String(cell)))

async function readWorkbookHead(bytes: Uint8Array): Promise<HeadResult> {
  try {
    const sheet = await openSheet(bytes)
    const rows: string[][] = []
    for await (const _ of sheet.rows((cells) => void rows.push(asText(cells)), true)) if (rows.length > PREVIEW_ROWS) break
    const [headers, ...preview] = rows.slice(0, PREVIEW_ROWS + 1)
    if (!headers) return { ok: false, problem: 'emptySheet' }
    return headed({ format: 'xlsx', sheet: sheet.workbook.sheet }, headers, preview)
  } catch (error) {
    return { ok: false, problem: workbookProblemOf(error) }
  }
}

/** Enough of the text for the header row and the preview. */
const HEAD_BYTES = 256 * 1024

function headText(checked: { bytes: Uint8Array; encoding: Encoding }): string {
  return textPieces(checked, HEAD_BYTES).next().value?.text ?? ''
}

// ——— The import ———

/** What an AbortSignal offers, without the DOM's types (shared/ has none). */
export interface AbortLike {
  readonly aborted: boolean
}

export interface ImportOptions {
  /** Between 0 and 1, after each chunk. */
  onProgress?: (share: number) => void
  signal?: AbortLike
  /**
   * Awaited after each chunk so the worker can take a cancel message: pass
   * a turn of its event loop there (a message to itself: nested timeouts wait 4 ms each). By
   * default only the promise queue runs.
   */
  yieldControl?: () => Promise<void>
  /** Bytes of the file read at a time: text decoded, or a workbook's zip unpacked (256 KB and 128 KB unless given; tests use small pieces). */
  pieceBytes?: number
}

/** Up to this many examples of each finding, each with its row number (the header is row 1). */
export const MAX_EXAMPLES = 3
/** An example cell's text is cut to this length: it is shown, never stored. */
const MAX_EXAMPLE_LENGTH = 40

export interface Finding<Example> {
  count: number
  examples: Example[]
}

/** What the import noticed and how it dealt with it; shown before the figures are taken over. */
export interface ImportFindings {
  /** Rows with a date no reader understood: left out of every figure. */
  unreadableDates: Finding<{ row: number; concept: DateConcept; text: string }>
  /** Deal amounts that are no number: the row counts, its amount does not. */
  unreadableAmounts: Finding<{ row: number; text: string }>
  /** The header row again (two exports pasted together): skipped. */
  repeatedHeaders: Finding<{ row: number }>
  /** An id seen before: the later row is skipped. */
  duplicateIds: Finding<{ row: number; firstRow: number }>
  /** First contact before the MQL date: counted, but left out of the response times. */
  contactBeforeMql: Finding<{ row: number }>
  /** Rows without an id: skipped. */
  missingIds: Finding<{ row: number }>
}

/**
 * Besides the head's problems: `missingColumns` (with `missing`), `noRows` (a header only),
 * `aborted`, `invalidSettings` (no quarter, or a clock that cannot count), `unreadable` (the parser
 * or the runtime failed on the file in a way none of the others names).
 */
export type ImportProblem = HeadProblem | 'missingColumns' | 'noRows' | 'aborted' | 'invalidSettings' | 'unreadable'

export type ImportResult =
  | (ExportFormat & {
      ok: true
      figures: CrmFigures
      findings: ImportFindings
      /** Data rows in the file, header excluded. */
      rows: number
    })
  | { ok: false; problem: ImportProblem; missing?: CrmConcept[] }

function finding<T>(): Finding<T> {
  return { count: 0, examples: [] }
}

function note<T>(target: Finding<T>, example: T): void {
  target.count++
  if (target.examples.length < MAX_EXAMPLES) target.examples.push(example)
}

const UNAMBIGUOUS_AMOUNT = /^(-?\d+)(?:([.,])(\d{1,2}|\d{4,}))?$/

/**
 * Reads deal amounts written as text with a decimal comma or point: the file's own notation first
 * (semicolons: German). A workbook's number cells are numbers already and never come here.
 */
function amountReader(format: ExportFormat): (text: string) => number | null {
  const languages: Language[] = format.format === 'csv' && format.delimiter === ';' ? ['de', 'en'] : ['en', 'de']
  return (text) => {
    // A currency written next to the amount (`1.234,50 €`, `EUR 1234.50`) is not part of the number.
    const bare = text.replace(/^[A-Z]{3}\s*|\s*[A-Z]{3}$|[€$£]/g, '').trim()
    // What CRMs write most: digits with at most one separator that is not followed by exactly three
    // digits. No locale groups digits that way, so it is the decimal separator in every locale, and
    // the number is read without the locale parser (which takes some 30 µs a cell).
    const plain = UNAMBIGUOUS_AMOUNT.exec(bare)
    if (plain) return Number(plain[3] === undefined ? plain[1] : `${plain[1]}.${plain[3]}`)
    for (const language of languages) {
      const reading = parseNumber(bare, language)
      if (reading.ok && reading.value !== null) return reading.value
    }
    return null
  }
}

/**
 * The figures of an export under a confirmed mapping. Resolves, never rejects: a problem when the
 * file cannot be read, otherwise the figures and what was noticed on the way.
 */
export async function importExport(bytes: Uint8Array, mapping: CrmMapping, settings: FigureSettings, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await runImport(bytes, mapping, settings, options)
  } catch {
    // Papaparse or a runtime without the needed Intl data: still a typed answer for the screen.
    return { ok: false, problem: 'unreadable' }
  }
}

/** Where the rows of an export come from: each row to `onRow`, and the share of the file read after each piece. */
interface RowSource {
  format: ExportFormat
  headers: string[]
  /** The workbook's date system for number cells in date columns; CSV serial numbers are always 1900's. */
  date1904: boolean
  rows(onRow: RowHandler): Iterable<number> | AsyncIterable<number>
}

function csvSource(checked: Extract<CheckedExport, { ok: true }>, pieceBytes: number | undefined): RowSource {
  const head = parseHead(headText(checked))
  const config = { delimiter: head.delimiter, newline: head.newline as Papa.ParseConfig['newline'], skipEmptyLines: 'greedy' as const }
  return {
    format: { format: 'csv', encoding: checked.encoding, delimiter: head.delimiter },
    headers: head.rows[0] ?? [],
    date1904: false,
    *rows(onRow) {
      // Each piece of text is parsed with the unfinished row of the one before; the last row of a piece
      // may be cut (even inside quotes), so it waits for the next piece. No row outlives its piece.
      let row = 0
      let carried = ''
      for (const piece of textPieces(checked, pieceBytes)) {
        const last = piece.done === 1
        const text = carried + piece.text
        let pending: string[] | null = null
        let pendingEnd = 0
        let handledEnd = 0
        Papa.parse<string[]>(text, {
          ...config,
          step: (result) => {
            if (pending) onRow(pending, ++row)
            handledEnd = pendingEnd
            pending = result.data
            pendingEnd = result.meta.cursor
          }
        })
        if (last) {
          if (pending) onRow(pending, ++row)
        } else {
          carried = text.slice(handledEnd)
        }
        yield piece.done
      }
    }
  }
}

/** The sheet's first row, read on its own before the import reads the whole sheet. */
async function workbookSource(bytes: Uint8Array, pieceBytes: number | undefined): Promise<RowSource | { ok: false; problem: HeadProblem }> {
  try {
    const sheet = await openSheet(bytes, pieceBytes)
    let headers: string[] | null = null
    for await (const _ of sheet.rows((cells) => (headers ??= asText(cells)), true)) if (headers) break
    if (headers === null) return { ok: false, problem: 'emptySheet' }
    return { format: { format: 'xlsx', sheet: sheet.workbook.sheet }, headers, date1904: sheet.workbook.date1904, rows: (onRow) => sheet.rows(onRow) }
  } catch (error) {
    return { ok: false, problem: workbookProblemOf(error) }
  }
}

async function rowSource(bytes: Uint8Array, pieceBytes: number | undefined): Promise<RowSource | { ok: false; problem: HeadProblem }> {
  if (isZip(bytes) && bytes.length <= MAX_EXPORT_BYTES) return workbookSource(bytes, pieceBytes)
  const checked = checkExport(bytes)
  return checked.ok ? csvSource(checked, pieceBytes) : checked
}

async function runImport(bytes: Uint8Array, mapping: CrmMapping, settings: FigureSettings, options: ImportOptions): Promise<ImportResult> {
  if (options.signal?.aborted) return { ok: false, problem: 'aborted' }
  const source = await rowSource(bytes, options.pieceBytes)
  if ('ok' in source) return source
  const { headers } = source
  if (headers.every((cell) => cell.trim() === '')) return { ok: false, problem: 'noHeader' }
  const missing = missingRequired(mapping, headers)
  if (missing.length > 0) return { ok: false, problem: recognizePreset(headers) === null && looksLikeData(headers) ? 'noHeader' : 'missingColumns', missing }

  let accumulator: ReturnType<typeof figureAccumulator>
  try {
    accumulator = figureAccumulator(settings)
  } catch {
    return { ok: false, problem: 'invalidSettings' }
  }

  const normalizedHeaders = headers.map(normalizeHeader)
  const columnOf = (concept: CrmConcept): number => {
    const column = mapping.columns[concept]
    return column === undefined ? -1 : normalizedHeaders.indexOf(normalizeHeader(column))
  }
  const columns = Object.fromEntries(CRM_CONCEPTS.map((concept) => [concept, columnOf(concept)])) as Record<CrmConcept, number>
  const readDate = dateReader(settings.clock.timeZone)
  const readSerial = serialReader(settings.clock.timeZone, source.date1904)
  const readAmount = amountReader(source.format)
  const findings: ImportFindings = {
    unreadableDates: finding(),
    unreadableAmounts: finding(),
    repeatedHeaders: finding(),
    duplicateIds: finding(),
    contactBeforeMql: finding(),
    missingIds: finding()
  }
  // Keyed by the id, a whole number as a number: record ids are, and 100,000 of them as texts held 3 MB more.
  const seen = new Map<string | number, number>()
  const idKey = (id: string): string | number => {
    const number = Number(id)
    return Number.isSafeInteger(number) && String(number) === id ? number : id
  }
  let headerSeen = false
  let dataRows = 0

  /** A filled cell as it is: a number stays a number; empty cells are null. */
  const raw = (values: readonly Cell[], concept: CrmConcept): Cell | null => {
    const index = columns[concept]
    if (index < 0) return null
    const value = values[index]
    if (typeof value === 'number') return value
    const text = value?.trim() ?? ''
    return text === '' ? null : text
  }
  const cell = (values: readonly Cell[], concept: CrmConcept): string | null => {
    const value = raw(values, concept)
    return value === null ? null : String(value)
  }

  const handleRow = (values: Cell[], row: number) => {
    if (!headerSeen) {
      headerSeen = true
      return
    }
    if (values.length === normalizedHeaders.length && values.every((value, i) => normalizeHeader(String(value)) === normalizedHeaders[i])) {
      note(findings.repeatedHeaders, { row })
      return
    }
    dataRows++
    const id = cell(values, 'id')
    if (id === null) {
      note(findings.missingIds, { row })
      return
    }
    const key = idKey(id)
    const firstRow = seen.get(key)
    if (firstRow !== undefined) {
      note(findings.duplicateIds, { row, firstRow })
      return
    }
    seen.set(key, row)
    const dates = {} as Record<DateConcept, number | null>
    let unreadable: { concept: DateConcept; text: string } | null = null
    for (const concept of DATE_CONCEPTS) {
      const value = raw(values, concept)
      const instant = value === null ? null : typeof value === 'number' ? readSerial(value) : readDate(value)
      if (value !== null && instant === null) unreadable ??= { concept, text: String(value).slice(0, MAX_EXAMPLE_LENGTH) }
      dates[concept] = instant
    }
    if (unreadable) {
      note(findings.unreadableDates, { row, ...unreadable })
      return
    }
    const amount = raw(values, 'dealAmount')
    const dealAmount = amount === null || typeof amount === 'number' ? amount : readAmount(amount)
    if (amount !== null && dealAmount === null) note(findings.unreadableAmounts, { row, text: String(amount).slice(0, MAX_EXAMPLE_LENGTH) })
    if (dates.becameMql !== null && dates.firstContact !== null && dates.firstContact < dates.becameMql) note(findings.contactBeforeMql, { row })
    const lifecycle = cell(values, 'lifecycle')
    const record: CrmRecord = {
      row,
      ...dates,
      rejectionReason: cell(values, 'rejectionReason'),
      owner: cell(values, 'owner'),
      source: cell(values, 'source'),
      dealAmount,
      stage: lifecycle === null ? null : stageOf(lifecycle, mapping.stages)
    }
    accumulator.add(record)
  }

  const yieldControl = options.yieldControl ?? (() => Promise.resolve())
  try {
    for await (const done of source.rows(handleRow)) {
      options.onProgress?.(done)
      if (options.signal?.aborted) return { ok: false, problem: 'aborted' }
      await yieldControl()
      if (options.signal?.aborted) return { ok: false, problem: 'aborted' }
    }
  } catch (error) {
    // A workbook's damage often shows only in the sheet; a CSV parser never throws here.
    if (source.format.format === 'xlsx') return { ok: false, problem: workbookProblemOf(error) }
    throw error
  }
  if (dataRows === 0) return { ok: false, problem: 'noRows' }
  return { ok: true, ...source.format, figures: accumulator.result(), findings, rows: dataRows }
}
