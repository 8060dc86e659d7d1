import { useLiveQuery } from 'dexie-react-hooks'
import { workshopSla, type WorkshopSla } from '../../db/sla-repo'

export type SlaState = WorkshopSla

/** The workshop's SLA versions and signatures, live; undefined while loading. */
export function useSla(workshopId: string): SlaState | undefined {
  return useLiveQuery(() => workshopSla(workshopId), [workshopId])
}
