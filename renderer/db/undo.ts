import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie'
import { changeTouchesSla, isCurrentVersionSigned } from '../../shared/domain/sla-lock'
import { announce, onWorkshopMessage } from './workshop-channel'

/**
 * Undo and redo of the room's edits (SPEC §7), for every change to a workshop's content —
 * typing, adding, moving and deleting items, participants and fields. A Dexie middleware
 * records, per transaction, each record's value before and after; undo writes the "before"
 * values back, redo the "after" values. Signed SLA versions and signatures are never recorded:
 * signing clears the history, so undo cannot reach behind a signature.
 */
const TRACKED = new Set(['workshops', 'participants', 'items', 'roomAnswers'])
const LIMIT = 100
/** Quick edits of the same records (typing in one field) become one step. */
const MERGE_WINDOW_MS = 1500

type Row = Record<string, unknown> & { id: string }

interface Change {
  table: string
  key: string
  before: Row | undefined
  after: Row | undefined
}

export type Direction = 'undo' | 'redo'

export interface UndoEntry {
  workshopId: string
  changes: Change[]
  at: number
}

interface Stacks {
  undo: UndoEntry[]
  redo: UndoEntry[]
}

const stacks = new Map<string, Stacks>()
const listeners = new Set<() => void>()
/** Transactions that apply an undo or redo, or keep what the room's phones sent: their writes are not recorded. */
const unrecorded = new WeakSet<object>()
const open = new Map<object, Change[]>()

function stacksOf(workshopId: string): Stacks {
  let entry = stacks.get(workshopId)
  if (!entry) {
    entry = { undo: [], redo: [] }
    stacks.set(workshopId, entry)
  }
  return entry
}

function notify() {
  for (const listener of listeners) listener()
}

export function subscribeUndo(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function undoState(workshopId: string): { canUndo: boolean; canRedo: boolean } {
  const entry = stacks.get(workshopId)
  return { canUndo: (entry?.undo.length ?? 0) > 0, canRedo: (entry?.redo.length ?? 0) > 0 }
}

export function clearUndo(workshopId?: string) {
  if (workshopId) stacks.delete(workshopId)
  else stacks.clear()
  notify()
}

function workshopOf(change: Change): string | undefined {
  const row = change.after ?? change.before
  if (!row) return undefined
  return change.table === 'workshops' ? row.id : (row.workshopId as string | undefined)
}

/** The records an entry changed, apart from the "last changed" stamp on the workshop. */
function contentKeys(entry: UndoEntry): string {
  return entry.changes
    .filter((c) => !(c.table === 'workshops' && onlyTimestampChanged(c)))
    .map((c) => `${c.table}:${c.key}`)
    .sort()
    .join('|')
}

function onlyTimestampChanged(change: Change): boolean {
  if (!change.before || !change.after) return false
  const keys = new Set([...Object.keys(change.before), ...Object.keys(change.after)])
  keys.delete('updatedAt')
  return [...keys].every((k) => JSON.stringify(change.before![k]) === JSON.stringify(change.after![k]))
}

function record(changes: Change[]) {
  const byWorkshop = new Map<string, Change[]>()
  for (const change of changes) {
    const workshopId = workshopOf(change)
    if (!workshopId) continue
    byWorkshop.set(workshopId, [...(byWorkshop.get(workshopId) ?? []), change])
  }
  const now = Date.now()
  for (const [workshopId, list] of byWorkshop) {
    const entry: UndoEntry = { workshopId, changes: list, at: now }
    const target = stacksOf(workshopId)
    const last = target.undo.at(-1)
    if (last && now - last.at < MERGE_WINDOW_MS && contentKeys(last) === contentKeys(entry) && contentKeys(entry) !== '') {
      // Same records again: keep the first "before", take the newest "after".
      for (const change of entry.changes) {
        const earlier = last.changes.find((c) => c.table === change.table && c.key === change.key)
        if (earlier) earlier.after = change.after
        else last.changes.push(change)
      }
      last.at = now
    } else {
      target.undo.push(entry)
      if (target.undo.length > LIMIT) target.undo.shift()
    }
    target.redo = []
    announce({ type: 'edited', workshopId })
  }
  notify()
}

// Signing (or any change to versions and signatures) in another window ends the history here too.
onWorkshopMessage((message) => {
  if (message.type === 'sla' || message.type === 'signed') clearUndo(message.workshopId ?? undefined)
})

function keysOf(req: DBCoreMutateRequest): string[] | null {
  if (req.type === 'delete') return req.keys as string[]
  if (req.type === 'put' || req.type === 'add') {
    return (req.keys as string[] | undefined) ?? req.values.map((v) => (v as Row).id)
  }
  return null
}

function trackTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      const trans = req.trans as unknown as object
      if (unrecorded.has(trans)) return table.mutate(req)
      const keys = keysOf(req)
      if (!keys) return table.mutate(req)
      let changes = open.get(trans)
      if (!changes) {
        const collected: Change[] = []
        changes = collected
        open.set(trans, collected)
        // One transaction is one step; it is recorded only once it has committed.
        const idb = trans as unknown as IDBTransaction
        idb.addEventListener?.('complete', () => {
          open.delete(trans)
          record(collected)
        })
        idb.addEventListener?.('abort', () => open.delete(trans))
      }
      const before = (await table.getMany({ trans: req.trans, keys })) as Array<Row | undefined>
      const afters: Array<Row | undefined> =
        req.type === 'delete' ? keys.map(() => undefined) : req.type === 'deleteRange' ? [] : req.values.map((v) => structuredClone(v) as Row)
      const response = await table.mutate(req)
      keys.forEach((key, index) => {
        changes.push({ table: table.name, key, before: before[index] ? structuredClone(before[index]) : undefined, after: afters[index] })
      })
      return response
    }
  }
}

export const undoMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'undo',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        if (name === 'slaVersions' || name === 'signatures') {
          // A signature or a new version ends what can be undone: signed content never changes back.
          return {
            ...table,
            async mutate(req) {
              const response = await table.mutate(req)
              clearUndo()
              const values = req.type === 'put' || req.type === 'add' ? (req.values as Array<{ workshopId?: unknown }>) : []
              const ids = [...new Set(values.map((v) => (typeof v.workshopId === 'string' ? v.workshopId : null)))]
              for (const workshopId of ids.length > 0 ? ids : [null]) announce({ type: 'sla', workshopId })
              return response
            }
          }
        }
        return TRACKED.has(name) ? trackTable(table) : table
      }
    }
  }
}

/**
 * Call first inside a transaction whose writes are not the facilitator's edits — the answers the
 * room's phones send (issue 14 §5): undo never takes back what a participant said.
 */
export function leaveOutOfUndo(): void {
  unrecorded.add(Dexie.currentTransaction.idbtrans)
}

/**
 * Why an undo or redo step was not applied. `signed`: it would change SLA content that is signed
 * now (possibly in another window). `changed`: a record it would write back was changed since —
 * applying it would silently overwrite the newer edit. Either way nothing of the step was written.
 */
export class UndoRefusedError extends Error {
  constructor(
    readonly reason: 'signed' | 'changed',
    readonly direction: Direction
  ) {
    super(`The step cannot be replayed (${direction}): ${reason}`)
    this.name = 'UndoRefusedError'
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Dotted paths where two versions of a record differ, as deep as both sides are objects; `updatedAt` is bookkeeping. */
function changedPaths(a: Record<string, unknown>, b: Record<string, unknown>, prefix = ''): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  const paths: string[] = []
  for (const key of keys) {
    if (!prefix && key === 'updatedAt') continue
    const path = prefix ? `${prefix}.${key}` : key
    const [x, y] = [a[key], b[key]]
    if (isPlainObject(x) && isPlainObject(y)) paths.push(...changedPaths(x, y, path))
    else if (!sameValue(x, y)) paths.push(path)
  }
  return paths
}

function sameValue(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y)
}

function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), record)
}

/**
 * Writes one step back (undo) or again (redo) through the same rules as every other write: one
 * transaction that also reads the SLA versions, so a version signed in another window in the
 * meantime refuses it; and only the fields the step changed are written, each only if it still
 * holds what the step left there — a later edit (in this or another window) is never overwritten.
 */
async function replay(database: Dexie, entry: UndoEntry, direction: Direction) {
  const changes = direction === 'undo' ? [...entry.changes].reverse() : entry.changes
  const names = [...new Set([...changes.map((c) => c.table), 'slaVersions'])]
  await database.transaction('rw', names.map((name) => database.table(name)), async () => {
    unrecorded.add(Dexie.currentTransaction.idbtrans)
    const versions = await database.table('slaVersions').where('workshopId').equals(entry.workshopId).toArray()
    const locked = isCurrentVersionSigned(versions)
    for (const change of changes) {
      const left = direction === 'undo' ? change.after : change.before
      const wanted = direction === 'undo' ? change.before : change.after
      const table = database.table(change.table)
      const current = (await table.get(change.key)) as Row | undefined
      if (!left) {
        // The step removed the record (or, for redo, it did not exist yet): it comes back only if nobody made it since.
        if (current) throw new UndoRefusedError('changed', direction)
        if (!wanted) continue
        if (locked && changeTouchesSla(change.table, [wanted], Object.keys(wanted))) throw new UndoRefusedError('signed', direction)
        await table.put(wanted)
      } else if (!wanted) {
        // The step created the record: it goes only as the step left it.
        if (!current || changedPaths(current, left).length > 0) throw new UndoRefusedError('changed', direction)
        if (locked && changeTouchesSla(change.table, [left], Object.keys(left))) throw new UndoRefusedError('signed', direction)
        await table.delete(change.key)
      } else {
        const paths = changedPaths(left, wanted)
        if (paths.length === 0) continue
        if (!current || paths.some((path) => !sameValue(valueAt(current, path), valueAt(left, path)))) throw new UndoRefusedError('changed', direction)
        if (locked && changeTouchesSla(change.table, [current, wanted], paths)) throw new UndoRefusedError('signed', direction)
        await table.update(change.key, Object.fromEntries(paths.map((path) => [path, valueAt(wanted, path)])))
      }
    }
  })
}

/** Steps are replayed one after another, so a quick Ctrl+Z Ctrl+Z never races itself. */
let replays: Promise<unknown> = Promise.resolve()

/**
 * Moves the last step of one stack to the other by replaying it. A refused step
 * (UndoRefusedError) leaves the history: it can never apply cleanly again, and the caller tells
 * the person why. Any other failure (storage full, database closed) keeps the step where it
 * was, so trying again later can still apply it.
 */
async function step(database: Dexie, workshopId: string, direction: Direction): Promise<boolean> {
  const target = stacksOf(workshopId)
  const [from, to] = direction === 'undo' ? (['undo', 'redo'] as const) : (['redo', 'undo'] as const)
  const entry = target[from].pop()
  if (!entry) return false
  try {
    await replay(database, entry, direction)
  } catch (error) {
    if (!(error instanceof UndoRefusedError)) target[from].push(entry)
    notify()
    throw error
  }
  target[to].push(entry)
  notify()
  return true
}

function queued(database: Dexie, workshopId: string, direction: Direction): Promise<boolean> {
  const run = replays.then(() => step(database, workshopId, direction))
  replays = run.catch(() => undefined)
  return run
}

/** Undoes the last step of this workshop; false when there is nothing to undo. */
export function undo(database: Dexie, workshopId: string): Promise<boolean> {
  return queued(database, workshopId, 'undo')
}

export function redo(database: Dexie, workshopId: string): Promise<boolean> {
  return queued(database, workshopId, 'redo')
}
