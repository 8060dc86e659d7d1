import { useMemo } from 'react'
import type { Item, Side } from '../../shared/domain/items'
import type { RoomCard, RoomRating, RoomRecord } from '../../shared/domain/room-records'
import type { Question, Submission } from '../../shared/room/contract'
import { heatOf, type TeamHeat } from '../../shared/domain/room-tally'
import { itemOfCard, recordOf } from '../../shared/room/to-record'
import { db, type SmarketingDb } from './db'
import { useInBackground } from './live-query'
import { addItem } from './item-repo'
import { announceRoomRecords, createRoomFeed, type RoomFeed, type RoomRecords } from './room-live'
import { leaveOutOfUndo } from './undo'

export type { RoomRecords } from './room-live'

/**
 * What the room's phones answered, kept (issue 14 §5). Keeping answers is not an edit of the
 * facilitator's and is never undone; moderating cards (release, hide, back to the queue, merge)
 * is, each as one step.
 */

/**
 * Why a moderation step was refused: the card is gone (`missing`, e.g. undone in another
 * window), it is part of another card (`merged`), it needs a side chosen (`sideNeeded`), or a
 * card was to be merged into itself, a card of another kind or of another workshop (`notMergeable`).
 */
export class RoomCardError extends Error {
  constructor(readonly reason: 'missing' | 'merged' | 'sideNeeded' | 'notMergeable') {
    super(`The card cannot be moderated: ${reason}`)
    this.name = 'RoomCardError'
  }
}

const PUT_NAMING_KEYS = 40

/**
 * Keeps a batch of the phones' answers in one transaction, in the order they arrived: a phone's
 * later rating, vote or agreement replaces its earlier one; a card delivered again (a reconnect)
 * stays as the facilitator left it. Answers that fit none of `questions` (every version opened
 * since the room started) are dropped. When this resolves, every answer of the batch is stored and
 * the room may forget them.
 */
export async function keepRoomAnswers(
  workshopId: string,
  runId: string,
  submissions: readonly Submission[],
  questions: readonly Question[],
  database: SmarketingDb = db
): Promise<void> {
  const latest = new Map<string, RoomRecord>()
  for (const submission of [...submissions].sort((a, b) => a.seq - b.seq)) {
    const record = recordOf(workshopId, runId, submission, questions)
    if (record) latest.set(record.id, record)
  }
  if (latest.size === 0) return
  // The workshop's "last changed" stays: rewriting it would re-run every live query of the open workshop per batch.
  const stored = await database.transaction('rw', database.roomAnswers, async () => {
    leaveOutOfUndo()
    const records = [...latest.values()]
    const cardIds = records.filter((record) => record.kind === 'card').map((record) => record.id)
    const kept = new Set(cardIds.length === 0 ? [] : (await database.roomAnswers.bulkGet(cardIds)).flatMap((card) => (card ? [card.id] : [])))
    const fresh = records.filter((record) => !kept.has(record.id))
    // In puts of fewer than 50 records Dexie names each changed key to other windows' live views (room-live.ts), which then read only those.
    for (let from = 0; from < fresh.length; from += PUT_NAMING_KEYS) await database.roomAnswers.bulkPut(fresh.slice(from, from + PUT_NAMING_KEYS))
    return fresh
  })
  announceRoomRecords(database, stored)
}

export async function listRoomRecords(workshopId: string, database: SmarketingDb = db): Promise<RoomRecords> {
  const records: RoomRecords = { ratings: [], cards: [], votes: [], agreements: [] }
  for (const record of await database.roomAnswers.where('workshopId').equals(workshopId).toArray()) {
    if (record.kind === 'rating') records.ratings.push(record)
    else if (record.kind === 'card') records.cards.push(record)
    else if (record.kind === 'vote') records.votes.push(record)
    else records.agreements.push(record)
  }
  return records
}

/** Only the ratings (step 1's heat map, the minutes). */
export async function listRoomRatings(workshopId: string, database: SmarketingDb = db): Promise<RoomRating[]> {
  return (await database.roomAnswers.where('[workshopId+kind]').equals([workshopId, 'rating']).toArray()) as RoomRating[]
}

/**
 * One feed per workshop for every screen of this window that shows its room (room-live.ts), kept a
 * little after the last of them left, so that going back and forth between the room screen and a
 * step does not read all answers again.
 */
const feeds = new Map<string, { feed: RoomFeed; users: number; linger?: ReturnType<typeof setTimeout> }>()
const LINGER_MS = 30_000

/** Follows the workshop's room records: `update` after each change (and now, if they were read); returns how to stop. */
function followRoom(workshopId: string, update: (records: RoomRecords | undefined) => void, fail: (error: unknown) => void): () => void {
  let entry = feeds.get(workshopId)
  if (!entry) feeds.set(workshopId, (entry = { feed: createRoomFeed(workshopId), users: 0 }))
  const { feed } = entry
  clearTimeout(entry.linger)
  entry.users++
  const told = () => {
    try {
      update(feed.records())
    } catch (error) {
      fail(error)
    }
  }
  const off = feed.subscribe(told)
  told()
  return () => {
    off()
    if (--entry.users > 0) return
    entry.linger = setTimeout(() => {
      if (entry.users > 0) return
      feed.close()
      feeds.delete(workshopId)
    }, LINGER_MS)
  }
}

/** The workshop's room records, live (null: none wanted): undefined while loading. Rendered in the background (live-query.ts). */
export function useRoomRecords(workshopId: string | null): RoomRecords | undefined {
  return useInBackground<RoomRecords | undefined>(workshopId, (next, fail) => followRoom(workshopId!, next, fail))
}

/** The room's ratings as the heat map shows them (room-tally heatOf), live: undefined while loading. Changes only when a rating changed. */
export function useRoomHeat(workshopId: string): ReadonlyMap<string, TeamHeat> | undefined {
  const ratings = useInBackground<RoomRating[] | undefined>(workshopId, (next, fail) => followRoom(workshopId, (records) => next(records?.ratings), fail))
  return useMemo(() => ratings && heatOf(ratings), [ratings])
}

async function cardOf(database: SmarketingDb, cardId: string): Promise<RoomCard> {
  const card = await database.roomAnswers.get(cardId)
  if (!card || card.kind !== 'card') throw new RoomCardError('missing')
  return card
}

/** Moderation: one transaction, so undo takes it back as one step. */
function moderate<T>(database: SmarketingDb, run: () => Promise<T>): Promise<T> {
  return database.transaction('rw', [database.roomAnswers, database.items, database.workshops, database.slaVersions], run)
}

const putCards = (database: SmarketingDb, cards: RoomCard[]) => database.roomAnswers.bulkPut(cards)

/** A released card's item leaves its list again (if it is still there, and the card's workshop's). */
async function withdraw(database: SmarketingDb, card: RoomCard): Promise<void> {
  if (card.itemId === null) return
  const item = await database.items.get(card.itemId)
  if (item?.workshopId !== card.workshopId) return
  await database.items.delete(item.id)
  await database.workshops.update(card.workshopId, { updatedAt: Date.now() })
}

/**
 * Shows a card to the room: it becomes an item of its list (a voice, a give & get, a concern, a
 * parked point) and is released. A voice or give & get from management or others needs `side`.
 * Releasing a released card changes nothing and returns its item.
 */
export async function releaseCard(cardId: string, side?: Side, database: SmarketingDb = db): Promise<Item> {
  return moderate(database, async () => {
    const card = await cardOf(database, cardId)
    if (card.mergedInto !== null) throw new RoomCardError('merged')
    const existing = card.state === 'released' && card.itemId !== null ? await database.items.get(card.itemId) : undefined
    if (existing) return existing
    const target = itemOfCard(card, side)
    if (!target) throw new RoomCardError('sideNeeded')
    const item = (await addItem(card.workshopId, target.list, target.fields, {}, database)) as Item
    await putCards(database, [{ ...card, state: 'released', itemId: item.id }])
    return item
  })
}

/** Keeps a card from the room; a released card's item leaves its list. */
export async function hideCard(cardId: string, database: SmarketingDb = db): Promise<void> {
  await moderate(database, async () => {
    const card = await cardOf(database, cardId)
    await withdraw(database, card)
    await putCards(database, [{ ...card, state: 'hidden', itemId: null }])
  })
}

/** Puts a card back into the queue: from hidden, from released (its item leaves its list) or out of the card it was merged into. */
export async function requeueCard(cardId: string, database: SmarketingDb = db): Promise<void> {
  await moderate(database, async () => {
    const card = await cardOf(database, cardId)
    await withdraw(database, card)
    await putCards(database, [{ ...card, state: 'queued', itemId: null, mergedInto: null }])
  })
}

/**
 * Merges card `fromId` into card `intoId` (the same thing said twice): it is shown under that
 * card from now on, and so are the cards that were merged into it. A released card merged away
 * leaves its list.
 */
export async function mergeCards(intoId: string, fromId: string, database: SmarketingDb = db): Promise<void> {
  await moderate(database, async () => {
    const [into, from] = [await cardOf(database, intoId), await cardOf(database, fromId)]
    if (into.id === from.id || into.workshopId !== from.workshopId || into.card !== from.card) throw new RoomCardError('notMergeable')
    if (into.mergedInto !== null) throw new RoomCardError('merged')
    await withdraw(database, from)
    const joined = (await database.roomAnswers.where('[workshopId+kind]').equals([from.workshopId, 'card']).toArray()) as RoomCard[]
    const followers = joined.filter((card) => card.mergedInto === from.id)
    await putCards(database, [
      { ...from, state: 'queued', itemId: null, mergedInto: into.id },
      ...followers.map((card) => ({ ...card, mergedInto: into.id }))
    ])
  })
}
