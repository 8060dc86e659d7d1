import Papa from 'papaparse'
import type { Language } from '../domain/language'
import { parseNumber } from '../domain/numbers'
import { dateReader } from './dates'
import { checkExport, textPieces, type DecodeProblem, type Encoding } from './decode'
import { figureAccumulator, type CrmFigures, type CrmRecord, type FigureSettings } from './figures'
import { stageOf } from './lifecycle'
import { CRM_CONCEPTS, DATE_CONCEPTS, missingRequired, normalizeHeader, recognizePreset, type CrmConcept, type CrmMapping, type DateConcept, type PresetMatch } from './mapping'

/**
 * Importing a CRM export (issue 13): bytes in, aggregate figures out. Pure and free of the DOM, so
 * a Web Worker can run it: progress through a callback, cancelling through an AbortSignal, and
 * every failure a typed result — nothing throws past these functions.
 *
 * The file is read in two passes over the same bytes: readExportHead for the header row, the
 * preview and the preset, while the person confirms the mapping; importExport for the figures.
 * Neither keeps a row: the figures hold counts and sums only (and owner names only when figures
 * per owner were chosen).
 */

export type Delimiter = ',' | ';' | '\t'

export type HeadProblem = DecodeProblem | 'noHeader'

export interface ExportHead {
  ok: true
  encoding: Encoding
  delimiter: Delimiter
  headers: string[]
  /** The first data rows, for the mapping screen only — never to be stored. */
  preview: string[][]
  /** The preset the header row matches, or null: map by hand. */
  preset: PresetMatch | null
}

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

/** The header row, the first rows and the preset of an export; a problem when it cannot be a CSV export with a header. */
export function readExportHead(bytes: Uint8Array): ExportHead | { ok: false; problem: HeadProblem } {
  try {
    const checked = checkExport(bytes)
    if (!checked.ok) return checked
    const head = parseHead(headText(checked))
    const [headers = [], ...preview] = head.rows
    if (headers.every((cell) => cell.trim() === '') || (recognizePreset(headers) === null && looksLikeData(headers))) return { ok: false, problem: 'noHeader' }
    return { ok: true, encoding: checked.encoding, delimiter: head.delimiter, headers, preview, preset: recognizePreset(headers) }
  } catch {
    return { ok: false, problem: 'binary' }
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
   * `() => new Promise((r) => setTimeout(r))` there. By default only the promise queue runs.
   */
  yieldControl?: () => Promise<void>
  /** Bytes decoded and parsed at a time; 1 MB unless given (tests use small pieces). */
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
  | {
      ok: true
      figures: CrmFigures
      findings: ImportFindings
      /** Data rows in the file, header excluded. */
      rows: number
      encoding: Encoding
      delimiter: Delimiter
    }
  | { ok: false; problem: ImportProblem; missing?: CrmConcept[] }

function finding<T>(): Finding<T> {
  return { count: 0, examples: [] }
}

function note<T>(target: Finding<T>, example: T): void {
  target.count++
  if (target.examples.length < MAX_EXAMPLES) target.examples.push(example)
}

const UNAMBIGUOUS_AMOUNT = /^(-?\d+)(?:([.,])(\d{1,2}|\d{4,}))?$/

/** Reads deal amounts with a decimal comma or point: the file's own notation first (semicolons: German). */
function amountReader(delimiter: Delimiter): (text: string) => number | null {
  const languages: Language[] = delimiter === ';' ? ['de', 'en'] : ['en', 'de']
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

async function runImport(bytes: Uint8Array, mapping: CrmMapping, settings: FigureSettings, options: ImportOptions): Promise<ImportResult> {
  if (options.signal?.aborted) return { ok: false, problem: 'aborted' }
  const checked = checkExport(bytes)
  if (!checked.ok) return checked
  const head = parseHead(headText(checked))
  const headers = head.rows[0] ?? []
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
  const readAmount = amountReader(head.delimiter)
  const findings: ImportFindings = {
    unreadableDates: finding(),
    unreadableAmounts: finding(),
    repeatedHeaders: finding(),
    duplicateIds: finding(),
    contactBeforeMql: finding(),
    missingIds: finding()
  }
  const seen = new Map<string, number>()
  let row = 0
  let dataRows = 0

  const cell = (values: readonly string[], concept: CrmConcept): string | null => {
    const index = columns[concept]
    if (index < 0) return null
    const value = values[index]?.trim() ?? ''
    return value === '' ? null : value
  }

  const handleRow = (values: string[]) => {
    row++
    if (row === 1) return
    if (values.length === normalizedHeaders.length && values.every((value, i) => normalizeHeader(value) === normalizedHeaders[i])) {
      note(findings.repeatedHeaders, { row })
      return
    }
    dataRows++
    const id = cell(values, 'id')
    if (id === null) {
      note(findings.missingIds, { row })
      return
    }
    const firstRow = seen.get(id)
    if (firstRow !== undefined) {
      note(findings.duplicateIds, { row, firstRow })
      return
    }
    seen.set(id, row)
    const dates = {} as Record<DateConcept, number | null>
    let unreadable: { concept: DateConcept; text: string } | null = null
    for (const concept of DATE_CONCEPTS) {
      const text = cell(values, concept)
      const instant = text === null ? null : readDate(text)
      if (text !== null && instant === null) unreadable ??= { concept, text: text.slice(0, MAX_EXAMPLE_LENGTH) }
      dates[concept] = instant
    }
    if (unreadable) {
      note(findings.unreadableDates, { row, ...unreadable })
      return
    }
    const amountText = cell(values, 'dealAmount')
    const dealAmount = amountText === null ? null : readAmount(amountText)
    if (amountText !== null && dealAmount === null) note(findings.unreadableAmounts, { row, text: amountText.slice(0, MAX_EXAMPLE_LENGTH) })
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

  // Each piece of text is parsed with the unfinished row of the one before; the last row of a piece
  // may be cut (even inside quotes), so it waits for the next piece. No row outlives its piece.
  const config = { delimiter: head.delimiter, newline: head.newline as Papa.ParseConfig['newline'], skipEmptyLines: 'greedy' as const }
  const yieldControl = options.yieldControl ?? (() => Promise.resolve())
  let carried = ''
  for (const piece of textPieces(checked, options.pieceBytes)) {
    const last = piece.done === 1
    const text = carried + piece.text
    let pending: string[] | null = null
    let pendingEnd = 0
    let handledEnd = 0
    Papa.parse<string[]>(text, {
      ...config,
      step: (result) => {
        if (pending) handleRow(pending)
        handledEnd = pendingEnd
        pending = result.data
        pendingEnd = result.meta.cursor
      }
    })
    if (last) {
      if (pending) handleRow(pending)
    } else {
      carried = text.slice(handledEnd)
    }
    options.onProgress?.(piece.done)
    if (options.signal?.aborted) return { ok: false, problem: 'aborted' }
    await yieldControl()
    if (options.signal?.aborted) return { ok: false, problem: 'aborted' }
  }
  if (dataRows === 0) return { ok: false, problem: 'noRows' }
  return { ok: true, figures: accumulator.result(), findings, rows: dataRows, encoding: checked.encoding, delimiter: head.delimiter }
}
