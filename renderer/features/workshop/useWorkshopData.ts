import { useLiveQuery } from 'dexie-react-hooks'
import type { Item } from '../../../shared/domain/items'
import type { Participant, Workshop } from '../../../shared/domain/workshop'
import { db } from '../../db/db'
import { listItems } from '../../db/item-repo'
import { listParticipants } from '../../db/participant-repo'
import { getWorkshop } from '../../db/workshop-repo'

export interface WorkshopData {
  workshop: Workshop
  participants: Participant[]
  items: Item[]
}

/** undefined while loading, null when the workshop does not exist. */
export function useWorkshopData(workshopId: string): WorkshopData | null | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', db.workshops, db.participants, db.items, async () => {
        const workshop = await getWorkshop(workshopId)
        if (!workshop) return null
        const [participants, items] = await Promise.all([listParticipants(workshopId), listItems(workshopId)])
        return { workshop, participants, items }
      }),
    [workshopId]
  )
}
