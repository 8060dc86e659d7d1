import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addItem, itemsOf, listItems, moveItem, removeItem, updateItem } from '../../../renderer/db/item-repo'
import { createWorkshop, getWorkshop, updateWorkshopPart } from '../../../renderer/db/workshop-repo'
import { clearUndo, redo, undo, undoState } from '../../../renderer/db/undo'
import { ensureDraftVersion } from '../../../renderer/db/sla-repo'
import type { Workshop } from '../../../shared/domain/workshop'
import { freshDb } from './test-db'

let database: ReturnType<typeof freshDb>
let workshop: Workshop
const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en' as const, facilitator: '', date: '2027-01-15' }
/** Undo's merge window runs on Date: the tests move the clock instead of sleeping. */
const tick = (ms: number) => vi.setSystemTime(Date.now() + ms)
const names = async () => itemsOf(await listItems(workshop.id, database), 'stage').map((s) => s.name)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  database = freshDb()
  workshop = await createWorkshop(input, database)
  clearUndo()
})
afterEach(async () => {
  vi.useRealTimers()
  await database.dispose()
})

describe('undo and redo', () => {
  it('puts a deleted item back in its place and removes it again on redo', async () => {
    const sal = itemsOf(await listItems(workshop.id, database), 'stage')[2]!
    await removeItem(sal.id, database)
    expect(await names()).not.toContain('SAL')
    expect(await undo(database, workshop.id)).toBe(true)
    expect((await names()).slice(0, 4)).toEqual(['Lead', 'MQL', 'SAL', 'SQL'])
    expect(await redo(database, workshop.id)).toBe(true)
    expect(await names()).not.toContain('SAL')
  })

  it('undoes additions, moves and field edits step by step', async () => {
    const stages = itemsOf(await listItems(workshop.id, database), 'stage')
    await moveItem(stages[1]!.id, -1, database)
    tick(1600)
    await addItem(workshop.id, 'glossary', { term: 'SAL', definition: '' }, {}, database)
    tick(1600)
    await updateWorkshopPart(workshop.id, 'stuckLeadRule', { days: 45 }, database)
    await undo(database, workshop.id)
    expect((await getWorkshop(workshop.id, database))?.stuckLeadRule.days).toBe(30)
    await undo(database, workshop.id)
    expect(itemsOf(await listItems(workshop.id, database), 'glossary').map((g) => g.term)).not.toContain('SAL')
    await undo(database, workshop.id)
    expect((await names()).slice(0, 2)).toEqual(['Lead', 'MQL'])
    expect(undoState(workshop.id).canRedo).toBe(true)
  })

  it('treats quick typing in one field as one step', async () => {
    const goal = itemsOf(await listItems(workshop.id, database), 'stage')[0]!
    for (const text of ['L', 'Le', 'Lea', 'Lead!']) await updateItem<'stage'>(goal.id, { name: text }, database)
    await undo(database, workshop.id)
    expect((await names())[0]).toBe('Lead')
    expect(undoState(workshop.id).canUndo).toBe(false)
  })

  it('typing in the same field again after a pause of 1.5 s is a step of its own', async () => {
    const goal = itemsOf(await listItems(workshop.id, database), 'stage')[0]!
    await updateItem<'stage'>(goal.id, { name: 'Lead!' }, database)
    tick(1400)
    await updateItem<'stage'>(goal.id, { name: 'Lead!!' }, database)
    tick(1600)
    await updateItem<'stage'>(goal.id, { name: 'Lead?' }, database)
    await undo(database, workshop.id)
    expect((await names())[0]).toBe('Lead!!')
    await undo(database, workshop.id)
    expect((await names())[0]).toBe('Lead')
    expect(undoState(workshop.id).canUndo).toBe(false)
  })

  it('keeps at least the last 50 steps', async () => {
    for (let i = 0; i < 55; i++) {
      await addItem(workshop.id, 'benefit', { text: `Benefit ${i}` }, {}, database)
    }
    let undone = 0
    while (await undo(database, workshop.id)) undone++
    // Additions of different records are separate steps even when quick.
    expect(undone).toBeGreaterThanOrEqual(50)
  })

  it('a new edit clears redo; a new SLA version clears the history', async () => {
    await addItem(workshop.id, 'benefit', { text: 'A' }, {}, database)
    await undo(database, workshop.id)
    await addItem(workshop.id, 'benefit', { text: 'B' }, {}, database)
    expect(undoState(workshop.id).canRedo).toBe(false)
    await ensureDraftVersion(workshop.id, database)
    expect(undoState(workshop.id).canUndo).toBe(false)
  })
})
