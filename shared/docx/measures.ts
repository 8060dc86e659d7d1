/**
 * Every length, size and colour of the documents, named once (STYLE "name the measures once").
 * Word measures page geometry in twips (1/20 pt, 1/1440 inch), font sizes in half-points and
 * spacing in twips; the helpers below convert from the units people think in.
 */

const TWIPS_PER_CM = 1440 / 2.54
const TWIPS_PER_POINT = 20

export const cm = (value: number): number => Math.round(value * TWIPS_PER_CM)
export const pt = (value: number): number => Math.round(value * TWIPS_PER_POINT)
/** Word's font sizes are half-points: 10 pt is 20. */
export const fontSize = (points: number): number => Math.round(points * 2)

/** A4 portrait, the paper a company in Germany files a contract on. */
export const PAGE = {
  width: 11906,
  height: 16838,
  /** DIN 5008-like margins: a wider left margin leaves room for punching and binding. */
  margin: { top: cm(2.5), bottom: cm(2.2), left: cm(2.5), right: cm(2) },
  headerDistance: cm(1.2),
  footerDistance: cm(1.1)
} as const

/** The width tables must fill exactly: their column widths are given as parts of it. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right

/**
 * Column widths in twips from relative weights, summing exactly to `total` (rounding drift goes
 * to the widest column, where one twip is invisible).
 */
export function columnWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  const drift = total - widths.reduce((a, b) => a + b, 0)
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] = (widths[widest] ?? 0) + drift
  return widths
}

/** Arial is on every Windows and Mac; LibreOffice draws it with the metric-compatible Liberation Sans. */
export const FONT = {
  body: 'Arial',
  /** A handwriting font for typed signatures, on every Windows; others fall back to a script face. */
  signature: 'Segoe Script',
  /** Digits of equal width for the seal, read aloud group by group (0 and O, 1 and l apart). */
  digits: 'Consolas'
} as const

export const SIZE = {
  body: 10,
  table: 9,
  small: 8,
  title: 26,
  subtitle: 14,
  heading1: 14,
  heading2: 11.5,
  heading3: 10,
  draftMark: 40,
  typedSignature: 18
} as const

export const SPACING = {
  /** After a body paragraph: a half line, enough to separate without looking airy. */
  paragraphAfter: pt(6),
  lineMultiple: 276, // 1.15 lines, in 240ths of a line (Word's "Multiple 1.15")
  heading1Before: pt(18),
  heading1After: pt(8),
  heading2Before: pt(12),
  heading2After: pt(4),
  heading3Before: pt(9),
  tableAfter: pt(10),
  cellMargin: pt(4),
  cellMarginSide: pt(5),
  titlePageTop: cm(5),
  listIndent: cm(0.63),
  listHanging: cm(0.63),
  signatureSpace: cm(2),
  /** Room above a line written on by hand (place and date, a name). */
  handwriting: cm(1)
} as const

export const COLOUR = {
  text: '1A1A1A',
  heading: '1F3864',
  accent: '2E5597',
  muted: '595959',
  rule: 'A6A6A6',
  tableBorder: 'BFBFBF',
  tableHeaderFill: 'DCE3EE',
  draft: 'C00000',
  superseded: '7F7F7F',
  signatureInk: '1F3864',
  /** Friction heat map, rating 1 (hardly hurts) … 5 (hurts a lot): green through amber to red. */
  heat: ['C6EFCE', 'E2F0B6', 'FFEB9C', 'F8CBAD', 'F4A6A6'] as readonly string[],
  gapNotable: 'C00000',
  /**
   * Review status cells (SPEC §5): a light fill with dark text of the same hue, the pairs
   * spreadsheet users know from conditional formatting; the status word is always printed too.
   */
  status: {
    green: { fill: 'C6EFCE', text: '006100' },
    amber: { fill: 'FFEB9C', text: '7A4F00' },
    red: { fill: 'FFC7CE', text: '9C0006' },
    notMeasured: { fill: 'EDEDED', text: '595959' },
    noTarget: { fill: 'EDEDED', text: '595959' }
  }
} as const

/** Signature images are drawn at most this size (in pixels at 96 dpi, docx's image unit). */
export const SIGNATURE_IMAGE = { maxWidth: 220, maxHeight: 80 } as const

/** Border widths are in eighths of a point. */
export const BORDER = { thin: 4, rule: 6, strong: 12 } as const
