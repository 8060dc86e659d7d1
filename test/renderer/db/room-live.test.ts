import 'fake-indexeddb/auto'
import { RangeSet } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { changedRoomKeys, createRoomFeed, type RoomFeed, type RoomRecords } from '../../../renderer/db/room-live'
import { hideCard, keepRoomAnswers, listRoomRecords, releaseCard } from '../../../renderer/db/room-repo'
import { SmarketingDb } from '../../../renderer/db/db'
import { clearUndo, undo } from '../../../renderer/db/undo'
import { createWorkshop, deleteForever } from '../../../renderer/db/workshop-repo'
import type { Question, Submission } from '../../../shared/room/contract'
import type { Workshop } from '../../../shared/domain/workshop'
import { submission } from './room-submissions'
import { freshDb } from './test-db'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en' as const, facilitator: '', date: '2027-01-15' }
const AREAS = Array.from({ length: 8 }, (_, n) => ({ id: `area-${n}`, title: `Area ${n}` }))
const questions: Question[] = [
  { kind: 'rate', id: 'rate', areas: AREAS },
  { kind: 'cards', id: 'cards-voice', card: 'voice', prompt: '' }
]

let database: ReturnType<typeof freshDb>
let workshop: Workshop
let other: Workshop
let feed: RoomFeed | null = null
const rating = (phone: number, area: number, value: number) =>
  submission('rate', { kind: 'rate', area: `area-${area}`, rating: value as 1 | 2 | 3 | 4 | 5 }, `phone-${phone}`, (['marketing', 'sales', 'management', 'other'] as const)[phone % 4])
const voice = (text: string) => submission('cards-voice', { kind: 'card', text }, 'phone-1')
const keep = (target: Workshop, ...submissions: Submission[]) => keepRoomAnswers(target.id, 'run', submissions, questions, database)

/** The feed's records once `done` holds for them (each change is told to the subscribers). */
async function recordsWhen(done: (records: RoomRecords) => boolean): Promise<RoomRecords> {
  await vi.waitFor(() => {
    const records = feed!.records()
    expect(records && done(records)).toBe(true)
  })
  return feed!.records()!
}
const sortedIds = (records: RoomRecords) => Object.values(records).flatMap((list: { id: string }[]) => list.map((record) => record.id)).sort()
async function stored(target: Workshop) {
  return sortedIds(await listRoomRecords(target.id, database))
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  database = freshDb()
  workshop = await createWorkshop(input, database)
  other = await createWorkshop({ ...input, title: 'Another' }, database)
  clearUndo()
})
afterEach(async () => {
  feed?.close()
  feed = null
  vi.useRealTimers()
  vi.restoreAllMocks()
  await database.dispose()
})

describe('the live room records of a workshop', () => {
  it('reads what is stored, then follows 200 phones’ answers by reading only the records that changed', async () => {
    await keep(workshop, rating(0, 0, 3), voice('Leads are cold'))
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen((records) => records.ratings.length === 1 && records.cards.length === 1)

    const fullReads = vi.spyOn(database.roomAnswers, 'where')
    const keyReads = vi.spyOn(database.roomAnswers, 'bulkGet')
    const answers = Array.from({ length: 200 }, (_, phone) => AREAS.map((_, area) => rating(phone, area, 1 + ((phone + area) % 5)))).flat()
    // As the room keeper writes them: batches of 120 answers, each put in chunks Dexie names key by key.
    for (let from = 0; from < answers.length; from += 120) {
      await keep(workshop, ...answers.slice(from, from + 120))
      await recordsWhen((r) => r.ratings.length === Math.min(from + 120, 1_600))
    }
    const records = await recordsWhen((r) => r.ratings.length === 1_600)

    // The keeper announced what it stored: this window reads nothing back, neither all 1,600 nor the changed ones.
    expect(fullReads).not.toHaveBeenCalled()
    expect(keyReads).not.toHaveBeenCalled()
    expect(sortedIds(records)).toEqual(await stored(workshop))
  })

  it('reads only the keys another window’s write changed (another connection to the same database)', async () => {
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen(() => true)
    const otherWindow = new SmarketingDb(database.name)
    const fullReads = vi.spyOn(database.roomAnswers, 'where')
    const keyReads = vi.spyOn(database.roomAnswers, 'bulkGet')
    try {
      const answers = Array.from({ length: 30 }, (_, phone) => AREAS.map((_, area) => rating(phone, area, 3))).flat()
      await keepRoomAnswers(workshop.id, 'run', answers, questions, otherWindow)
      const records = await recordsWhen((r) => r.ratings.length === 240)
      expect(sortedIds(records)).toEqual(await stored(workshop))
    } finally {
      otherWindow.close()
    }
    expect(fullReads).toHaveBeenCalledTimes(1) // stored(), above
    // Put in chunks of 40, each named key by key: read as such, never the whole workshop.
    expect(keyReads.mock.calls.map(([keys]) => keys.length).reduce((sum, n) => sum + n, 0)).toBe(240)
  })

  it('keeps a record this window announced over an older read of it that was still under way', async () => {
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen(() => true)
    const otherWindow = new SmarketingDb(database.name)
    const first = rating(1, 0, 2)
    await keepRoomAnswers(workshop.id, 'run', [first], questions, otherWindow)
    const stale = (await listRoomRecords(workshop.id, database)).ratings[0]!
    let finishRead = () => {}
    const readStarted = new Promise<void>((started) => {
      vi.spyOn(database.roomAnswers, 'bulkGet').mockImplementationOnce(() => {
        started()
        // The read began before the newer rating was stored and answers what was stored then.
        return new Promise((answer) => (finishRead = () => answer([stale]))) as never
      })
    })
    try {
      await keepRoomAnswers(workshop.id, 'run', [rating(1, 0, 3)], questions, otherWindow)
      await readStarted
      await keep(workshop, rating(1, 0, 5))
      finishRead()
      await vi.waitFor(() => expect(feed!.records()!.ratings.map((r) => r.rating)).toEqual([5]))
    } finally {
      otherWindow.close()
    }
  })

  it('shows a phone’s later rating instead of its earlier one', async () => {
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen(() => true)
    await keep(workshop, rating(1, 2, 2))
    await recordsWhen((records) => records.ratings[0]?.rating === 2)
    await keep(workshop, rating(1, 2, 5))
    const records = await recordsWhen((r) => r.ratings[0]?.rating === 5)
    expect(records.ratings).toHaveLength(1)
  })

  it('keeps the ratings’ list as it was while only cards change, so the heat map is not drawn again', async () => {
    await keep(workshop, rating(0, 0, 4))
    feed = createRoomFeed(workshop.id, database)
    const before = await recordsWhen((records) => records.ratings.length === 1)
    await keep(workshop, voice('Nobody reads the lead notes'))
    const after = await recordsWhen((records) => records.cards.length === 1)
    expect(after.ratings).toBe(before.ratings)
    expect(after.cards).not.toBe(before.cards)
  })

  it('follows moderation and its undo', async () => {
    const sent = voice('Marketing never calls')
    await keep(workshop, sent)
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen((records) => records.cards[0]?.state === 'queued')
    await releaseCard(`card:run:${sent.seq}`, undefined, database)
    await recordsWhen((records) => records.cards[0]?.state === 'released')
    vi.advanceTimersByTime(2_000)
    await hideCard(`card:run:${sent.seq}`, database)
    await recordsWhen((records) => records.cards[0]?.state === 'hidden')
    await undo(database, workshop.id)
    await recordsWhen((records) => records.cards[0]?.state === 'released')
  })

  it('ignores another workshop’s answers and empties when its workshop is deleted', async () => {
    await keep(workshop, rating(0, 0, 3), rating(1, 0, 4))
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen((records) => records.ratings.length === 2)
    const listener = vi.fn()
    feed.subscribe(listener)
    await keep(other, rating(2, 0, 1))
    await vi.waitFor(async () => expect(await stored(other)).toHaveLength(1))
    await keep(workshop, voice('One more'))
    await recordsWhen((records) => records.cards.length === 1)
    expect(feed.records()!.ratings).toHaveLength(2)
    expect(sortedIds(feed.records()!)).toEqual(await stored(workshop))

    await deleteForever(workshop.id, database)
    await recordsWhen((records) => sortedIds(records).length === 0)
  })

  it('says when its records cannot be read, and reads them all again with the next change', async () => {
    feed = createRoomFeed(workshop.id, database)
    await recordsWhen(() => true)
    vi.spyOn(database.roomAnswers, 'bulkGet').mockRejectedValueOnce(new Error('The disk is gone'))
    // Written by another window (a connection of its own): this window has to read it.
    const otherWindow = new SmarketingDb(database.name)
    try {
      await keepRoomAnswers(workshop.id, 'run', [rating(0, 0, 3)], questions, otherWindow)
      await vi.waitFor(() => expect(() => feed!.records()).toThrow('The disk is gone'))
      await keepRoomAnswers(workshop.id, 'run', [rating(1, 1, 2)], questions, otherWindow)
    } finally {
      otherWindow.close()
    }
    const records = await recordsWhen((r) => r.ratings.length === 2)
    expect(sortedIds(records)).toEqual(await stored(workshop))
  })
})

describe('changedRoomKeys', () => {
  const part = 'idb://smarketing-studio/roomAnswers/'
  it('names the keys a write put or deleted, also as another window sends them (plain objects)', () => {
    const put = new RangeSet().addKeys(['rating:a', 'rating:b'])
    const deleted = new RangeSet().addKey('card:c')
    const sent = structuredClone({ [part]: { ...put }, [`${part}:dels`]: { ...deleted } })
    expect(changedRoomKeys(sent, 'smarketing-studio')).toEqual(new Set(['rating:a', 'rating:b', 'card:c']))
  })

  it('answers "all" for a range (a restore, a deleted workshop, a large put) and nothing for other tables', () => {
    expect(changedRoomKeys({ [part]: new RangeSet('a', 'z') }, 'smarketing-studio')).toBe('all')
    expect(changedRoomKeys({ all: new RangeSet(-Infinity, [[]]) }, 'smarketing-studio')).toBe('all')
    expect(changedRoomKeys({ 'idb://smarketing-studio/items/': new RangeSet().addKey('x') }, 'smarketing-studio')).toBeNull()
    expect(changedRoomKeys({ 'idb://other-db/roomAnswers/': new RangeSet().addKey('x') }, 'smarketing-studio')).toBeNull()
  })
})
