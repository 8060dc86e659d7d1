import { useUiStore } from '../store/ui-store'

/**
 * Debounced, flushable saves (SPEC §2 "Nothing lost"). Typing schedules a save per field; it runs
 * `SAVE_DELAY_MS` after the last keystroke, or at once when the field loses focus, the page is
 * hidden or the window closes. The save indicator counts scheduled and running saves.
 */
// SPEC §9: every edit persisted within 100 ms (p95). An IndexedDB commit takes about 10 ms, so a
// save per keystroke is affordable; the short delay only gathers keys typed within one or two
// frames into one write. Undo still merges a burst of typing into one step (undo.ts).
export const SAVE_DELAY_MS = 25
/** However fast someone types, a field's edit is saved at the latest this long after it began. */
export const SAVE_MAX_WAIT_MS = 50

interface Pending {
  timer: ReturnType<typeof setTimeout>
  run: () => Promise<void>
  since: number
}

const pending = new Map<string, Pending>()
const running = new Map<string, Promise<void>>()

export function hasPendingSave(key: string): boolean {
  return pending.has(key) || running.has(key)
}

export function scheduleSave(key: string, run: () => Promise<void>, delay = SAVE_DELAY_MS): void {
  const existing = pending.get(key)
  if (existing) clearTimeout(existing.timer)
  else useUiStore.getState().saveStarted()
  const since = existing?.since ?? Date.now()
  const wait = Math.max(0, Math.min(delay, since + SAVE_MAX_WAIT_MS - Date.now()))
  const timer = setTimeout(() => void flushSave(key), wait)
  pending.set(key, { timer, run, since })
}

/** Drops a field's scheduled save that has not started: its text turned out not to be savable. */
export function cancelSave(key: string): void {
  const job = pending.get(key)
  if (!job) return
  clearTimeout(job.timer)
  pending.delete(key)
  useUiStore.getState().saveFinished(true)
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
    () => useUiStore.getState().saveFinished(true),
    (error: unknown) => {
      console.error('Save failed', error)
      useUiStore.getState().saveFinished(false)
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
  const store = useUiStore.getState()
  store.saveStarted()
  try {
    await run()
    useUiStore.getState().saveFinished(true)
    return true
  } catch (error) {
    console.error('Save failed', error)
    useUiStore.getState().saveFinished(false)
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
