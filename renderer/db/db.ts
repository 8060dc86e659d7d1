import Dexie, { type EntityTable } from 'dexie'
import type { Item } from '../../shared/domain/items'
import type { Participant, Workshop } from '../../shared/domain/workshop'

export const DATABASE_NAME = 'smarketing-studio'

/**
 * The one database. Schema versions are append-only: a new version is added below the last
 * one and never edits an earlier one, so a laptop that skipped a year of updates still upgrades.
 */
export class SmarketingDb extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>
  participants!: EntityTable<Participant, 'id'>
  items!: EntityTable<Item, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      workshops: 'id, updatedAt, deletedAt',
      participants: 'id, workshopId',
      items: 'id, workshopId, [workshopId+list]'
    })
  }
}

export const db = new SmarketingDb()
