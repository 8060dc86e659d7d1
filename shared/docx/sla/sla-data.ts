import { canonicalSlaJson } from '../../domain/sla-fingerprint'
import { jsonShapeProblem } from '../../backup/safe-json'
import {
  BEFORE_LIMITS_DOCX_FORMAT,
  MAX_LIST_LENGTH,
  SLA_DOCX_FORMAT,
  SLA_DOCX_FORMAT_VERSION,
  SLA_DOCX_FORMAT_VERSIONS,
  SLA_LAYOUT_VERSION,
  dataSchemaOf,
  formatMarkerSchema,
  slaDocxDataSchema,
  type SlaDocxData
} from './sla-data-schema'
import type { SlaDocumentInput } from './sla-input'

/**
 * The SLA as data inside its Word file: the document's input as JSON (content with ids, so the
 * app can recreate the version), plus the canonical content the fingerprint is computed over,
 * in one custom XML part:
 *
 *   <slaDocument xmlns="urn:smarketing-studio:sla-docx" formatVersion="1">
 *     <data>{…}</data><canonicalContent>{…}</canonicalContent>
 *   </slaDocument>
 */
export const SLA_DATA_NAMESPACE = 'urn:smarketing-studio:sla-docx'

// Everything XML 1.0 allows in text; with `u` a lone surrogate counts as not allowed.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
// eslint-disable-next-line no-control-regex -- the controls XML refuses are what it looks for
const MAYBE_NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * JSON that XML can hold. JSON.stringify already escapes controls and lone surrogates, but leaves
 * U+FFFE and U+FFFF raw, which XML forbids; they can only occur inside JSON strings, where a
 * \u escape reads back as the same character.
 */
function xmlCompatibleJson(json: string): string {
  // Most JSON holds none of the characters that could be refused (a surrogate of a pair counts here,
  // to be sure): a search without `u`, many times faster on a megabyte of targets, spares the replace.
  if (!MAYBE_NOT_XML_CHAR.test(json)) return json
  return json.replace(NOT_XML_CHAR, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
}

/** Canonical content (canonicalSlaJson) as the data part stores it, to compare with what a file holds. */
export function storedCanonicalContent(canonicalJson: string): string {
  return xmlCompatibleJson(canonicalJson)
}

function jsonAsXmlText(json: string): string {
  return xmlCompatibleJson(json)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

function slaDataOf(input: SlaDocumentInput, timeZone: string): SlaDocxData {
  return {
    format: SLA_DOCX_FORMAT,
    formatVersion: SLA_DOCX_FORMAT_VERSION,
    layoutVersion: SLA_LAYOUT_VERSION,
    generatedAt: input.generatedAt,
    timeZone,
    version: input.version,
    content: input.content,
    signatures: input.signatures,
    history: input.history,
    reviewDates: input.reviewDates
  }
}

export interface StoredSla {
  /** The data exactly as a reader of the file gets it back: JSON has no NaN, no −0, no undefined. */
  data: SlaDocxData
  json: string
}

/**
 * The document is built from the stored form of its input, not from the input itself, so that
 * rebuilding it from the file gives the same text: a −0 or NaN that JSON turns into 0 or null
 * would otherwise print differently and look like a changed document.
 */
export function storedSla(input: SlaDocumentInput, timeZone: string): StoredSla {
  const current = JSON.stringify(slaDataOf(input, timeZone))
  // Data that does not keep the current format's limits (a text typed before them) is written in
  // the format from before them, which allows it: so the file reads back.
  const json = slaDocxDataSchema.safeParse(JSON.parse(current)).success
    ? current
    : JSON.stringify({ ...slaDataOf(input, timeZone), formatVersion: BEFORE_LIMITS_DOCX_FORMAT })
  // JSON.parse gives back the shape it was given: the data above, minus what JSON cannot hold.
  return { json, data: JSON.parse(json) as SlaDocxData }
}

export function slaDataXml({ json, data }: StoredSla): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<slaDocument xmlns="${SLA_DATA_NAMESPACE}" formatVersion="${data.formatVersion}">` +
    `<data>${jsonAsXmlText(json)}</data>` +
    `<canonicalContent>${jsonAsXmlText(canonicalSlaJson(data.content))}</canonicalContent>` +
    '</slaDocument>'
  )
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g
/** An ampersand that does not start one of the entities above: not well-formed XML. */
const STRAY_AMPERSAND = /&(?!(?:#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);)/

function unescapeXml(text: string): string | null {
  if (STRAY_AMPERSAND.test(text)) return null
  let broken = false
  const result = text.replace(ENTITY, (_, entity: string) => {
    if (!entity.startsWith('#')) return ENTITIES[entity] ?? ''
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    if (code > 0x10ffff) broken = true
    return broken ? '' : String.fromCodePoint(code)
  })
  return broken ? null : result
}

/** Our data nests a few levels deep. */
const MAX_JSON_DEPTH = 32

/**
 * Rows of all lists together (targets, stages, signatures …). A workshop holds at most 20,000
 * items (BACKUP_LIMITS.maxItems), so a real SLA stays far below; laying out more, to compare the
 * document's text, would keep the reader busy for minutes.
 */
export const MAX_SLA_ROWS = 50_000

const TOO_LARGE = Symbol('too large')

/**
 * The data's JSON, or why not: too deep or not JSON (undefined: the data is invalid), or a list
 * longer than any SLA's, refused by counting while scanning, before parsing (TOO_LARGE).
 */
function parseJson(text: string): unknown {
  const problem = jsonShapeProblem(text, { maxDepth: MAX_JSON_DEPTH, maxEntries: MAX_LIST_LENGTH })
  if (problem === 'tooManyEntries') return TOO_LARGE
  if (problem === 'tooDeep') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Elements of every array in a parsed value, counted without recursion. */
function rowsIn(value: unknown): number {
  let rows = 0
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    const entries = Array.isArray(node) ? node : Object.values(node)
    if (Array.isArray(node)) rows += node.length
    for (const entry of entries) if (typeof entry === 'object' && entry !== null) pending.push(entry)
  }
  return rows
}

/** The text of the first element with this local name (any prefix), or null; linear in the input. */
function elementText(xml: string, name: string): string | null {
  const match = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?:\\s[^<>]*)?>([^<]*)</(?:[A-Za-z_][\\w.-]*:)?${name}\\s*>`).exec(xml)
  return match?.[1] === undefined ? null : unescapeXml(match[1])
}

export type SlaDataParse =
  | { ok: true; data: SlaDocxData; canonicalContent: string | null }
  | { ok: false; reason: 'noData' | 'invalidData' | 'unsupportedFormat' | 'tooLarge' }

/** Reads and validates the data part; never trusts it and never throws. */
export function parseSlaDataXml(xml: string): SlaDataParse {
  if (!xml.includes(SLA_DATA_NAMESPACE)) return { ok: false, reason: 'noData' }
  const dataText = elementText(xml, 'data')
  if (dataText === null) return { ok: false, reason: 'invalidData' }
  const json = parseJson(dataText)
  if (json === TOO_LARGE || rowsIn(json) > MAX_SLA_ROWS) return { ok: false, reason: 'tooLarge' }
  const marker = formatMarkerSchema.safeParse(json)
  if (marker.success && !SLA_DOCX_FORMAT_VERSIONS.includes(marker.data.formatVersion)) return { ok: false, reason: 'unsupportedFormat' }
  if (!marker.success) return { ok: false, reason: 'invalidData' }
  const parsed = dataSchemaOf(marker.data.formatVersion).safeParse(json)
  if (!parsed.success) return { ok: false, reason: 'invalidData' }
  return { ok: true, data: parsed.data, canonicalContent: elementText(xml, 'canonicalContent') }
}
