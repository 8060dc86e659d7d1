import type { z } from 'zod'
import { isJsonObject } from './safe-json'

/**
 * One record through validation: valid as it is, valid after its missing fields were filled
 * from `defaults`, or invalid. Only missing fields are filled — a field that is present with a
 * wrong value is damage, not age, and the record is not guessed back into shape.
 */
export type Restored<T> =
  | { status: 'valid'; value: T }
  | { status: 'repaired'; value: T; fields: string[] }
  | { status: 'invalid' }

export function restoreRecord<T>(raw: unknown, schema: z.ZodType<T>, defaults: Record<string, unknown> | null): Restored<T> {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { status: 'valid', value: parsed.data }
  if (defaults === null || !isJsonObject(raw)) return { status: 'invalid' }
  const fields: string[] = []
  const filled = fillMissing(raw, defaults, '', fields)
  if (fields.length === 0) return { status: 'invalid' }
  const repaired = schema.safeParse(filled)
  return repaired.success ? { status: 'repaired', value: repaired.data, fields } : { status: 'invalid' }
}

/**
 * A copy of `raw` with every key of `defaults` it lacks, at every depth where both sides are
 * objects (so a workshop missing only `funnel.reps` keeps its other calculator inputs).
 * The dotted paths of what was filled are pushed to `fields`.
 */
export function fillMissing(
  raw: Record<string, unknown>,
  defaults: Record<string, unknown>,
  prefix: string,
  fields: string[]
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...raw }
  for (const [key, fallback] of Object.entries(defaults)) {
    const path = `${prefix}${key}`
    const present = result[key]
    if (!Object.hasOwn(result, key)) {
      result[key] = fallback
      fields.push(path)
    } else if (isJsonObject(present) && isJsonObject(fallback)) {
      result[key] = fillMissing(present, fallback, `${path}.`, fields)
    }
  }
  return result
}
