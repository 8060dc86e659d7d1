import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SmarketingDb } from '../../../renderer/db/db'
import { itemsOf, listItems } from '../../../renderer/db/item-repo'
import {
  hideCard,
  keepRoomAnswers,
  listRoomRatings,
  listRoomRecords,
  mergeCards,
  releaseCard,
  requeueCard,
  RoomCardError
} from '../../../renderer/db/room-repo'
import { clearUndo, redo, undo, undoState } from '../../../renderer/db/undo'
import { createWorkshop, deleteForever, duplicateWorkshop, getWorkshop } from '../../../renderer/db/workshop-repo'
import { cardsOf } from '../../../shared/domain/room-tally'
import type { Question, Submission } from '../../../shared/room/contract'
import type { Team, Workshop } from '../../../shared/domain/workshop'
import { submission } from './room-submissions'
import { freshDb, V5_V6_STORES } from './test-db'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en' as const, facilitator: '', date: '2027-01-15' }
const questions: Question[] = [
  { kind: 'rate', id: 'rate', areas: [{ id: 'area-1', title: 'Lead follow-up' }] },
  { kind: 'cards', id: 'cards-voice', card: 'voice', prompt: '' },
  { kind: 'cards', id: 'cards-concern', card: 'concern', prompt: '' }
]

let database: ReturnType<typeof freshDb>
let workshop: Workshop
const voice = (text: string, team: Team = 'sales') => submission('cards-voice', { kind: 'card', text }, 'phone-1', team)
const keep = (...submissions: Submission[]) => keepRoomAnswers(workshop.id, 'run', submissions, questions, database)
const cards = async () => (await listRoomRecords(workshop.id, database)).cards
/** Moderation steps further apart than undo's merge window, without waiting for it. */
const later = () => vi.advanceTimersByTime(2_000)

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

describe('keepRoomAnswers', () => {
  it('keeps a phone’s latest rating of an area, in the order the answers arrived', async () => {
    const first = submission('rate', { kind: 'rate', area: 'area-1', rating: 2 })
    const second = submission('rate', { kind: 'rate', area: 'area-1', rating: 5 })
    await keep(second, first)
    await keep(submission('rate', { kind: 'rate', area: 'area-1', rating: 3 }, 'phone-2'))
    expect((await listRoomRatings(workshop.id, database)).map((r) => [r.voter, r.rating]).sort()).toEqual([
      ['phone-1', 5],
      ['phone-2', 3]
    ])
  })

  it('drops answers that fit no question and is never recorded by undo', async () => {
    await keep(voice('Leads are cold'), submission('rate', { kind: 'rate', area: 'unknown', rating: 2 }))
    expect(await listRoomRecords(workshop.id, database)).toMatchObject({ ratings: [], cards: [{ text: 'Leads are cold' }], votes: [], agreements: [] })
    expect(undoState(workshop.id).canUndo).toBe(false)
  })

  it('leaves a card the facilitator moderated as it is when it is delivered again', async () => {
    const again = voice('Leads are cold')
    await keep(again)
    await releaseCard(`card:run:${again.seq}`, undefined, database)
    await keep(again)
    expect((await cards())[0]).toMatchObject({ state: 'released' })
  })
})

describe('moderation', () => {
  it('releases a card into its list as one undoable step', async () => {
    const sent = voice('Marketing never calls')
    await keep(sent)
    const item = await releaseCard(`card:run:${sent.seq}`, undefined, database)
    expect(item).toMatchObject({ list: 'voice', team: 'sales', kind: 'says', text: 'Marketing never calls' })
    expect((await cards())[0]).toMatchObject({ state: 'released', itemId: item.id })

    expect(await undo(database, workshop.id)).toBe(true)
    expect((await cards())[0]).toMatchObject({ state: 'queued', itemId: null })
    expect(itemsOf(await listItems(workshop.id, database), 'voice').map((v) => v.id)).not.toContain(item.id)
    expect(undoState(workshop.id).canUndo).toBe(false)

    expect(await redo(database, workshop.id)).toBe(true)
    expect(itemsOf(await listItems(workshop.id, database), 'voice').map((v) => v.text)).toContain('Marketing never calls')
  })

  it('asks for a side for a voice from management, and takes the facilitator’s', async () => {
    const sent = voice('We need one pipeline', 'management')
    await keep(sent)
    await expect(releaseCard(`card:run:${sent.seq}`, undefined, database)).rejects.toEqual(new RoomCardError('sideNeeded'))
    expect(await releaseCard(`card:run:${sent.seq}`, 'marketing', database)).toMatchObject({ team: 'marketing' })
  })

  it('turns a concern into a concern without response', async () => {
    const sent = submission('cards-concern', { kind: 'card', text: 'We lose control' })
    await keep(sent)
    expect(await releaseCard(`card:run:${sent.seq}`, undefined, database)).toMatchObject({ list: 'concern', text: 'We lose control', response: '' })
  })

  it('hides a released card, its item leaving the list, and puts it back in the queue — each step undoable', async () => {
    const sent = voice('Too many meetings')
    await keep(sent)
    const id = `card:run:${sent.seq}`
    const item = await releaseCard(id, undefined, database)
    later()
    await hideCard(id, database)
    expect((await cards())[0]).toMatchObject({ state: 'hidden', itemId: null })
    expect((await listItems(workshop.id, database)).some((i) => i.id === item.id)).toBe(false)
    later()
    await requeueCard(id, database)
    expect((await cards())[0]).toMatchObject({ state: 'queued' })
    await undo(database, workshop.id)
    expect((await cards())[0]).toMatchObject({ state: 'hidden' })
    await undo(database, workshop.id)
    expect((await cards())[0]).toMatchObject({ state: 'released', itemId: item.id })
    expect((await listItems(workshop.id, database)).some((i) => i.id === item.id)).toBe(true)
  })

  it('merges a card, and the cards merged into it, into another; a merged card is not released by itself', async () => {
    const [a, b, c] = [voice('Leads are cold'), voice('Leads are old'), voice('Leads are bad')]
    await keep(a, b, c)
    const [ida, idb, idc] = [a, b, c].map((s) => `card:run:${s.seq}`) as [string, string, string]
    await mergeCards(idb, idc, database)
    later()
    await mergeCards(ida, idb, database)
    const tally = cardsOf(await cards())
    expect(tally.queued).toHaveLength(1)
    expect(tally.queued[0]!.card.id).toBe(ida)
    expect(tally.queued[0]!.merged.map((card) => card.id)).toEqual([idb, idc])
    await expect(releaseCard(idc, undefined, database)).rejects.toEqual(new RoomCardError('merged'))
    await expect(mergeCards(ida, ida, database)).rejects.toEqual(new RoomCardError('notMergeable'))

    await undo(database, workshop.id)
    expect(cardsOf(await cards()).queued.map((group) => [group.card.id, group.merged.map((card) => card.id)])).toEqual([
      [ida, []],
      [idb, [idc]]
    ])
    await requeueCard(idc, database)
    expect(cardsOf(await cards()).queued).toHaveLength(3)
  })

  it('merges only cards of one kind', async () => {
    const [a, b] = [voice('Leads are cold'), submission('cards-concern', { kind: 'card', text: 'We lose control' })]
    await keep(a, b)
    await expect(mergeCards(`card:run:${a.seq}`, `card:run:${b.seq}`, database)).rejects.toEqual(new RoomCardError('notMergeable'))
  })

  it('refuses a card that is gone', async () => {
    await expect(hideCard('card:run:404', database)).rejects.toEqual(new RoomCardError('missing'))
  })
})

describe('the workshop’s life', () => {
  it('copies the room’s answers with a duplicated workshop, about the copy’s items, and deletes them with it', async () => {
    const [area] = itemsOf(await listItems(workshop.id, database), 'friction')
    const rated: Question[] = [{ kind: 'rate', id: 'rate', areas: [{ id: area!.id, title: 'Area' }] }, ...questions]
    const sent = voice('Marketing never calls')
    await keepRoomAnswers(workshop.id, 'run', [submission('rate', { kind: 'rate', area: area!.id, rating: 5 }), sent], rated, database)
    const item = await releaseCard(`card:run:${sent.seq}`, undefined, database)

    const copy = await duplicateWorkshop(workshop.id, '(copy)', database)
    const copied = await listRoomRecords(copy.id, database)
    const copyItems = await listItems(copy.id, database)
    expect(copied.ratings).toHaveLength(1)
    expect(copyItems.find((i) => i.id === copied.ratings[0]!.itemId)).toMatchObject({ list: 'friction', area: area!.area })
    expect(copyItems.find((i) => i.id === copied.cards[0]!.itemId)).toMatchObject({ list: 'voice', text: 'Marketing never calls' })
    // Hiding the copy's card takes the copy's item, never the original's.
    await hideCard(copied.cards[0]!.id, database)
    expect((await listItems(workshop.id, database)).some((i) => i.id === item.id)).toBe(true)

    await deleteForever(workshop.id, database)
    expect(await listRoomRecords(workshop.id, database)).toEqual({ ratings: [], cards: [], votes: [], agreements: [] })
    expect((await listRoomRecords(copy.id, database)).ratings).toHaveLength(1)
  })
})

describe('schema version 7', () => {
  it('adds the room’s answers to a database of version 6 and keeps what it held', async () => {
    const name = `upgrade-v7-${Date.now()}`
    const old = new Dexie(name)
    old.version(6).stores(V5_V6_STORES)
    await old.open()
    await old.table('workshops').add(await getWorkshop(workshop.id, database))
    old.close()
    const upgraded = new SmarketingDb(name)
    try {
      expect(await getWorkshop(workshop.id, upgraded)).toEqual(await getWorkshop(workshop.id, database))
      await keepRoomAnswers(workshop.id, 'run', [voice('Kept after the upgrade')], questions, upgraded)
      expect((await listRoomRecords(workshop.id, upgraded)).cards.map((card) => card.text)).toEqual(['Kept after the upgrade'])
    } finally {
      upgraded.close()
      await upgraded.delete()
    }
  })
})
