import { SmarketingDb } from '../../../renderer/db/db'

let counter = 0

/**
 * The stores of schema versions 5 and 6 as renderer/db/db.ts declares them (6 added no store): the
 * upgrade tests open an old database with these.
 */
export const V5_V6_STORES = {
  workshops: 'id, updatedAt, deletedAt',
  participants: 'id, workshopId',
  items: 'id, workshopId, [workshopId+list]',
  slaVersions: 'id, workshopId, [workshopId+number]',
  signatures: 'id, versionId, workshopId, participantId',
  reviews: 'id, workshopId, versionId'
}

/** A fresh, empty database per test (fake-indexeddb), closed and deleted by `dispose`. */
export function freshDb(): SmarketingDb & { dispose(): Promise<void> } {
  const database = new SmarketingDb(`test-${Date.now()}-${counter++}`) as SmarketingDb & { dispose(): Promise<void> }
  database.dispose = async () => {
    database.close()
    await database.delete()
  }
  return database
}

/** Every table's records, sorted by id, so two databases can be compared as a whole. */
export async function dump(database: SmarketingDb) {
  const sorted = <T extends { id: string }>(records: T[]) => records.sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    workshops: sorted(await database.workshops.toArray()),
    participants: sorted(await database.participants.toArray()),
    items: sorted(await database.items.toArray()),
    slaVersions: sorted(await database.slaVersions.toArray()),
    signatures: sorted(await database.signatures.toArray()),
    reviews: sorted(await database.reviews.toArray()),
    roomAnswers: sorted(await database.roomAnswers.toArray())
  }
}
