import fc from 'fast-check'
import { TEXT_BEFORE_LIMITS } from '../../../shared/domain/field-limits'
import type { SampleFile } from './sample-backup'

/**
 * Generators of broken backup files, shared by the pure parser's tests and the repository's
 * "a refused file writes nothing" tests. Each starts from a valid sample and breaks it in one way.
 */

export type Path = Array<string | number>

/** Every node of a JSON value, as the keys leading to it (the root itself excluded). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => [[...prefix, index], ...pathsOf(entry, [...prefix, index])])
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => [[...prefix, key], ...pathsOf(entry, [...prefix, key])])
  }
  return []
}

/** The objects among them, where a key can be added. */
export function objectPathsOf(value: unknown): Path[] {
  return [[], ...pathsOf(value)].filter((path) => {
    const node = at(value, path)
    return node !== null && typeof node === 'object' && !Array.isArray(node)
  })
}

export function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value)
}

export const DELETE = Symbol('delete')

/** A copy of `file` with the node at `path` replaced by `replacement` (or removed). */
export function withReplaced(file: SampleFile, path: Path, replacement: unknown): SampleFile {
  const copy = structuredClone(file)
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>
  const key = path.at(-1)!
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else {
    parent[key] = replacement
  }
  return copy
}

/** Adds a key as an own, enumerable property — even `__proto__`, which assignment would not. */
export function withKey(file: SampleFile, path: Path, key: string, value: unknown): SampleFile {
  const copy = structuredClone(file)
  Object.defineProperty(at(copy, path), key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}

/** Values of every wrong type, NaN-like texts, numbers at the edges and texts beyond the caps. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    DELETE,
    null,
    true,
    false,
    0,
    -1,
    1.5,
    -0.000001,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    'x',
    'NaN',
    'Infinity',
    '-0',
    '2027-02-30',
    'agreed ',
    [],
    {},
    [null],
    { a: 1 },
    'x'.repeat(TEXT_BEFORE_LIMITS + 1)
  ),
  fc.jsonValue({ maxDepth: 3 })
)

export const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** JSON's way of writing a number too large for a double: parses to Infinity. */
export const OVERFLOWING_NUMBER = '1e999'
