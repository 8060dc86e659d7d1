import type { Page } from 'playwright-core'

/**
 * Changes records in IndexedDB directly, beside the app, as someone with the browser's developer
 * tools could: every record of `store` whose `where` fields are equal gets the values of `set`,
 * each under a dotted path ("content.organisation").
 */
export function changeOutsideTheApp(page: Page, store: string, set: Record<string, unknown>, where: Record<string, unknown> = {}) {
  return page.evaluate(
    ({ store, set, where }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('smarketing-studio')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const database = open.result
          const transaction = database.transaction(store, 'readwrite')
          const records = transaction.objectStore(store)
          const all = records.getAll()
          all.onsuccess = () => {
            for (const record of all.result as Array<Record<string, unknown>>) {
              if (!Object.entries(where).every(([field, value]) => record[field] === value)) continue
              const changed = structuredClone(record)
              for (const [path, value] of Object.entries(set)) {
                const keys = path.split('.')
                const last = keys.pop() as string
                const parent = keys.reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, changed)
                parent[last] = value
              }
              records.put(changed)
            }
          }
          transaction.oncomplete = () => {
            database.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    { store, set, where }
  )
}
