import type { DBCore, Middleware } from 'dexie'
import { localStore } from '../platform/web-storage'
import type { WorkshopOverview } from './workshop-repo'

/**
 * The list's first frame as the database last answered it, kept in localStorage so that the list
 * draws as the app starts instead of after IndexedDB has opened and answered (SPEC §9: the list
 * interactive within 1.2× a blank page).
 *
 * A cache of the database, never a second source: it holds the records `workshopOverview` read,
 * the cards compute from them exactly as from a live read, and the list's live query replaces it
 * a few tens of milliseconds later. It keeps no seal's verdict (see saveListSnapshot). It is taken only while nothing has been written since it was
 * read: every write to the database first sets a new generation (the middleware below), and a
 * snapshot of another generation — or of another build of the app — is never shown.
 */
export const SNAPSHOT_KEY = 'smarketing.listSnapshot'
export const GENERATION_KEY = 'smarketing.dataGeneration'

/**
 * After the last of a burst of writes, the snapshot is read again this much later: typing does
 * not cost a read per keystroke, and the app closed a moment after the last edit still starts fast.
 */
export const REFRESH_DELAY_MS = 1000

/** Another build may shape or read the records otherwise, so it never takes over this one's snapshot. */
const BUILD = import.meta.url

interface StoredSnapshot {
  build: string
  database: string
  generation: string
  answer: WorkshopOverview
}

/** Which state of the database a read sees: changes with every write, in every window of the app. */
export function dataGeneration(storage: Storage | null = localStore()): string {
  try {
    return storage?.getItem(GENERATION_KEY) ?? ''
  } catch {
    return ''
  }
}

/** Before a write reaches the database: no snapshot read before it counts any more. */
export function markDataChanged(storage: Storage | null = localStore()): void {
  try {
    // Removed first: a full storage refuses the new generation, never the removal.
    storage?.removeItem(SNAPSHOT_KEY)
    storage?.setItem(GENERATION_KEY, crypto.randomUUID())
  } catch {
    // Storage refused: the snapshot is gone already, and none can be stored either.
  }
}

/** Keeps what a read of the first frame answered, unless something was written since the read began. */
export function saveListSnapshot(database: string, answer: WorkshopOverview, generation: string, storage: Storage | null = localStore()): void {
  if (!storage || dataGeneration(storage) !== generation) return
  // No seal's verdict is taken from a copy: a version edited outside the app is never called
  // signed, not even in the first frame. The card shows the state once the live read has checked it.
  const sla = Object.fromEntries(Object.entries(answer.sla).map(([id, version]) => [id, version && { number: version.number, state: version.state }]))
  const stored: StoredSnapshot = { build: BUILD, database, generation, answer: { ...answer, sla } }
  try {
    storage.setItem(SNAPSHOT_KEY, JSON.stringify(stored))
  } catch {
    // Storage full or refused: the list then reads from the database as it starts, as without a snapshot.
  }
}

/** The snapshot of the named database (and schema version), if it still shows it as it is; otherwise undefined. */
export function takeListSnapshot(database: string, storage: Storage | null = localStore()): WorkshopOverview | undefined {
  try {
    const raw = storage?.getItem(SNAPSHOT_KEY)
    if (!raw) return undefined
    const stored = JSON.parse(raw) as Partial<StoredSnapshot> | null
    if (stored?.build !== BUILD || stored.database !== database || stored.generation !== dataGeneration(storage) || !isOverview(stored.answer)) return undefined
    return stored.answer
  } catch {
    return undefined
  }
}

function isOverview(value: unknown): value is WorkshopOverview {
  if (typeof value !== 'object' || value === null) return false
  const { active, activeCount, trash, sla, reviewedPeriods } = value as Partial<Record<keyof WorkshopOverview, unknown>>
  return Array.isArray(active) && typeof activeCount === 'number' && Array.isArray(trash) && typeof sla === 'object' && sla !== null && typeof reviewedPeriods === 'object' && reviewedPeriods !== null
}

const writeListeners = new Set<() => void>()

/**
 * Before each write of every table goes down to IndexedDB, the snapshot stops counting (every
 * database of this app uses it, so no write can bypass it) and the listeners hear of it.
 */
export const snapshotMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'list-snapshot',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        return {
          ...table,
          mutate(req) {
            markDataChanged()
            for (const listener of writeListeners) listener()
            return table.mutate(req)
          }
        }
      }
    }
  }
}

/**
 * Keeps a snapshot at hand: once writes have settled for `delayMs`, the first frame is read again
 * and kept. Returns the function that stops it.
 */
export function keepListSnapshot(database: string, readFirstFrame: () => Promise<WorkshopOverview>, delayMs = REFRESH_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const refresh = async () => {
    const generation = dataGeneration()
    try {
      saveListSnapshot(database, await readFirstFrame(), generation)
    } catch {
      // A failed read keeps no snapshot; the next start reads from the database, which tells the failure.
    }
  }
  const listener = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void refresh(), delayMs)
  }
  writeListeners.add(listener)
  return () => {
    clearTimeout(timer)
    writeListeners.delete(listener)
  }
}
