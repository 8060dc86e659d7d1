import Dexie, { RangeSet, type ObservabilitySet } from 'dexie'
import type { RoomAgreement, RoomCard, RoomRating, RoomRecord, RoomVote } from '../../shared/domain/room-records'
import { db, type SmarketingDb } from './db'

/**
 * A workshop's room records, kept in memory and brought up to date with what changed rather than
 * read again (issue 14 "Speed and load"): with 200 phones answering, a live query would read every
 * answer so far, once per batch — thousands of records a second, on the thread the facilitator
 * types on and in the browser's storage. Dexie tells every window which primary keys a committed
 * write touched (`storagemutated`, also for writes of other windows): only those are read. A change
 * it cannot name key by key (a restore, a deleted workshop, a large put) reads the workshop's records
 * once again, so the records are always those stored.
 */

/** The room records of one workshop, by kind; an array keeps its identity while no record of its kind changed. */
export interface RoomRecords {
  ratings: RoomRating[]
  cards: RoomCard[]
  votes: RoomVote[]
  agreements: RoomAgreement[]
}

type Kind = RoomRecord['kind']
const LISTS: Record<Kind, keyof RoomRecords> = { rating: 'ratings', card: 'cards', vote: 'votes', agreement: 'agreements' }

/** Up to this many named keys are read one by one; more, or more than half of those stored, as one range of the workshop. */
const MAX_KEYS_READ = 500
const readsAll = (keys: number, stored: number) => keys > Math.max(MAX_KEYS_READ, stored / 2)

/** What a write changed of the room's table: the keys it names, everything, or nothing. */
type Change = ReadonlySet<string> | 'all'

/** The primary keys of `roomAnswers` a committed write may have changed (put, updated or deleted). */
export function changedRoomKeys(parts: ObservabilitySet, databaseName: string): Change | null {
  if ('all' in parts) return 'all'
  const table = `idb://${databaseName}/roomAnswers/`
  const trees = [parts[table], parts[`${table}:dels`]].filter((tree) => tree !== undefined)
  if (trees.length === 0) return null
  const keys = new Set<string>()
  for (const tree of trees) {
    // Plain objects when the change comes from another window: RangeSet() gives them their iterator.
    for (const range of RangeSet(tree)) {
      if (typeof range.from !== 'string' || range.from !== range.to) return 'all'
      keys.add(range.from)
    }
  }
  return keys
}

/** The feeds of this window: told of the records this window has just stored. */
const open = new Set<{ database: SmarketingDb; known(records: readonly RoomRecord[]): void }>()

/**
 * Tells this window's feeds which records a write has just committed (call it right after the
 * transaction resolved, with exactly the records it put): they take them as they are instead of
 * reading them back. Other windows read them, told by Dexie.
 */
export function announceRoomRecords(database: SmarketingDb, records: readonly RoomRecord[]): void {
  for (const feed of open) if (feed.database === database) feed.known(records)
}

export interface RoomFeed {
  /** Called after each change of the records (and once they were first read). */
  subscribe(listener: () => void): () => void
  /** Undefined until the records were first read. Throws what the last read threw. */
  records(): RoomRecords | undefined
  close(): void
}

function grouped(records: ReadonlyMap<string, RoomRecord>, kinds: ReadonlySet<Kind>, before: RoomRecords | undefined): RoomRecords {
  const next: RoomRecords = before ? { ...before } : { ratings: [], cards: [], votes: [], agreements: [] }
  for (const kind of kinds) next[LISTS[kind]] = []
  for (const record of records.values()) if (kinds.has(record.kind)) (next[LISTS[record.kind]] as RoomRecord[]).push(record)
  return next
}

const ALL_KINDS: ReadonlySet<Kind> = new Set(Object.keys(LISTS) as Kind[])

/** Reads `workshopId`'s room records once, then follows every committed change of them. */
export function createRoomFeed(workshopId: string, database: SmarketingDb = db): RoomFeed {
  const listeners = new Set<() => void>()
  let stored = new Map<string, RoomRecord>()
  let snapshot: RoomRecords | undefined
  let failure: unknown = null
  /** What changed since the last read: read it next. The first read reads everything. */
  let pending: Set<string> | 'all' | null = 'all'
  let reading = false
  const announcedWhileReading = new Map<string, RoomRecord>()
  let closed = false

  const notify = () => listeners.forEach((listener) => listener())

  async function readAll(): Promise<ReadonlySet<Kind>> {
    const records = await database.roomAnswers.where('workshopId').equals(workshopId).toArray()
    stored = new Map(records.map((record) => [record.id, record]))
    return ALL_KINDS
  }

  async function readKeys(keys: string[]): Promise<ReadonlySet<Kind>> {
    const found = await database.roomAnswers.bulkGet(keys)
    const kinds = new Set<Kind>()
    keys.forEach((key, index) => {
      const before = stored.get(key)
      const record = found[index]
      if (record?.workshopId === workshopId) {
        stored.set(key, record)
        kinds.add(record.kind)
        if (before && before.kind !== record.kind) kinds.add(before.kind)
      } else if (before) {
        stored.delete(key)
        kinds.add(before.kind)
      }
    })
    return kinds
  }

  /** One read at a time, in the order the changes came: a later read never loses to an earlier one. */
  async function pump(): Promise<void> {
    if (reading) return
    reading = true
    try {
      while (pending !== null && !closed) {
        const change = pending
        pending = null
        try {
          announcedWhileReading.clear()
          const kinds = new Set(change === 'all' ? await readAll() : await readKeys([...change]))
          // A read may have begun before a write this window announced meanwhile: the announced records are newer.
          for (const record of announcedWhileReading.values()) {
            stored.set(record.id, record)
            kinds.add(record.kind)
          }
          failure = null
          if (kinds.size > 0 || snapshot === undefined) {
            snapshot = grouped(stored, snapshot === undefined ? ALL_KINDS : kinds, snapshot)
            notify()
          }
        } catch (error) {
          // The next change reads everything again; meanwhile the screen says what went wrong.
          failure = error
          pending = 'all'
          notify()
          return
        }
      }
    } finally {
      reading = false
    }
  }

  function changed(parts: ObservabilitySet) {
    const change = changedRoomKeys(parts, database.name)
    if (change === null || closed) return
    if (change === 'all' || pending === 'all') pending = 'all'
    else {
      pending ??= new Set()
      for (const key of change) pending.add(key)
      if (readsAll(pending.size, stored.size)) pending = 'all'
    }
    // Read in a task of its own: a write of this window announces its records first (announceRoomRecords) and spares the read.
    setTimeout(() => void pump(), 0)
  }

  function known(records: readonly RoomRecord[]) {
    if (closed || snapshot === undefined || pending === 'all') return
    const kinds = new Set<Kind>()
    for (const record of records) {
      if (record.workshopId !== workshopId) continue
      const before = stored.get(record.id)
      stored.set(record.id, record)
      pending?.delete(record.id)
      if (reading) announcedWhileReading.set(record.id, record)
      kinds.add(record.kind)
      if (before && before.kind !== record.kind) kinds.add(before.kind)
    }
    if (pending?.size === 0) pending = null
    if (kinds.size === 0) return
    snapshot = grouped(stored, kinds, snapshot)
    notify()
  }

  Dexie.on('storagemutated', changed)
  const entry = { database, known }
  open.add(entry)
  void pump()

  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    records() {
      if (failure !== null) throw failure
      return snapshot
    },
    close() {
      closed = true
      open.delete(entry)
      Dexie.on('storagemutated').unsubscribe(changed)
      listeners.clear()
    }
  }
}
