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
