/**
 * Why a save failed, in words the person can act on (issue: "every failed save is one generic
 * message"). Errors are recognised by name along their chain (Dexie wraps DOM errors in `inner`,
 * our own errors set `cause`), so this module needs neither Dexie's nor the repositories' classes.
 *
 * - `storageFull`: the disk or the browser's quota is full — free space; typing is kept and retried
 * - `storageUnavailable`: the browser refuses storage (private mode, blocked, database closed)
 * - `signed`: the SLA or review is signed or closed — nothing to retry, amend it to change it
 * - `unknown`: anything else — retried
 */
export type SaveProblem = 'storageFull' | 'storageUnavailable' | 'signed' | 'unknown'

const FULL = new Set(['QuotaExceededError'])
const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'DatabaseClosedError', 'SecurityError', 'OpenFailedError', 'InvalidAccessError'])
const SIGNED = new Set(['SlaLockedError', 'SignedVersionError', 'ReviewClosedError'])

function* chain(error: unknown): Generator<{ name?: unknown }> {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current)
    yield current as { name?: unknown }
    const next = current as { inner?: unknown; cause?: unknown }
    current = next.inner ?? next.cause
  }
}

export function classifySaveError(error: unknown): SaveProblem {
  for (const link of chain(error)) {
    const name = typeof link.name === 'string' ? link.name : ''
    if (FULL.has(name)) return 'storageFull'
    if (SIGNED.has(name)) return 'signed'
    if (UNAVAILABLE.has(name)) return 'storageUnavailable'
  }
  return 'unknown'
}

/** A signed or closed record will refuse again: retrying would only repeat the message. */
export function isRetryable(problem: SaveProblem): boolean {
  return problem !== 'signed'
}
