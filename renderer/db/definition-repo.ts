import type { ItemFields } from '../../shared/domain/items'
import { db, type SmarketingDb } from './db'
import { addItem, itemsOf, listItems } from './item-repo'
import { updateWorkshopPart } from './workshop-repo'

/**
 * "Add all examples" in step 3: the example MQL criteria, and the example threshold when none is
 * set yet — one transaction, so the room never sees half of them or a threshold without them;
 * examples already in the list are not added twice.
 */
export async function addMqlExamples(
  workshopId: string,
  examples: ReadonlyArray<ItemFields['mqlCriterion']>,
  threshold: number,
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    // The screen may lag behind a click made a moment earlier: an example already there stays single.
    const present = new Set(itemsOf(await listItems(workshopId, database), 'mqlCriterion').map((c) => c.text.trim()))
    for (const example of examples) {
      if (!present.has(example.text.trim())) await addItem(workshopId, 'mqlCriterion', example, {}, database)
    }
    const workshop = await database.workshops.get(workshopId)
    if (workshop?.mql.threshold === null) await updateWorkshopPart(workshopId, 'mql', { threshold }, database)
  })
}
