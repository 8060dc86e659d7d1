import { SmarketingDb } from '../../../renderer/db/db'

let counter = 0

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
