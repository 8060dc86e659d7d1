import { NumberParser } from '@internationalized/number'
import { LANGUAGES, localeOf, type Language } from './language'

/**
 * Every number a person types or reads, in one place (SPEC §2, §9 "Numbers"): German readers
 * type `500.000` and mean five hundred thousand, English readers type `500,000`. Reading is
 * strict — a text that a reader of the locale could take for two different numbers is refused,
 * never guessed — and writing always goes through Intl, so the screen, the audience view and
 * every document show the same figure the same way.
 */

/** Shown where a number is missing or cannot be shown. */
export const NO_VALUE = '—'

/** More digits than this cannot be stored exactly in a JavaScript number; we refuse them. */
export const MAX_SIGNIFICANT_DIGITS = 15
/** The largest amount accepted or printed as digits: fifteen nines. */
export const MAX_MAGNITUDE = 999_999_999_999_999

/**
 * The kinds of number the workshop holds, each with its range:
 * - `quantity`: 0 or more, decimals allowed (targets, actuals, commitments, amounts, scores)
 * - `count`: a whole number, 0 or more (days)
 * - `positiveCount`: a whole number, 1 or more (minutes of a timebox, months, sales reps)
 * - `rate`: a percentage above 0 and at most 100 (conversion rates, marketing share)
 * - `points`: between −1,000 and 1,000 (a criterion's points may count against a lead)
 */
export const NUMBER_KINDS = ['quantity', 'count', 'positiveCount', 'rate', 'points'] as const
export type NumberKind = (typeof NUMBER_KINDS)[number]

export const POINTS_LIMIT = 1000
/** A rate in percent lies above `above` and at most at `atMost` (SPEC §4: (0 %, 100 %]). */
export const RATE_RANGE = { above: 0, atMost: 100 } as const

/**
 * - `invalid`: not a number at all (`12abc`, `1e308`)
 * - `notation`: digits and separators, but not as this locale writes numbers (German `1,234.5`, `1.5`)
 * - `ambiguous`: typed, a number the other language reads a thousand times larger (English `500.000`, German `1,234`)
 * - `tooManyDigits`: more than 15 significant digits, or beyond fifteen nines
 * - the rest: outside the range of the kind
 */
export type NumberProblem = 'invalid' | 'notation' | 'ambiguous' | 'tooManyDigits' | 'negative' | 'notWhole' | 'belowOne' | 'rateRange' | 'pointsRange'

export type NumberReading =
  | { ok: true; value: number | null }
  /** `partial`: the text can still become a valid number by typing on (`1.` on the way to `1.000`). */
  | { ok: false; problem: NumberProblem; partial: boolean }

interface Notation {
  parser: NumberParser
  decimal: string
  full: RegExp[]
  prefix: RegExp[]
}

const NOTATIONS = new Map<Language, Notation>()
const SIGN = '[-+]?'
// Spaces group digits in every locale (`500 000`): plain, no-break and narrow no-break space.
const SPACE_GROUP = '[ \u00a0\u202f]'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The locale's own separators, as Intl writes them, turned into the shapes a number may take. */
function notationOf(language: Language): Notation {
  let notation = NOTATIONS.get(language)
  if (notation) return notation
  const locale = localeOf(language)
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5)
  const decimalSymbol = parts.find((p) => p.type === 'decimal')?.value ?? '.'
  const group = escape(parts.find((p) => p.type === 'group')?.value ?? ',')
  const decimal = escape(decimalSymbol)
  const shapes = (g: string) => {
    const grouped = `\\d{1,3}(?:${g}\\d{3})+`
    return {
      full: new RegExp(`^${SIGN}(?:\\d+|${grouped})?(?:${decimal}\\d+)?$`),
      prefix: new RegExp(`^${SIGN}(?:(?:\\d*|\\d{1,3}(?:${g}\\d{3})*${g}\\d{0,2})|(?:\\d*|${grouped})${decimal}\\d*)$`)
    }
  }
  const own = shapes(group)
  const spaced = shapes(SPACE_GROUP)
  notation = { parser: new NumberParser(locale, { maximumFractionDigits: 20 }), decimal: decimalSymbol, full: [own.full, spaced.full], prefix: [own.prefix, spaced.prefix] }
  NOTATIONS.set(language, notation)
  return notation
}

/** Digits that carry information: no leading zeros, no trailing zeros after the decimal separator. */
function significantDigits(text: string, decimal: string): number {
  const [whole = '', fraction = ''] = text.split(decimal)
  const wholeDigits = whole.replace(/\D/g, '').replace(/^0+/, '')
  const fractionDigits = fraction.replace(/\D/g, '').replace(/0+$/, '')
  return wholeDigits === '' ? fractionDigits.replace(/^0+/, '').length : wholeDigits.length + fractionDigits.length
}

/** Reads a typed number in the language's notation; empty text is no number (null). */
export function parseNumber(text: string, language: Language): NumberReading {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const notation = notationOf(language)
  if (!notation.full.some((shape) => shape.test(trimmed)) || !/\d/.test(trimmed)) {
    const partial = notation.prefix.some((shape) => shape.test(trimmed))
    // Only digits, signs, separators and spaces: a number written another way, not a typo.
    const problem = /^[-+\u2212\d.,'\s\u00a0\u202f]+$/.test(trimmed) && /\d/.test(trimmed) ? 'notation' : 'invalid'
    return { ok: false, problem, partial }
  }
  if (significantDigits(trimmed, notation.decimal) > MAX_SIGNIFICANT_DIGITS) return { ok: false, problem: 'tooManyDigits', partial: false }
  const value = notation.parser.parse(trimmed)
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return { ok: false, problem: 'tooManyDigits', partial: false }
  // −0 and 0 are the same nothing.
  return { ok: true, value: value === 0 ? 0 : value }
}

/** Whether a value fits its kind; the one home of every number range in the app. */
export function checkNumber(kind: NumberKind, value: number): NumberProblem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'invalid'
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return 'tooManyDigits'
  switch (kind) {
    case 'quantity':
      return value < 0 ? 'negative' : null
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : 'notWhole'
    case 'positiveCount':
      return Number.isInteger(value) && value >= 1 ? null : 'belowOne'
    case 'rate':
      return value > RATE_RANGE.above && value <= RATE_RANGE.atMost ? null : 'rateRange'
    case 'points':
      return value >= -POINTS_LIMIT && value <= POINTS_LIMIT ? null : 'pointsRange'
  }
}

export function isRate(value: unknown): value is number {
  return typeof value === 'number' && checkNumber('rate', value) === null
}

/**
 * One to three digits, the language's decimal separator and exactly three digits: English
 * `500.000` is 500, German 500,000; German `1,234` is 1.234, English 1,234. Our users type both
 * ways, so a typed number of that shape is refused rather than read a thousand times too small.
 * No amount, count or rate of a workshop has three decimals; a file's numbers are read as before.
 */
const BETWEEN_LANGUAGES = /^[-+]?[1-9]\d{0,2}([.,])\d{3}$/

/** What the other language reads in a text this one refuses as `ambiguous`, for the message. */
export function otherLanguageReading(text: string, language: Language): number | null {
  const other = LANGUAGES.find((candidate) => candidate !== language) ?? language
  const reading = parseNumber(text, other)
  return reading.ok ? reading.value : null
}

/** Parses a typed text and checks it against its kind. */
export function readNumber(text: string, language: Language, kind: NumberKind): NumberReading {
  const reading = parseNumber(text, language)
  if (!reading.ok || reading.value === null) return reading
  // Typing on (`1,2345`) makes it clear, so it is only a problem once the field is left.
  if (BETWEEN_LANGUAGES.exec(text.trim())?.[1] === notationOf(language).decimal) return { ok: false, problem: 'ambiguous', partial: true }
  const problem = checkNumber(kind, reading.value)
  return problem ? { ok: false, problem, partial: false } : reading
}

// ——— Writing ———

interface Writers {
  number: Map<number, Intl.NumberFormat>
  editable: Intl.NumberFormat
  editableCents: Intl.NumberFormat
  average: Intl.NumberFormat
  scientific: Intl.NumberFormat
  percent: Map<number, Intl.NumberFormat>
  scientificPercent: Intl.NumberFormat
  money: Map<string, Intl.NumberFormat>
}

// Building an Intl formatter costs far more than using one: a document export formats thousands of cells.
const WRITERS = new Map<Language, Writers>()

function writersOf(language: Language): Writers {
  let writers = WRITERS.get(language)
  if (writers) return writers
  const locale = localeOf(language)
  writers = {
    number: new Map(),
    editable: new Intl.NumberFormat(locale, { maximumSignificantDigits: MAX_SIGNIFICANT_DIGITS }),
    editableCents: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    average: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    scientific: new Intl.NumberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 3 }),
    percent: new Map(),
    scientificPercent: new Intl.NumberFormat(locale, { style: 'percent', notation: 'scientific', maximumSignificantDigits: 3 }),
    money: new Map()
  }
  WRITERS.set(language, writers)
  return writers
}

/** A number fit to print: finite and not absurdly long. Old backups may hold anything. */
function showable(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

const absurd = (value: number) => Math.abs(value) > MAX_MAGNITUDE

/** Intl writes −0 as "-0"; it is nothing, shown as "0". */
const unsigned = (value: number): number => (value === 0 ? 0 : value)

/** `300.000` / `300,000`, with at most `maximumFractionDigits` decimals; an absurd value in short scientific notation. */
export function formatNumber(value: number | null | undefined, language: Language, maximumFractionDigits = 2): string {
  if (!showable(value)) return NO_VALUE
  const writers = writersOf(language)
  if (absurd(value)) return writers.scientific.format(value)
  let format = writers.number.get(maximumFractionDigits)
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits })
    writers.number.set(maximumFractionDigits, format)
  }
  return format.format(unsigned(value))
}

/**
 * An average of the room's 1–5 ratings, always to one decimal (`3,0`, `3,5`): a whole average
 * never reads as one typed rating, and screen and documents write it alike.
 */
export function formatAverage(value: number | null | undefined, language: Language): string {
  if (!showable(value)) return NO_VALUE
  return writersOf(language).average.format(unsigned(value))
}

/**
 * The text a number field shows when not being edited: every stored digit, with the locale's
 * grouping. An amount of `money` in whole cents shows both digits of them, as it is written
 * (`1.234,50`, not `1.234,5`); whole amounts and finer fractions stay as they are.
 */
export function formatEditable(value: number | null | undefined, language: Language, { money = false } = {}): string {
  if (value === null || value === undefined) return ''
  if (!showable(value)) return String(value)
  if (absurd(value)) return writersOf(language).scientific.format(value)
  const cents = money && !Number.isInteger(value) && Math.round(value * 100) / 100 === value
  return (cents ? writersOf(language).editableCents : writersOf(language).editable).format(unsigned(value))
}

/** A rate typed in percent (35.5 means 35.5 %): `35,5 %` / `35.5%`. */
export function formatPercent(value: number | null | undefined, language: Language, maximumFractionDigits = 2): string {
  if (!showable(value)) return NO_VALUE
  const writers = writersOf(language)
  if (absurd(value)) return writers.scientificPercent.format(value / 100)
  let format = writers.percent.get(maximumFractionDigits)
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits })
    writers.percent.set(maximumFractionDigits, format)
  }
  return format.format(unsigned(value) / 100)
}

/**
 * Money: `300.000 €` / `€300,000`; whole amounts without cents, others with both digits. A
 * currency that is not an ISO code (a typed "Euro") follows the number as it was typed.
 */
export function formatMoney(value: number | null | undefined, currency: string, language: Language): string {
  if (!showable(value)) return NO_VALUE
  const code = currency.trim().toUpperCase()
  if (absurd(value) || !/^[A-Z]{3}$/.test(code)) return `${formatNumber(value, language)} ${currency.trim()}`.trim()
  const cents = !Number.isInteger(value)
  const key = `${code}/${cents}`
  const writers = writersOf(language)
  let format = writers.money.get(key)
  if (!format) {
    const digits = cents ? 2 : 0
    try {
      format = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits })
    } catch {
      return `${formatNumber(value, language)} ${currency.trim()}`
    }
    writers.money.set(key, format)
  }
  return format.format(unsigned(value))
}

/**
 * A value in a free-text unit, as a target holds it: money when the unit is the workshop's
 * currency (`300.000 €`), a percentage for `%` (`35,5 %`), else the number and the unit (`40 MQLs`).
 */
export function formatAmount(value: number | null | undefined, unit: string, currency: string, language: Language): string {
  const trimmed = unit.trim()
  if (trimmed !== '' && trimmed.toUpperCase() === currency.trim().toUpperCase()) return formatMoney(value, currency, language)
  if (trimmed === '%') return formatPercent(value, language)
  return `${formatNumber(value, language)} ${trimmed}`.trim()
}
