import type { WorkshopData } from '../workshop/useWorkshopData'

/** Step 4's content (responsibilities, commitments, targets, signing) lives in features/sla. */
export function SlaStep(_props: WorkshopData) {
  return <></>
}
