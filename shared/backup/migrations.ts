import { slaDefaultItems, defaultFunnel, defaultGovernance } from '../domain/sla-defaults'
import type { ItemFields } from '../domain/items'
import type { Workshop } from '../domain/workshop'

/**
 * Pure, append-only migrations of stored records. The Dexie upgrade and the backup import
 * both call these, so an old database and an old backup file travel through the same code.
 */

/** A workshop as schema version 1 stored it (before step 4 existed). */
export type WorkshopV1 = Omit<Workshop, 'currency' | 'funnel' | 'governance'>

type Seed = { [K in keyof ItemFields]: { list: K } & ItemFields[K] }[keyof ItemFields]

/** v1 → v2: step 4 arrives — currency, calculator inputs, governance and step 4's examples. */
export function workshopV1toV2(workshop: WorkshopV1): { workshop: Workshop; newItems: Seed[] } {
  return {
    workshop: {
      ...workshop,
      currency: 'EUR',
      funnel: defaultFunnel(),
      governance: defaultGovernance(workshop.date, workshop.language)
    },
    newItems: slaDefaultItems(workshop.language)
  }
}
