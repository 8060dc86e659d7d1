import type { DBCore, Middleware } from 'dexie'
import { localStore } from '../platform/web-storage'
import type { WorkshopOverview } from './workshop-repo'

/**
 * The list's first frame as the database last answered it, kept in localStorage so that the list
 * draws as the app starts instead of after IndexedDB has opened and answered (SPEC §9: the list
 * interactive within 1.2× a blank page).
 *
 * A cache of the database, not a second source: it holds the records `workshopOverview` read and
 * the cards compute from them as from a live read, with two exceptions — it keeps no seal's
 * verdict (see saveListSnapshot) and of the trash only the count. The list's live query replaces
 * it a few tens of milliseconds later.
 *
 * It is drawn only while nothing has been written since it was read: every transaction that writes
 * to a table it is read from first drops it and sets a new generation (the middleware below), and
 * a copy of another generation, build, database or schema version is never drawn. What it cannot
 * know of: records changed beside the app (with the browser's developer tools), and a write whose
 * new generation localStorage had not stored yet when the whole browser or computer stopped
 * (Chromium stores localStorage seconds later, under steady writing up to a minute). Such a copy is
 * drawn at one start, for those milliseconds: each start reads the first frame again and keeps it.
 */
export const SNAPSHOT_KEY = 'smarketing.listSnapshot'
export const GENERATION_KEY = 'smarketing.dataGeneration'

/** The tables the list's first frame is read from: a write to any other leaves the snapshot as it is. */
export const OVERVIEW_TABLES = ['workshops', 'slaVersions', 'reviews', 'signatures'] as const

/**
 * After the last of a burst of writes, and after the app has started, the first frame is read
 * again and kept this much later: typing does not cost a read per keystroke.
 */
export const REFRESH_DELAY_MS = 1000

/**
 * The build that wrote a copy: another build may shape or read records otherwise. A release build's
 * script names carry a hash of their content; the development server's do not, so a copy it drew
 * and could not show is dropped by the app's error boundary (forgetListSnapshot).
 */
const BUILD = import.meta.url

interface StoredSnapshot {
  build: string
  /** The database's name and schema version (schemaIdentity in db.ts). */
  identity: string
  generation: string
  answer: WorkshopOverview
}

/** Storages that refused a new generation: this window keeps no copy in them, as it could not tell one out of date. */
const refusing = new WeakSet<Storage>()

/** Which state of the database a read sees: changes with every write, in every window of the app. */
export function dataGeneration(storage: Storage | null = localStore()): string {
  try {
    return storage?.getItem(GENERATION_KEY) ?? ''
  } catch {
    return ''
  }
}

/** Before a write reaches the database: no copy read before it counts any more. */
export function markDataChanged(storage: Storage | null = localStore()): void {
  try {
    // Removed first: a full storage refuses the new generation, never the removal.
    storage?.removeItem(SNAPSHOT_KEY)
    storage?.setItem(GENERATION_KEY, crypto.randomUUID())
  } catch {
    if (storage) refusing.add(storage)
  }
}

/** Drops the copy, as after a first frame that could not be drawn from it. */
export function forgetListSnapshot(storage: Storage | null = localStore()): void {
  try {
    storage?.removeItem(SNAPSHOT_KEY)
  } catch {
    // Nothing can be stored then, a copy neither.
  }
}

/** Keeps what a read of the first frame answered, unless something was written since the read began. */
export function saveListSnapshot(identity: string, answer: WorkshopOverview, generation: string, storage: Storage | null = localStore()): void {
  if (!storage || refusing.has(storage) || dataGeneration(storage) !== generation) return
  // No seal's verdict is taken from a copy: a version edited outside the app is never called
  // signed, not even in the first frame. The card shows the state once the live read has checked it.
  const sla = Object.fromEntries(Object.entries(answer.sla).map(([id, version]) => [id, version && { number: version.number, state: version.state }]))
  // Of the trash, the first frame shows the count; the records come with the live read.
  const stored: StoredSnapshot = { build: BUILD, identity, generation, answer: { ...answer, sla, trash: [] } }
  try {
    storage.setItem(SNAPSHOT_KEY, JSON.stringify(stored))
  } catch {
    // Storage full or refused: the list then reads from the database as it starts, as without a copy.
  }
}

/** The copy of that database (name and schema version), if it still shows it as it is; otherwise undefined. */
export function takeListSnapshot(identity: string, storage: Storage | null = localStore()): WorkshopOverview | undefined {
  try {
    const raw = storage?.getItem(SNAPSHOT_KEY)
    if (!raw) return undefined
    const stored = JSON.parse(raw) as Partial<StoredSnapshot> | null
    if (stored?.build !== BUILD || stored.identity !== identity || stored.generation !== dataGeneration(storage) || !isOverview(stored.answer)) return undefined
    return stored.answer
  } catch {
    return undefined
  }
}

function isOverview(value: unknown): value is WorkshopOverview {
  if (typeof value !== 'object' || value === null) return false
  const { active, activeCount, trash, trashCount, sla, reviewedPeriods } = value as Partial<Record<keyof WorkshopOverview, unknown>>
  return (
    Array.isArray(active) &&
    typeof activeCount === 'number' &&
    Array.isArray(trash) &&
    typeof trashCount === 'number' &&
    typeof sla === 'object' &&
    sla !== null &&
    typeof reviewedPeriods === 'object' &&
    reviewedPeriods !== null
  )
}

/** Reads the first frame and keeps it, unless something is written while it is read. */
export async function readAndKeep(identity: string, read: () => Promise<WorkshopOverview>): Promise<WorkshopOverview> {
  const generation = dataGeneration()
  const answer = await read()
  saveListSnapshot(identity, answer, generation)
  return answer
}

const writeListeners = new Set<() => void>()
/** Transactions already told: a transaction of many writes drops the copy once. */
const told = new WeakSet<object>()
const overviewTables: ReadonlySet<string> = new Set(OVERVIEW_TABLES)

/**
 * Before the first write of a transaction to a table the first frame is read from goes down to
 * IndexedDB, the copy stops counting and the listeners hear of it. Every database of the app has
 * it (db.ts), and upgrades pass through it too; only writes beside the app go round it.
 */
export const snapshotMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'list-snapshot',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        if (!overviewTables.has(name)) return table
        return {
          ...table,
          mutate(req) {
            if (!told.has(req.trans)) {
              told.add(req.trans)
              markDataChanged()
              for (const listener of writeListeners) listener()
            }
            return table.mutate(req)
          }
        }
      }
    }
  }
}

/**
 * Keeps a copy at hand: `delayMs` after the start and after each burst of writes has settled, the
 * first frame is read again and kept. Returns the function that stops it.
 */
export function keepListSnapshot(identity: string, readFirstFrame: () => Promise<WorkshopOverview>, delayMs = REFRESH_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const refreshLater = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      // A failed read keeps no copy; the next start reads from the database, which tells the failure.
      readAndKeep(identity, readFirstFrame).catch(() => undefined)
    }, delayMs)
  }
  writeListeners.add(refreshLater)
  refreshLater()
  return () => {
    clearTimeout(timer)
    writeListeners.delete(refreshLater)
  }
}
