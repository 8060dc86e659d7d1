import { SPACING } from './measures'

/**
 * Table columns wide enough for the words in them (issue 12 §2: "anna@mueller.exampl e",
 * "forschungsget rieben"). A word that does not fit its column's width is broken by Word and
 * LibreOffice wherever the line ends, without a hyphen; so each column gets at least the width
 * of its widest unbreakable word (e-mail addresses and URLs are one word), taken from the other
 * columns' slack, and a word wider than any column could be — a pasted hash, a 100-letter
 * name — gets optional hyphens (SOFT_HYPHEN), so where it breaks a hyphen shows.
 */

/** Marks where a word may be broken with a hyphen; table-xml.ts writes it as Word's `<w:softHyphen/>`. */
export const SOFT_HYPHEN = '\u00AD'

/**
 * Advance widths of Arial in thousandths of an em, for the printable ASCII characters from the
 * space (32) to the tilde (126): the widths Liberation Sans shares with it, as LibreOffice draws
 * Arial. Other letters are measured as their base letter (ä as a), CJK and emoji as one em.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278,
  278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
  334, 260, 334, 584
]
const AVERAGE = 556
const WIDE = 1000
/** Bold Arial runs up to about a tenth wider. */
const BOLD = 1.1
const TWIPS_PER_POINT = 20
/** A column never takes more than this share of the table for one long word; longer words get hyphens. */
const MAX_SHARE = 0.6

// East Asian scripts and emoji take a full em; combining marks take none.
const FULL_WIDTH = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}|[\u{20000}-\u{3FFFD}]/u
const COMBINING = /\p{M}/u

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] ?? AVERAGE
  if (COMBINING.test(char) || char === SOFT_HYPHEN) return 0
  if (FULL_WIDTH.test(char)) return WIDE
  const base = char.normalize('NFD').codePointAt(0) ?? 0
  if (base >= 32 && base <= 126) return ASCII_WIDTHS[base - 32] ?? AVERAGE
  return AVERAGE
}

/** How wide a text is set in Arial at `points`, in twips. */
export function textWidth(text: string, points: number, bold = false): number {
  let thousandths = 0
  for (const char of text) thousandths += charWidth(char)
  return Math.ceil(thousandths * scale(points, bold))
}

/** Twips per thousandth of an em at `points`. */
function scale(points: number, bold: boolean): number {
  return (points * TWIPS_PER_POINT * (bold ? BOLD : 1)) / 1000
}

/**
 * Where a line may break: after a space (but not a no-break space, U+00A0, U+2007, U+202F, which
 * the app's own numbers and fingerprints use to stay whole) or a hyphen. A slash, an @ or a dot
 * does not end a word, in Word or in LibreOffice.
 */
const BREAKING_SPACE = /^[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]$/u
const SPACE = 32
const HYPHEN = 45

/** The width of the widest piece of the text a line cannot break inside, in thousandths of an em. */
function widestPiece(text: string): number {
  let widest = 0
  let piece = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < 127) {
      if (code <= SPACE) {
        piece = 0
        continue
      }
      piece += ASCII_WIDTHS[code - SPACE] ?? AVERAGE
      if (piece > widest) widest = piece
      if (code === HYPHEN) piece = 0
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(at) ?? code)
    if (char.length === 2) at++
    if (BREAKING_SPACE.test(char)) {
      piece = 0
      continue
    }
    piece += charWidth(char)
    if (piece > widest) widest = piece
  }
  return widest
}

/** The width of the text's widest word (what a line cannot break inside), in twips. */
export function widestWord(text: string, points: number, bold: boolean): number {
  return Math.ceil(widestPiece(text) * scale(points, bold))
}

/** What a column is wider than its text: the cell margins on both sides. */
export const CELL_MARGINS = 2 * SPACING.cellMarginSide

/**
 * Column widths summing exactly to `total`: as the weights ask where every column's widest word
 * fits, else each column at least as wide as its widest word (at most MAX_SHARE of the table),
 * the rest shared by the weights of the columns that have room to give.
 */
export function fitColumns(proposed: readonly number[], needs: readonly number[], total: number): number[] {
  const cap = Math.floor(total * MAX_SHARE)
  const need = needs.map((width) => Math.min(width, cap))
  if (proposed.every((width, at) => width >= (need[at] ?? 0))) return [...proposed]
  const sumNeeds = need.reduce((a, b) => a + b, 0)
  // Even the words alone do not fit side by side: share the table by what each column needs.
  if (sumNeeds >= total) return spread(need, total)
  const fixed = new Set<number>()
  for (;;) {
    const free = proposed.map((_, at) => at).filter((at) => !fixed.has(at))
    const room = total - [...fixed].reduce((sum, at) => sum + (need[at] ?? 0), 0)
    const weight = free.reduce((sum, at) => sum + (proposed[at] ?? 0), 0)
    const short = free.filter((at) => ((proposed[at] ?? 0) / weight) * room < (need[at] ?? 0))
    if (short.length === 0) {
      const widths = proposed.map((width, at) => (fixed.has(at) ? (need[at] ?? 0) : Math.floor((width / weight) * room)))
      return withDrift(widths, total)
    }
    for (const at of short) fixed.add(at)
  }
}

function spread(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  return withDrift(
    weights.map((weight) => Math.floor((weight / sum) * total)),
    total
  )
}

/** Rounding drift to the widest column, where one twip is invisible. */
function withDrift(widths: number[], total: number): number[] {
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0)
  return widths
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * The text with optional hyphens in every word wider than `width` twips (the column's width less
 * its margins), so the word breaks with a hyphen where the line ends, never without one. Words
 * are cut between whole characters (an emoji with its modifiers stays whole).
 */
export function hyphenateOverlong(text: string, width: number, points: number, bold: boolean): string {
  const room = (width - CELL_MARGINS) / scale(points, bold) - (ASCII_WIDTHS[HYPHEN - SPACE] ?? AVERAGE)
  if (room <= 0 || widestPiece(text) <= room) return text
  let result = ''
  let used = 0
  for (const { segment } of graphemes.segment(text)) {
    if (BREAKING_SPACE.test(segment)) {
      used = 0
      result += segment
      continue
    }
    let wide = 0
    for (const char of segment) wide += charWidth(char)
    if (used > 0 && used + wide > room) {
      result += SOFT_HYPHEN
      used = 0
    }
    result += segment
    used = segment === '-' ? 0 : used + wide
  }
  return result
}
