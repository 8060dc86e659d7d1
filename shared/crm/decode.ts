/**
 * Bytes of an export to text (issue 13 §1): UTF-8 with or without a byte order mark, else
 * Windows-1252 — what German Excel writes as "CSV (Trennzeichen-getrennt)". Decided by trying
 * UTF-8 strictly first: a Windows-1252 file with umlauts is almost never valid UTF-8.
 */

/**
 * 100 MB. A HubSpot contact export with the nine preset columns takes about 150–250 bytes a row,
 * so 200,000 rows (the largest export) need about 50 MB even with extra columns; twice
 * that leaves room for wide exports, and three times it (the memory budget during an import) still
 * fits comfortably in a renderer or worker of a laptop.
 */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024

export type Encoding = 'utf-8' | 'windows-1252'

export type DecodeProblem = 'empty' | 'tooLarge' | 'binary' | 'legacyWorkbook'

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: DecodeProblem }

/** Bytes a text file never holds: NUL and the control characters other than tab, line feed, carriage return, form feed. */
function isBinaryByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c
}

/** How many bytes at the start are looked at to tell a binary file (a picture renamed .csv) from text. */
const SNIFF_BYTES = 8192

/*
 * Windows-1252's letters at 0x80–0x9F (€, „, “, Š, Ÿ …). Node's TextDecoder reads the label as
 * Latin-1 and leaves them as control characters; browsers follow the WHATWG table. Putting them
 * right afterwards gives the same text in both (bytes without a letter keep their control character,
 * as WHATWG says).
 */
const C1_LETTERS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1_LETTERS[c.charCodeAt(0) - 0x80]!)
}

/** A text export as its encoding reads it, checked but not yet decoded. */
export type CheckedExport = { ok: true; bytes: Uint8Array; encoding: Encoding } | { ok: false; problem: DecodeProblem }

/** How many bytes are decoded at a time: the import never holds the whole file as text. */
export const PIECE_BYTES = 256 * 1024

/**
 * Checks an export and finds its encoding without holding its text: the size, an empty file, a
 * legacy workbook or binary file, then UTF-8 tried strictly piece by piece. `bytes` of the answer leave
 * out a byte order mark.
 */
export function checkExport(bytes: Uint8Array): CheckedExport {
  if (bytes.length > MAX_EXPORT_BYTES) return { ok: false, problem: 'tooLarge' }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  if (body.length === 0) return { ok: false, problem: 'empty' }
  // A compound file: the old Excel format (.xls), and what Excel makes of an .xlsx protected by a password.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, problem: 'legacyWorkbook' }
  const sniffEnd = Math.min(body.length, SNIFF_BYTES)
  for (let i = 0; i < sniffEnd; i++) if (isBinaryByte(body[i]!)) return { ok: false, problem: 'binary' }
  let blank = true
  try {
    const strict = new TextDecoder('utf-8', { fatal: true })
    for (let start = 0; start < body.length; start += PIECE_BYTES) {
      const piece = strict.decode(body.subarray(start, start + PIECE_BYTES), { stream: true })
      blank &&= piece.trim() === ''
    }
    strict.decode()
  } catch {
    return { ok: true, bytes: body, encoding: 'windows-1252' }
  }
  return blank ? { ok: false, problem: 'empty' } : { ok: true, bytes: body, encoding: 'utf-8' }
}

/** The text of a checked export piece by piece, each with the share of the bytes read so far (0–1). */
export function* textPieces(checked: { bytes: Uint8Array; encoding: Encoding }, pieceBytes = PIECE_BYTES): Generator<{ text: string; done: number }> {
  const { bytes, encoding } = checked
  const decoder = new TextDecoder(encoding)
  for (let start = 0; start < bytes.length; start += pieceBytes) {
    const end = Math.min(bytes.length, start + pieceBytes)
    const text = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length })
    yield { text: encoding === 'windows-1252' ? fixC1(text) : text, done: end / bytes.length }
  }
}

/** The whole text of an export (for small files and tests; the import reads it piece by piece). */
export function decodeExport(bytes: Uint8Array): Decoded {
  const checked = checkExport(bytes)
  if (!checked.ok) return checked
  let text = ''
  for (const piece of textPieces(checked)) text += piece.text
  if (text.trim() === '') return { ok: false, problem: 'empty' }
  return { ok: true, text, encoding: checked.encoding }
}
