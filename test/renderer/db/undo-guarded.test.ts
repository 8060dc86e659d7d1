import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addItem, itemsOf, listItems, updateItem } from '../../../renderer/db/item-repo'
import { ensureDraftVersion } from '../../../renderer/db/sla-repo'
import { clearUndo, undo, undoState, UndoRefusedError, redo } from '../../../renderer/db/undo'
import { WORKSHOP_CHANNEL } from '../../../renderer/db/workshop-channel'
import { createWorkshop, getWorkshop, updateWorkshopPart } from '../../../renderer/db/workshop-repo'
import type { Workshop } from '../../../shared/domain/workshop'
import { freshDb } from './test-db'

/**
 * Two windows on one workshop: this module's database is window A; window B is a second
 * connection to the same database without A's undo history, the way another tab writes.
 */
let database: ReturnType<typeof freshDb>
let windowB: Dexie
let workshop: Workshop
/** Undo's merge window runs on Date: the tests move the clock instead of sleeping. */
const tick = (ms: number) => vi.setSystemTime(Date.now() + ms)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  database = freshDb()
  workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' }, database)
  windowB = new Dexie(database.name)
  await windowB.open()
  clearUndo()
})
afterEach(async () => {
  vi.useRealTimers()
  windowB.close()
  await database.dispose()
})

const firstCommitment = async () => itemsOf(await listItems(workshop.id, database), 'commitment')[0]!

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof UndoRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`)
  return error.reason
}

describe('undo goes through the lock and never overwrites a newer edit', () => {
  it('cannot rewrite SLA content after the version was signed in another window; the person learns why', async () => {
    const commitment = await firstCommitment()
    await updateItem<'commitment'>(commitment.id, { description: 'Respond within 4 hours' }, database)
    const draft = await ensureDraftVersion(workshop.id, database)
    // ensureDraftVersion in this window ended the history; an edit after it starts a new one.
    await updateItem<'commitment'>(commitment.id, { description: 'Respond within 2 hours' }, database)
    expect(undoState(workshop.id).canUndo).toBe(true)
    // Window B signs: the version is frozen with the text as it stands.
    await windowB.table('slaVersions').update(draft.id, { state: 'signed' })

    expect(await refusal(undo(database, workshop.id))).toBe('signed')
    expect((await firstCommitment()).description).toBe('Respond within 2 hours')
    // The refused step is gone from the history, not left to fail again.
    expect(undoState(workshop.id).canUndo).toBe(false)
  })

  it('does not overwrite an edit made since in another window, and leaves the earlier steps usable', async () => {
    const commitment = await firstCommitment()
    await updateWorkshopPart(workshop.id, 'stuckLeadRule', { days: 45 }, database)
    tick(1600)
    await updateItem<'commitment'>(commitment.id, { description: 'A: 12 hours' }, database)
    await windowB.table('items').update(commitment.id, { description: 'B: 6 hours' })

    expect(await refusal(undo(database, workshop.id))).toBe('changed')
    expect((await firstCommitment()).description).toBe('B: 6 hours')
    expect(await undo(database, workshop.id)).toBe(true)
    expect((await getWorkshop(workshop.id, database))?.stuckLeadRule.days).toBe(30)
  })

  it('writes back only the fields the step changed, keeping another window’s edit of a neighbouring field', async () => {
    await updateWorkshopPart(workshop.id, 'mql', { threshold: 60 }, database)
    await windowB.table('workshops').update(workshop.id, { 'mql.sentence': 'B wrote this', title: 'Renamed in B' })
    expect(await undo(database, workshop.id)).toBe(true)
    const after = (await getWorkshop(workshop.id, database))!
    expect(after.mql).toMatchObject({ threshold: null, sentence: 'B wrote this' })
    expect(after.title).toBe('Renamed in B')
    expect(await redo(database, workshop.id)).toBe(true)
    expect((await getWorkshop(workshop.id, database))!.mql).toMatchObject({ threshold: 60, sentence: 'B wrote this' })
  })

  it('refuses to undo an addition that was edited since', async () => {
    const added = await addItem(workshop.id, 'benefit', { text: 'Shared CRM' }, {}, database)
    await windowB.table('items').update(added.id, { text: 'Shared CRM and reports' })
    expect(await refusal(undo(database, workshop.id))).toBe('changed')
    expect(itemsOf(await listItems(workshop.id, database), 'benefit').map((b) => b.text)).toContain('Shared CRM and reports')
  })

  it('forgets the history when another window says it signed', async () => {
    await updateWorkshopPart(workshop.id, 'mql', { threshold: 60 }, database)
    expect(undoState(workshop.id).canUndo).toBe(true)
    const other = new BroadcastChannel(WORKSHOP_CHANNEL)
    other.postMessage({ type: 'signed', workshopId: workshop.id, number: 1 })
    await expect.poll(() => undoState(workshop.id).canUndo).toBe(false)
    other.close()
  })
})
