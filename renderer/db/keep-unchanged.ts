import { useState } from 'react'

/**
 * `next`, with every part that equals the same part of `previous` replaced by that part
 * (structural sharing, as TanStack Query's `replaceEqualDeep`). A live query reads every record
 * anew after each save, so each keystroke would give the screen all-new objects; with the
 * unchanged ones kept, a component whose record did not change gets the very object it had and
 * `memo` lets it skip drawing (issue 14: a keystroke painted within one frame).
 *
 * Plain objects and arrays are compared by value, part by part; anything else (a Date, a Blob)
 * only by identity, so a change is never missed. Array elements with an `id` are matched by it, so
 * adding, removing or moving one keeps the others; the array itself is kept only when every
 * element is the one at the same place before.
 */
export function keepUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next
  if (Array.isArray(previous) && Array.isArray(next)) return keepArray(previous, next) as T
  if (isPlainObject(previous) && isPlainObject(next)) return keepObject(previous, next) as T
  return next
}

function keepArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  const byId = new Map<unknown, unknown>()
  for (const element of previous) if (hasId(element)) byId.set(element.id, element)
  let same = previous.length === next.length
  const kept = next.map((element, index) => {
    const counterpart = hasId(element) ? byId.get(element.id) : previous[index]
    const result = keepUnchanged(counterpart, element)
    if (result !== previous[index]) same = false
    return result
  })
  return same ? previous : kept
}

function keepObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next)
  let same = keys.length === Object.keys(previous).length
  const kept = { ...next }
  for (const key of keys) {
    const owned = Object.hasOwn(previous, key)
    const result = owned ? keepUnchanged(previous[key], next[key]) : next[key]
    if (!owned || result !== previous[key]) same = false
    // Defined, not assigned: a field named __proto__ stays a field.
    if (result !== next[key]) Object.defineProperty(kept, key, { value: result, enumerable: true, writable: true, configurable: true })
  }
  return same ? previous : kept
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

const hasId = (value: unknown): value is { id: unknown } => isPlainObject(value) && Object.hasOwn(value, 'id')

/**
 * `value`, or the value of the render before while it equals it (keepUnchanged): something derived
 * anew on each render, such as one list of the workshop's items, stays the same object while its
 * parts did not change, so a memo'd component given it is not drawn again.
 */
export function useKept<T>(value: T): T {
  const [kept, setKept] = useState(value)
  const next = keepUnchanged(kept, value)
  // Storing what this render saw (React's pattern for information from previous renders).
  if (next !== kept) setKept(next)
  return next
}
