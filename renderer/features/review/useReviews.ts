import { useLiveQuery } from 'dexie-react-hooks'
import type { Review } from '../../../shared/domain/review'
import { listReviews } from '../../db/review-repo'

export function useReviews(workshopId: string): Review[] | undefined {
  return useLiveQuery(() => listReviews(workshopId), [workshopId])
}
