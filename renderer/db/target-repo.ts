import type { FunnelResult } from '../../shared/domain/funnel'
import { planFunnelTargets } from '../../shared/domain/funnel-targets'
import type { Language } from '../../shared/domain/language'
import type { Period } from '../../shared/domain/items'
import { db, type SmarketingDb } from './db'
import { addItem, itemsOf, listItems, updateItem } from './item-repo'

/** Writes the calculator's figures into the targets of the period, in one transaction. */
export async function applyFunnelTargets(
  workshopId: string,
  period: Period,
  values: FunnelResult,
  language: Language,
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.items, database.workshops, database.slaVersions, async () => {
    const workshop = await database.workshops.get(workshopId)
    if (!workshop) throw new Error(`Workshop ${workshopId} does not exist`)
    const items = await listItems(workshopId, database)
    const plan = planFunnelTargets(itemsOf(items, 'target'), period, values, language, workshop.currency, itemsOf(items, 'commitment'))
    for (const update of plan.updates) await updateItem<'target'>(update.id, { value: update.value }, database)
    for (const update of plan.commitmentUpdates) await updateItem<'commitment'>(update.id, { value: update.value }, database)
    for (const fields of plan.additions) await addItem(workshopId, 'target', fields, {}, database)
  })
}
