import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIST_KINDS, type ItemFields, type ListKind } from '../../../shared/domain/items'
import { blankItem } from '../../../shared/domain/blank-items'
import {
  addItem,
  itemsOf,
  listItems,
  moveItem,
  removeItem,
  restoreItem,
  setFrictionRating,
  updateItem
} from '../../../renderer/db/item-repo'
import {
  addParticipant,
  listParticipants,
  removeParticipant,
  restoreParticipant,
  updateParticipant
} from '../../../renderer/db/participant-repo'
import {
  createWorkshop,
  deleteForever,
  duplicateWorkshop,
  getWorkshop,
  moveToTrash,
  restoreFromTrash,
  updateStep,
  updateWorkshop,
  updateWorkshopPart,
  workshopOverview
} from '../../../renderer/db/workshop-repo'
import { freshDb } from './test-db'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: 'Industrie', language: 'en' as const, facilitator: 'Eva', date: '2027-01-15' }

/** One valid example of every list's fields: a new list kind fails to compile until it is added. */
const SAMPLE: { [K in ListKind]: ItemFields[K] } = {
  friction: { area: 'Hierarchy', ratings: { marketing: 2, sales: 5, management: null }, notes: 'n' },
  voice: { team: 'sales', kind: 'heard', text: 'Sales only wants discounts' },
  giveGet: { team: 'marketing', text: 'Feedback on every lead within a week' },
  benefit: { text: 'More revenue with less friction' },
  stage: { name: 'MQL', definition: 'd', owner: 'marketing', entryCriteria: 'e', maxDays: 5, onStall: 'Nurturing' },
  report: { name: 'Lead report', from: 'sales', to: 'marketing', metrics: 'SQLs', cadence: 'weekly', when: 'Mondays', channel: 'CRM', owner: 'Tom' },
  rejection: { text: 'No budget' },
  mqlCriterion: { text: 'Industry', kind: 'fit', points: 10 },
  sqlCriterion: { text: 'Budget', kind: 'bant', points: null },
  glossary: { term: 'SAL', definition: 'Sales accepted lead' },
  action: { title: 'Joint training', owner: 'Eva', team: 'management', due: '2027-03-01', state: 'open' },
  concern: { text: 'More control', response: 'Transparency for both sides' },
  raci: { activity: 'Lead scoring', owner: 'Eva', raci: { marketing: 'A', sales: 'C', management: '' } },
  commitment: { kind: 'firstContact', description: 'First contact within', value: 24, unit: 'hours', direction: 'atMost', team: 'sales', measuredBy: 'CRM' },
  target: { period: 'quarter', metric: 'MQLs', team: 'marketing', value: 300, unit: 'MQLs', source: 'mqls' },
  kpi: { kpi: 'Pipeline', measure: 'vs. target', reporter: 'CMO', cadence: 'monthly' },
  parking: { text: 'Budget for the new CRM', raisedIn: 'closedLoop', shown: false }
}

let database: ReturnType<typeof freshDb>
beforeEach(() => {
  database = freshDb()
})
afterEach(async () => {
  await database.dispose()
})

describe('workshop repository', () => {
  it('creates a workshop with the example content of its language', async () => {
    const workshop = await createWorkshop({ ...input, language: 'de' }, database, 1000)
    expect(await getWorkshop(workshop.id, database)).toMatchObject({ title: 'Kick-off', language: 'de', updatedAt: 1000 })
    const items = await listItems(workshop.id, database)
    expect(itemsOf(items, 'stage').map((s) => s.name)).toEqual([
      'Lead',
      'MQL',
      'SAL',
      'SQL',
      'Opportunity',
      'Kunde',
      'Nurturing / recycelt'
    ])
    expect(itemsOf(items, 'sqlCriterion')).toHaveLength(4)
    expect(items.every((item) => item.status === 'proposed')).toBe(true)
  })

  it('lists by last change, newest first, without the trash', async () => {
    const a = await createWorkshop({ ...input, title: 'A' }, database, 1)
    const b = await createWorkshop({ ...input, title: 'B' }, database, 2)
    await updateWorkshop(a.id, { unit: 'changed' }, database, 3)
    expect((await workshopOverview(null, database)).active.map((w) => w.title)).toEqual(['A', 'B'])
    expect(await workshopOverview(1, database)).toMatchObject({ active: [{ title: 'A' }], activeCount: 2, trash: [] })
    await moveToTrash(a.id, database)
    const afterTrash = await workshopOverview(null, database)
    expect(afterTrash.active.map((w) => w.title)).toEqual(['B'])
    expect(afterTrash.trash.map((w) => w.title)).toEqual(['A'])
    expect(afterTrash.activeCount).toBe(1)
    await restoreFromTrash(a.id, database)
    expect((await workshopOverview(null, database)).active.map((w) => w.id).sort()).toEqual([a.id, b.id].sort())
  })

  it('changes one field of a nested part without touching the others', async () => {
    const w = await createWorkshop(input, database)
    await Promise.all([
      updateWorkshopPart(w.id, 'stuckLeadRule', { days: 45 }, database),
      updateWorkshopPart(w.id, 'stuckLeadRule', { action: 'Back to nurturing' }, database),
      updateWorkshopPart(w.id, 'mql', { threshold: 60 }, database),
      updateStep(w.id, 'language', { completed: true }, database),
      updateStep(w.id, 'language', { timeboxMinutes: 75 }, database)
    ])
    const saved = await getWorkshop(w.id, database)
    expect(saved?.stuckLeadRule).toEqual({ days: 45, action: 'Back to nurturing', status: 'proposed' })
    expect(saved?.mql.threshold).toBe(60)
    expect(saved?.steps.language).toEqual({ completed: true, timeboxMinutes: 75 })
    await expect(updateWorkshop('missing', { title: 'x' }, database)).rejects.toThrow()
  })

  it('duplicates everything with new ids and deletes for good', async () => {
    const w = await createWorkshop(input, database)
    await addParticipant(w.id, { name: 'Anna', role: 'CMO', team: 'marketing', email: '', signsSla: true }, database)
    const copy = await duplicateWorkshop(w.id, '(copy)', database)
    expect(copy.title).toBe('Kick-off (copy)')
    const original = await listItems(w.id, database)
    const copied = await listItems(copy.id, database)
    expect(copied.map((i) => i.list)).toEqual(original.map((i) => i.list))
    expect(copied.some((i) => original.some((o) => o.id === i.id))).toBe(false)
    expect((await listParticipants(copy.id, database)).map((p) => p.name)).toEqual(['Anna'])
    await deleteForever(w.id, database)
    expect(await getWorkshop(w.id, database)).toBeUndefined()
    expect(await listItems(w.id, database)).toEqual([])
    expect(await listParticipants(w.id, database)).toEqual([])
    expect(await listItems(copy.id, database)).toHaveLength(copied.length)
  })
})

describe('participant repository', () => {
  it('adds in order, updates, removes and restores', async () => {
    const w = await createWorkshop(input, database)
    const anna = await addParticipant(w.id, { name: 'Anna', role: '', team: 'marketing', email: '', signsSla: false }, database)
    await addParticipant(w.id, { name: 'Tom', role: 'Head of Sales', team: 'sales', email: 'tom@x.de', signsSla: true }, database)
    await updateParticipant(anna.id, { signsSla: true, role: 'CMO' }, database)
    expect((await listParticipants(w.id, database)).map((p) => [p.name, p.role, p.signsSla])).toEqual([
      ['Anna', 'CMO', true],
      ['Tom', 'Head of Sales', true]
    ])
    const removed = await removeParticipant(anna.id, database)
    expect((await listParticipants(w.id, database)).map((p) => p.name)).toEqual(['Tom'])
    await restoreParticipant(removed!, database)
    expect((await listParticipants(w.id, database)).map((p) => p.name)).toEqual(['Anna', 'Tom'])
  })
})

describe('item repository', () => {
  it.each(LIST_KINDS)('stores, updates and removes a %s item', async (list) => {
    const w = await createWorkshop(input, database, 1)
    const before = (await listItems(w.id, database)).filter((i) => i.list === list).length
    const item = await addItem(w.id, list, SAMPLE[list], {}, database)
    let stored = (await listItems(w.id, database)).filter((i) => i.list === list)
    expect(stored).toHaveLength(before + 1)
    expect(stored.at(-1)).toMatchObject({ ...SAMPLE[list], status: 'proposed' })
    await updateItem(item.id, { status: 'agreed' }, database)
    stored = (await listItems(w.id, database)).filter((i) => i.list === list)
    expect(stored.at(-1)?.status).toBe('agreed')
    expect((await getWorkshop(w.id, database))!.updatedAt).toBeGreaterThan(1)
    const removed = await removeItem(item.id, database)
    expect((await listItems(w.id, database)).filter((i) => i.list === list)).toHaveLength(before)
    await restoreItem(removed!, database)
    expect((await listItems(w.id, database)).filter((i) => i.list === list).at(-1)?.id).toBe(item.id)
  })

  it.each(LIST_KINDS)('adds a blank %s item with every field of its list, each new item with its own nested values', async (list) => {
    const w = await createWorkshop(input, database)
    const [first, second] = [await addItem(w.id, list, {}, {}, database), await addItem(w.id, list, {}, {}, database)]
    expect(first).toMatchObject(blankItem(list))
    expect(Object.keys(first).sort()).toEqual(Object.keys(SAMPLE[list]).concat('id', 'workshopId', 'list', 'order', 'status').sort())
    for (const [field, value] of Object.entries(first)) if (typeof value === 'object' && value !== null) expect(value).not.toBe(second[field as keyof typeof second])
  })

  it('adds an item with what the caller knows and the rest blank', async () => {
    const w = await createWorkshop(input, database)
    const action = await addItem(w.id, 'action', { title: 'Joint lead review' }, {}, database)
    expect(itemsOf(await listItems(w.id, database), 'action').find((a) => a.id === action.id)).toMatchObject({
      title: 'Joint lead review',
      owner: '',
      team: 'marketing',
      due: '',
      state: 'open'
    })
  })

  it('keeps 100,000 characters, emoji and right-to-left text exactly', async () => {
    const w = await createWorkshop(input, database)
    const text = `${'x'.repeat(99_990)}👩🏽‍💼 שלום`
    const item = await addItem(w.id, 'benefit', { text }, {}, database)
    expect(itemsOf(await listItems(w.id, database), 'benefit').find((i) => i.id === item.id)?.text).toBe(text)
  })

  it('reorders stages and keeps the order stable at the ends', async () => {
    const w = await createWorkshop(input, database)
    const names = async () => itemsOf(await listItems(w.id, database), 'stage').map((s) => s.name)
    const stages = itemsOf(await listItems(w.id, database), 'stage')
    await moveItem(stages[1]!.id, -1, database)
    expect((await names()).slice(0, 3)).toEqual(['MQL', 'Lead', 'SAL'])
    await moveItem(stages[1]!.id, -1, database)
    expect((await names()).slice(0, 2)).toEqual(['MQL', 'Lead'])
    const last = stages.at(-1)!
    await moveItem(last.id, 1, database)
    expect((await names()).at(-1)).toBe(last.name)
  })

  it('changes one friction rating without touching the others', async () => {
    const w = await createWorkshop(input, database)
    const area = itemsOf(await listItems(w.id, database), 'friction')[0]!
    await Promise.all([
      setFrictionRating(area.id, 'marketing', 2, database),
      setFrictionRating(area.id, 'sales', 5, database)
    ])
    const saved = itemsOf(await listItems(w.id, database), 'friction')[0]!
    expect(saved.ratings).toEqual({ marketing: 2, sales: 5, management: null })
  })
})
