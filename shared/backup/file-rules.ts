import { z } from 'zod'
import { CURRENCIES } from '../domain/currency'
import { FIELD_LIMITS, MAX_STORED_TEXT, TEXT_BEFORE_LIMITS, type FieldKind } from '../domain/field-limits'

/**
 * What a backup or a Word file may hold, by when it was written (issue 12 §2):
 * - fieldLimits: since the field limits — each text within its field's limit (field-limits.ts),
 *   the currency one the app offers. What can be typed passes; what a crafted file holds beyond
 *   it does not, so no document made from a file can grow past what the limits allow.
 * - beforeLimits: before them — any text up to what earlier versions kept, any three capital
 *   letters as currency, so nothing typed then is lost.
 * Which a file keeps its format version tells; a file the app writes says fieldLimits whenever
 * its records keep them.
 */
export type FileRules = 'fieldLimits' | 'beforeLimits'

export interface RuleSchemas {
  /** A text of a field of this kind (TEXT_FIELDS). */
  text(kind: FieldKind): z.ZodString
  /** A text copied from any field (an open item's parameters). */
  anyText: z.ZodString
  currency: z.ZodType<string>
}

export function ruleSchemas(rules: FileRules): RuleSchemas {
  const limited = rules === 'fieldLimits'
  return {
    text: (kind) => z.string().max(limited ? FIELD_LIMITS[kind] : TEXT_BEFORE_LIMITS),
    anyText: z.string().max(limited ? MAX_STORED_TEXT : TEXT_BEFORE_LIMITS),
    // ISO 4217: three capital letters; since the limits, one of the codes the app offers.
    currency: limited ? z.enum(CURRENCIES) : z.string().regex(/^[A-Z]{3}$/, 'currency')
  }
}

/** The texts of a record (field → kind, as TEXT_FIELDS names them), each held to its kind. */
export function textShape<F extends Readonly<Record<string, FieldKind>>>(fields: F, schemas: RuleSchemas): { [K in keyof F]: z.ZodString } {
  // fromEntries forgets the keys it was given; they are exactly those of `fields`.
  return Object.fromEntries(Object.entries(fields).map(([field, kind]) => [field, schemas.text(kind)])) as { [K in keyof F]: z.ZodString }
}

/** The last moment of the year 9999: later ones have no ISO 8601 date of four digits. */
const LAST_TIMESTAMP = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** A moment as Date.now() gives it, in milliseconds since 1970; nothing before then, nothing after the year 9999. */
export const timestampSchema = z.number().int().min(0).max(LAST_TIMESTAMP)
