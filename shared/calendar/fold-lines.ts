/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded — CRLF followed by one space —
 * and octets, not characters, are what counts. The `ics` library counts characters, so a German
 * description full of "ü" and "–" comes out with lines of 90 and more octets. This unfolds its
 * output and folds it again by UTF-8 length, never inside a character.
 */
const MAX_OCTETS = 75
const CRLF = '\r\n'

export function foldContentLines(ics: string): string {
  const lines = unfold(ics)
  return lines.map(foldLine).join(CRLF) + CRLF
}

/** Logical lines: a line break followed by a space or tab continues the line before. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF)
    .filter((line, index, all) => line !== '' || index < all.length - 1)
}

function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code < 0x10000 ? 3 : 4
}

function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let used = 0
  // The first line may use 75 octets; continuations lose one to their leading space.
  let limit = MAX_OCTETS
  for (const char of line) {
    const size = octets(char)
    if (used + size > limit) {
      parts.push(current)
      current = ''
      used = 0
      limit = MAX_OCTETS - 1
    }
    current += char
    used += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}
