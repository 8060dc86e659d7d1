import type { AgreementStatus } from '../../shared/domain/workshop'
import { SLA_LISTS, itemsOf, type Item, type ItemFields, type ItemOf, type ListKind, type RaciLetter, type RaciTeam, type Rating } from '../../shared/domain/items'
import { isCurrentVersionSigned } from '../../shared/domain/sla-lock'
import { blankItem } from '../../shared/domain/blank-items'
import { db, type SmarketingDb } from './db'
import { newId } from './ids'

/** While the current SLA version is signed, its content is read-only until it is amended. */
export class SlaLockedError extends Error {
  constructor() {
    super('The SLA is signed; amend it to change its content')
    this.name = 'SlaLockedError'
  }
}

/** Call inside a transaction that includes slaVersions. */
export async function assertSlaEditable(database: SmarketingDb, workshopId: string, list: ListKind | null) {
  if (list !== null && !SLA_LISTS.has(list)) return
  if (isCurrentVersionSigned(await database.slaVersions.where('workshopId').equals(workshopId).toArray())) throw new SlaLockedError()
}

/** All items of a workshop, each list in its order (ties broken by id, so the order is stable). */
export async function listItems(workshopId: string, database: SmarketingDb = db): Promise<Item[]> {
  const items = await database.items.where('workshopId').equals(workshopId).toArray()
  return items.sort(compareItems)
}

export function compareItems(a: Item, b: Item): number {
  if (a.list !== b.list) return a.list < b.list ? -1 : 1
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export { itemsOf }

/**
 * Adds an item at the end of its list (or at `order`, e.g. to put a deleted item back); the
 * fields not given are those of the list's blank item.
 */
export async function addItem<K extends ListKind>(
  workshopId: string,
  list: K,
  fields: Partial<ItemFields[K]> = {},
  options: { status?: AgreementStatus; order?: number; id?: string } = {},
  database: SmarketingDb = db
): Promise<ItemOf<K>> {
  return database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    await assertSlaEditable(database, workshopId, list)
    let order = options.order
    if (order === undefined) {
      const siblings = await database.items.where('[workshopId+list]').equals([workshopId, list]).toArray()
      order = siblings.reduce((max, item) => Math.max(max, item.order), 0) + 1
    }
    const item = {
      ...blankItem(list, fields),
      id: options.id ?? newId(),
      workshopId,
      list,
      order,
      status: options.status ?? 'proposed'
    } as ItemOf<K>
    await database.items.add(item as Item)
    await database.workshops.update(workshopId, { updatedAt: Date.now() })
    return item
  })
}

export async function updateItem<K extends ListKind>(
  id: string,
  patch: Partial<ItemFields[K]> & { status?: AgreementStatus },
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const item = await database.items.get(id)
    if (!item) throw new Error(`Item ${id} does not exist`)
    await assertSlaEditable(database, item.workshopId, item.list)
    await database.items.put({ ...item, ...patch } as Item)
    await database.workshops.update(item.workshopId, { updatedAt: Date.now() })
  })
}

/** One team's friction rating, changed without touching the other teams' ratings. */
export async function setFrictionRating(
  id: string,
  team: 'marketing' | 'sales' | 'management',
  rating: Rating,
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const item = await database.items.get(id)
    if (!item || item.list !== 'friction') throw new Error(`Friction area ${id} does not exist`)
    await database.items.update(id, { [`ratings.${team}`]: rating })
    await database.workshops.update(item.workshopId, { updatedAt: Date.now() })
  })
}

/** One team's RACI letter for an activity, without touching the other teams' letters. */
export async function setRaciLetter(id: string, team: RaciTeam, letter: RaciLetter, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const item = await database.items.get(id)
    if (!item || item.list !== 'raci') throw new Error(`Activity ${id} does not exist`)
    await assertSlaEditable(database, item.workshopId, item.list)
    await database.items.update(id, { [`raci.${team}`]: letter })
    await database.workshops.update(item.workshopId, { updatedAt: Date.now() })
  })
}

/** Removes an item and returns it, so the caller can offer to put it back. */
export async function removeItem(id: string, database: SmarketingDb = db): Promise<Item | undefined> {
  return database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const item = await database.items.get(id)
    if (!item) return undefined
    await assertSlaEditable(database, item.workshopId, item.list)
    await database.items.delete(id)
    await database.workshops.update(item.workshopId, { updatedAt: Date.now() })
    return item
  })
}

/** Puts a removed item back exactly as it was (same id, same position). */
export async function restoreItem(item: Item, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    await assertSlaEditable(database, item.workshopId, item.list)
    await database.items.put(item)
    await database.workshops.update(item.workshopId, { updatedAt: Date.now() })
  })
}

/** Swaps the item with its neighbour above (-1) or below (+1); at either end nothing happens. */
export async function moveItem(id: string, direction: -1 | 1, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const item = await database.items.get(id)
    if (!item) return
    await assertSlaEditable(database, item.workshopId, item.list)
    const siblings = (await database.items.where('[workshopId+list]').equals([item.workshopId, item.list]).toArray()).sort(
      compareItems
    )
    const index = siblings.findIndex((s) => s.id === id)
    const neighbour = siblings[index + direction]
    if (!neighbour) return
    // Renumber the whole list so equal orders (e.g. after a restore) can never block a move.
    const reordered = [...siblings]
    reordered[index] = neighbour
    reordered[index + direction] = item
    await database.items.bulkPut(reordered.map((s, i) => ({ ...s, order: i + 1 })))
    await database.workshops.update(item.workshopId, { updatedAt: Date.now() })
  })
}

export type ParkingTarget = 'action' | 'glossary' | 'concern'

/** Turns a parked point into an action, a glossary term or a concern, in one step. */
export async function convertParkingItem(id: string, target: ParkingTarget, database: SmarketingDb = db): Promise<Item> {
  return database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const parked = await database.items.get(id)
    if (!parked || parked.list !== 'parking') throw new Error(`Parked point ${id} does not exist`)
    const text = parked.text
    const created =
      target === 'action'
        ? await addItem(parked.workshopId, 'action', { title: text }, {}, database)
        : target === 'glossary'
          ? await addItem(parked.workshopId, 'glossary', { term: text }, {}, database)
          : await addItem(parked.workshopId, 'concern', { text }, {}, database)
    await database.items.delete(id)
    return created
  })
}
