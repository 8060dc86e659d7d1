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

/**
 * The deepest bracket nesting of a JSON text, counted without parsing so that a file of 10,000
 * nested arrays is refused before JSON.parse (and its reviver, which recurses) ever sees it.
 * Stops counting as soon as `limit` is passed.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c) i++ // backslash: the next character is escaped
      else if (char === 0x22) inString = false
    } else if (char === 0x22) {
      inString = true
    } else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return true
    } else if (char === 0x7d || char === 0x5d) {
      depth--
    }
  }
  return false
}

/**
 * JSON.parse with the caps of BACKUP_LIMITS. The reviver removes `__proto__`, `constructor` and
 * `prototype` wherever they occur, so no parsed object ever carries them, and the file is then
 * refused: no app writes them, so their presence means the file was crafted.
 */
export function parseJsonSafely(text: string): unknown {
  if (text.length > BACKUP_LIMITS.maxChars) fail('tooLarge', { maxMegabytes: BACKUP_LIMITS.maxChars / MEGABYTE })
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON.parse does not.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (nestingExceeds(body, BACKUP_LIMITS.maxDepth)) fail('tooDeep', { maxDepth: BACKUP_LIMITS.maxDepth })
  const found: { key: string | null } = { key: null }
  let value: unknown
  try {
    value = JSON.parse(body, (key: string, entry: unknown) => {
      if (!UNSAFE_KEYS.has(key)) return entry
      found.key ??= key
      return undefined
    })
  } catch {
    return fail('invalidJson', {})
  }
  if (found.key !== null) fail('unsafeKey', { key: found.key })
  return value
}

/** A JSON object (not an array, not null) — the only thing whose keys the import reads. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
