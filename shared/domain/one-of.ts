/**
 * A type guard for one of a fixed list of names (a step id, a team, a language …): the one way
 * the app asks "is this text one of ours?", so no module writes the cast-and-include by hand.
 */
export function oneOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  const known: ReadonlySet<string> = new Set(values)
  return (value: unknown): value is T => typeof value === 'string' && known.has(value)
}
