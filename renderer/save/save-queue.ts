import { useSaveState } from './save-state'
import { classifySaveError, isRetryable, type SaveProblem } from './save-problem'

/**
 * Debounced, flushable saves (SPEC §2 "Nothing lost"). Typing schedules a save per field; it runs
 * `SAVE_DELAY_MS` after the last keystroke, or at once when the field loses focus, the page is
 * hidden or the window closes. The save indicator counts scheduled and running saves.
 *
 * A save that fails is told with its reason (storage full, storage unavailable, signed) and, where
 * a retry can help, retried with growing pauses until it lands; meanwhile the field keeps the typed
 * text, because it counts as pending (`hasPendingSave`).
 */
// SPEC §9: every edit persisted within 100 ms (p95). An IndexedDB commit takes about 10 ms, so a
// save per keystroke is affordable; the delay of one frame only gathers keys typed within that
// frame into one write. Undo still merges a burst of typing into one step (undo.ts).
export const SAVE_DELAY_MS = 16
/** However fast someone types, a field's edit is saved at the latest this long (two frames) after it began. */
export const SAVE_MAX_WAIT_MS = 33

/** Pauses between retries of a failed save: 1 s, 2 s, 4 s … at most 15 s. */
export const RETRY_FIRST_MS = 1000
export const RETRY_MAX_MS = 15_000

interface Pending {
  timer: ReturnType<typeof setTimeout>
  run: () => Promise<void>
  since: number
  /** Failed attempts so far of this very edit. */
  failures: number
}

const pending = new Map<string, Pending>()
const running = new Map<string, Promise<void>>()
/** The problem of each field whose last save failed; `now` for one-off saves. */
const failing = new Map<string, SaveProblem>()

function worstProblem(): SaveProblem | null {
  const problems = new Set(failing.values())
  for (const problem of ['storageFull', 'storageUnavailable', 'signed', 'unknown'] as const) if (problems.has(problem)) return problem
  return null
}

function succeeded(key: string): void {
  failing.delete(key)
  // A refusal that will not be retried is shown until the next save that works.
  for (const [other, problem] of failing) if (!isRetryable(problem)) failing.delete(other)
  useSaveState.getState().saveFinished(worstProblem())
}

function failed(key: string, error: unknown): SaveProblem {
  const problem = classifySaveError(error)
  console.error('Save failed', error)
  failing.set(key, problem)
  useSaveState.getState().saveFinished(worstProblem())
  return problem
}

export function hasPendingSave(key: string): boolean {
  return pending.has(key) || running.has(key)
}

/** How long a save waits for more of the same (`delay` after the last change), and at most (`maxWait` after the first). */
export interface SaveTiming {
  delay: number
  maxWait: number
}

/** A field's typing: one frame, at most two. */
export const FIELD_SAVE: SaveTiming = { delay: SAVE_DELAY_MS, maxWait: SAVE_MAX_WAIT_MS }

export function scheduleSave(key: string, run: () => Promise<void>, { delay, maxWait }: SaveTiming = FIELD_SAVE): void {
  const existing = pending.get(key)
  if (existing) clearTimeout(existing.timer)
  else useSaveState.getState().saveStarted()
  const since = existing?.since ?? Date.now()
  const wait = Math.max(0, Math.min(delay, since + maxWait - Date.now()))
  const timer = setTimeout(() => void flushSave(key), wait)
  pending.set(key, { timer, run, since, failures: 0 })
}

/** Puts a failed edit back in the queue, unless a newer edit of the field already is. */
function retryLater(key: string, job: Pending): void {
  if (pending.has(key)) return
  const failures = job.failures + 1
  const pause = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1))
  useSaveState.getState().saveStarted()
  const timer = setTimeout(() => void flushSave(key), pause)
  pending.set(key, { timer, run: job.run, since: Date.now(), failures })
}

/** Drops a field's scheduled save that has not started: its text turned out not to be savable. */
export function cancelSave(key: string): void {
  const job = pending.get(key)
  if (!job) return
  clearTimeout(job.timer)
  pending.delete(key)
  failing.delete(key)
  useSaveState.getState().saveFinished(worstProblem())
}

/** Runs the scheduled save of one field now; resolves when it is committed. */
export async function flushSave(key: string): Promise<void> {
  const job = pending.get(key)
  if (!job) return running.get(key)
  clearTimeout(job.timer)
  pending.delete(key)
  // Saves of one field run one after another, so an older value never lands after a newer one.
  const previous = running.get(key) ?? Promise.resolve()
  const current = previous.then(job.run).then(
    () => succeeded(key),
    (error: unknown) => {
      if (isRetryable(failed(key, error))) retryLater(key, job)
    }
  )
  running.set(key, current)
  await current
  if (running.get(key) === current) running.delete(key)
}

/** Every scheduled save, now. */
export async function flushAllSaves(): Promise<void> {
  await Promise.all([...pending.keys(), ...running.keys()].map((key) => flushSave(key)))
}

/** Runs one immediate save (a click, a toggle) through the same indicator. */
export async function saveNow(run: () => Promise<unknown>): Promise<boolean> {
  const store = useSaveState.getState()
  store.saveStarted()
  try {
    await run()
    succeeded('now')
    return true
  } catch (error) {
    failed('now', error)
    return false
  }
}

let installed = false

/** Flushes when the page is hidden (lid closed, app switched) or about to go away. */
export function installFlushOnHide(target: Window = window): void {
  if (installed) return
  installed = true
  const flush = () => void flushAllSaves()
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flush()
  })
  target.addEventListener('pagehide', flush)
  target.addEventListener('beforeunload', flush)
}
