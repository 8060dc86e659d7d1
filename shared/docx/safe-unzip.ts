import { Inflate } from 'fflate'

/**
 * Reads chosen files out of a zip that may be hostile: not a zip at all, truncated, with sizes
 * that lie, or a "zip bomb" that inflates a few kilobytes into gigabytes. fflate's unzipSync
 * trusts the sizes the zip declares and inflates in one go, so a lying entry could keep it busy
 * for minutes. Here the central directory is read by hand with every offset bounds-checked, and
 * each wanted file is inflated in small steps that stop as soon as it grows past what it
 * declared or past the caps — the work done is bounded by the caps, not by the attacker.
 */
export interface ZipLimits {
  /** All wanted files together, uncompressed. */
  total: number
  /** Entries in the central directory. */
  entries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { total: 100 * 1024 * 1024, entries: 100_000 }

export type ZipReading = { ok: true; files: Map<string, Uint8Array> } | { ok: false; reason: 'notAZip' | 'tooLarge' }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff
/** Compressed input per inflate step: at DEFLATE's best ratio (1:1032) about 16 MB of output. */
const STEP = 16 * 1024

class ZipError extends Error {
  constructor(readonly reason: 'notAZip' | 'tooLarge') {
    super(reason)
  }
}

interface Entry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

function u16(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > bytes.length) throw new ZipError('notAZip')
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

function u32(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > bytes.length) throw new ZipError('notAZip')
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) + (bytes[at + 3] ?? 0) * 0x1000000
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_SIZE
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (u32(bytes, at) === EOCD) return at
  }
  throw new ZipError('notAZip')
}

const NAME_DECODER = new TextDecoder('utf-8')

function centralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const end = findEndOfCentralDirectory(bytes)
  const count = u16(bytes, end + 10)
  let at = u32(bytes, end + 16)
  if (count > limits.entries) throw new ZipError('tooLarge')
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) throw new ZipError('notAZip')
    const nameLength = u16(bytes, at + 28)
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (at + 46 + nameLength > bytes.length) throw new ZipError('notAZip')
    entries.push({
      name: NAME_DECODER.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42)
    })
    at += 46 + skip
  }
  return entries
}

function inflateBounded(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size)
  let written = 0
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > size) throw new ZipError('notAZip')
    out.set(chunk, written)
    written += chunk.length
  })
  for (let start = 0; start < data.length; start += STEP) {
    inflate.push(data.subarray(start, start + STEP), start + STEP >= data.length)
  }
  if (data.length === 0) inflate.push(data, true)
  if (written !== size) throw new ZipError('notAZip')
  return out
}

function readEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  const local = entry.localOffset
  if (u32(bytes, local) !== LOCAL) throw new ZipError('notAZip')
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw new ZipError('notAZip')
  const data = bytes.subarray(start, end)
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError('notAZip')
    return data.slice()
  }
  if (entry.method !== 8) throw new ZipError('notAZip')
  return inflateBounded(data, entry.size)
}

/** The files whose names `wanted` accepts, or why the zip cannot be read. Never throws. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipReading {
  // A Word file is a few megabytes; one larger than everything we would unpack is not ours.
  if (bytes.length > limits.total) return { ok: false, reason: 'tooLarge' }
  try {
    const entries = centralDirectory(bytes, limits).filter((entry) => wanted(entry.name))
    const total = entries.reduce((sum, entry) => sum + entry.size, 0)
    if (total > limits.total) return { ok: false, reason: 'tooLarge' }
    const files = new Map<string, Uint8Array>()
    for (const entry of entries) if (!files.has(entry.name)) files.set(entry.name, readEntry(bytes, entry))
    return { ok: true, files }
  } catch (error) {
    // fflate reports broken DEFLATE data with its own errors; all of it means "not a zip we can read".
    return { ok: false, reason: error instanceof ZipError ? error.reason : 'notAZip' }
  }
}
