/**
 * The open room as this tab remembers it across a reload (sessionStorage: this tab only, gone
 * with it): a facilitator who reloads the page finds the room still open at the same address and
 * code, its phones still in it, and their answers kept under the same run. No validation library
 * here: the first page asks only whether a run is remembered (room-session.ts reads it).
 */
const RUN_KEY = 'smarketing.room-run'

export function hasRoomRun(): boolean {
  try {
    return sessionStorage.getItem(RUN_KEY) !== null
  } catch {
    return false
  }
}

/** The remembered run as stored, not yet checked; null when there is none. */
export function storedRoomRun(): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(RUN_KEY) ?? 'null')
  } catch {
    return null
  }
}

export function rememberRoomRun(run: unknown): void {
  try {
    sessionStorage.setItem(RUN_KEY, JSON.stringify(run))
  } catch {
    // Storage full or refused: a reload then finds the room ended, as before.
  }
}

export function forgetRoomRun(): void {
  try {
    sessionStorage.removeItem(RUN_KEY)
  } catch {
    // Nothing remembered, nothing to forget.
  }
}
