import { useLiveQueryInBackground } from '../../db/live-query'
import { workshopData, type WorkshopData } from '../../db/workshop-repo'

export type { WorkshopData }

/** undefined while loading, null when the workshop does not exist. Re-rendered in the background (live-query.ts). */
export function useWorkshopData(workshopId: string): WorkshopData | null | undefined {
  return useLiveQueryInBackground(() => workshopData(workshopId), [workshopId])
}
