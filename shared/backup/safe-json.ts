import { BACKUP_LIMITS } from './limits'
import { fail } from './problems'

/**
 * The first, defensive stage of the import: bytes → text → JSON, with every cap checked before
 * the expensive or dangerous step it protects. Fatal problems are thrown as BackupFailure.
 */

/** Names that reach Object.prototype or a constructor when an object is merged or assigned. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const MEGABYTE = 1024 * 1024

/**
 * The file's bytes as text. The byte cap comes first so a huge file is never decoded; `fatal`
 * decoding refuses anything that is not UTF-8 (an image or a zip picked by mistake).
 */
export function decodeBackupBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > BACKUP_LIMITS.maxBytes) fail('tooLarge', { maxMegabytes: BACKUP_LIMITS.maxBytes / MEGABYTE })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('notText', {})
  }
  // NUL never occurs in JSON text outside strings, and inside strings it would be escaped.
  if (text.includes('\u0000')) fail('notText', {})
  return text
}

/** How far along a long step is, from 0 to 1; for a progress bar. */
export type OnProgress = (fraction: number) => void

export interface JsonShapeLimits {
  /** Brackets nested deeper than this are refused. */
  maxDepth: number
  /** An array with more elements, or an object with more members, is refused. */
  maxEntries: number
}

/** Characters scanned between two progress reports. */
const PROGRESS_STEP = 1 << 20

/**
 * What is wrong with the shape of a JSON text, found in one pass without parsing it: nesting
 * deeper than `maxDepth` (10,000 nested arrays make JSON.parse recurse for seconds) or a list or
 * object with more than `maxEntries` entries (24 million zeros in one array keep a parser and
 * everything after it busy for minutes). Stops at the first problem; `null` when there is none.
 * Entries are counted by the commas between them, so the text need not be valid JSON yet.
 */
export function jsonShapeProblem(text: string, limits: JsonShapeLimits, onProgress?: OnProgress): 'tooDeep' | 'tooManyEntries' | null {
  // Commas seen so far in each open array or object; one more entry than commas.
  const commas = new Uint32Array(limits.maxDepth + 2)
  let depth = 0
  let inString = false
  let nextReport = PROGRESS_STEP
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c) i++ // backslash: the next character is escaped
      else if (char === 0x22) inString = false
    } else if (char === 0x22) {
      inString = true
    } else if (char === 0x2c) {
      if (depth > 0 && ++commas[depth]! >= limits.maxEntries) return 'tooManyEntries'
    } else if (char === 0x7b || char === 0x5b) {
      if (++depth > limits.maxDepth) return 'tooDeep'
      commas[depth] = 0
    } else if (char === 0x7d || char === 0x5d) {
      if (depth > 0) depth--
    }
    if (i >= nextReport) {
      onProgress?.(i / text.length)
      nextReport += PROGRESS_STEP
    }
  }
  return null
}

/** The first `__proto__`, `constructor` or `prototype` key anywhere in a parsed value; no recursion. */
function firstUnsafeKey(value: unknown): string | null {
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      for (const entry of node) if (typeof entry === 'object' && entry !== null) pending.push(entry)
      continue
    }
    for (const key of Object.keys(node)) {
      if (UNSAFE_KEYS.has(key)) return key
      const entry = (node as Record<string, unknown>)[key]
      if (typeof entry === 'object' && entry !== null) pending.push(entry)
    }
  }
  return null
}

/**
 * JSON.parse with the caps of BACKUP_LIMITS, each checked before the step it protects: the size,
 * then depth and entry counts in one scan, then the parse itself — without a reviver, which costs
 * a call per value (minutes for a crafted file of millions of values). Afterwards a walk refuses
 * `__proto__`, `constructor` and `prototype` keys wherever they occur: JSON.parse makes them plain
 * own properties, nothing reaches a prototype, and no app writes them, so the file was crafted.
 * `onProgress` goes from 0 to 1 over the scan, which takes most of the time of a huge text.
 */
export function parseJsonSafely(text: string, onProgress?: OnProgress): unknown {
  if (text.length > BACKUP_LIMITS.maxChars) fail('tooLarge', { maxMegabytes: BACKUP_LIMITS.maxChars / MEGABYTE })
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON.parse does not.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const problem = jsonShapeProblem(body, { maxDepth: BACKUP_LIMITS.maxDepth, maxEntries: BACKUP_LIMITS.maxEntries }, onProgress)
  if (problem === 'tooDeep') fail('tooDeep', { maxDepth: BACKUP_LIMITS.maxDepth })
  if (problem === 'tooManyEntries') fail('tooManyEntries', { max: BACKUP_LIMITS.maxEntries })
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return fail('invalidJson', {})
  }
  const unsafe = firstUnsafeKey(value)
  if (unsafe !== null) fail('unsafeKey', { key: unsafe })
  onProgress?.(1)
  return value
}

/** A JSON object (not an array, not null) — the only thing whose keys the import reads. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
