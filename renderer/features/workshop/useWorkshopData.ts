import { useLiveQuery } from 'dexie-react-hooks'
import { workshopData, type WorkshopData } from '../../db/workshop-repo'

export type { WorkshopData }

/** undefined while loading, null when the workshop does not exist. */
export function useWorkshopData(workshopId: string): WorkshopData | null | undefined {
  return useLiveQuery(() => workshopData(workshopId), [workshopId])
}
