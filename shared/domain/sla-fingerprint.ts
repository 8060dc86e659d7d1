import canonicalize from 'canonicalize'
import { sha256Hex } from './sha256'
import type { SlaContent } from './sla'

/**
 * The fingerprint of a Service Level Agreement (SPEC §3): SHA-256 over a canonical
 * serialisation of its content. Two laptops holding the same agreement must compute the same
 * fingerprint, so everything that is a storage detail rather than content is left out, and
 * everything that can be written in more than one way is written in one.
 */

/** Ids name records in one database; the same agreement restored elsewhere may carry other ids. */
const STORAGE_KEYS: ReadonlySet<string> = new Set(['id', 'participantId'])

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/**
 * - Strings and keys in Unicode NFC: "ü" typed on a Mac may arrive decomposed (u + ¨).
 * - Ids dropped, at every depth.
 * - Array order kept: the order of stages or activities is part of what was agreed.
 * - NaN and ±Infinity become null and undefined properties vanish, exactly as a JSON backup
 *   would store them, so content read back from a backup keeps its fingerprint.
 */
function canonicalValue(value: unknown): Json | undefined {
  if (value === null) return null
  switch (typeof value) {
    case 'string':
      return value.normalize('NFC')
    case 'number':
      return Number.isFinite(value) ? value : null
    case 'boolean':
      return value
    case 'object':
      if (Array.isArray(value)) return value.map((entry) => canonicalValue(entry) ?? null)
      return canonicalObject(value)
    default:
      // Functions, symbols, bigints and undefined are not content.
      return undefined
  }
}

function canonicalObject(value: object): { [key: string]: Json } {
  const result: { [key: string]: Json } = {}
  for (const [key, entry] of Object.entries(value)) {
    if (STORAGE_KEYS.has(key)) continue
    const canonical = canonicalValue(entry)
    if (canonical !== undefined) result[key.normalize('NFC')] = canonical
  }
  return result
}

/** RFC 8785 (JCS) JSON of any value, written as above: the seal of a signed version uses it too. */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(canonicalValue(value))
  if (json === undefined) throw new TypeError('The value cannot be serialised')
  return json
}

/** RFC 8785 (JCS) JSON of the content without ids: sorted keys, one number format, no whitespace. */
export function canonicalSlaJson(content: SlaContent): string {
  return canonicalJson(content)
}

/** SHA-256 of the canonical JSON's UTF-8 bytes, as 64 lowercase hex digits. */
export function contentFingerprint(content: SlaContent): string {
  return fingerprintOfCanonical(canonicalSlaJson(content))
}

/** The same, for callers written when hashing was asynchronous. */
export async function slaFingerprint(content: SlaContent): Promise<string> {
  return contentFingerprint(content)
}

/** The fingerprint of content already in canonicalSlaJson's form (a large SLA's takes a while to make). */
export function fingerprintOfCanonical(json: string): string {
  return sha256Hex(json)
}

/**
 * The first 64 bits in groups of four, upper case (`3F2A 91C0 5B7E 0D44`): short enough to read
 * aloud and compare with a printed page, long enough that two versions never share one by chance.
 */
export function shortFingerprint(hex: string): string {
  const head = hex.replace(/[^0-9a-f]/gi, '').slice(0, 16).toUpperCase()
  return head.match(/.{1,4}/g)?.join(' ') ?? ''
}
