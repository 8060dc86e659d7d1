import type { HolidayRegion } from '../../shared/domain/holidays'
import type { ReviewDateEdits } from '../../shared/domain/review-plan'
import { db, type SmarketingDb } from './db'

/**
 * The review schedule's own settings (step 5). They are not SLA content — a review moved to
 * another day needs no new signature — so they stay editable after signing.
 */

/** Applies one edit to the edits as they are stored now, so two quick edits never undo each other. */
export async function editReviewDates(
  workshopId: string,
  edit: (edits: ReviewDateEdits | undefined) => ReviewDateEdits,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<void> {
  await database.transaction('rw', database.workshops, async () => {
    const workshop = await database.workshops.get(workshopId)
    if (!workshop) throw new Error(`Workshop ${workshopId} does not exist`)
    await database.workshops.update(workshopId, { 'reviewPlan.edits': edit(workshop.reviewPlan?.edits), 'reviewPlan.changedAt': now, updatedAt: now })
  })
}

/** Back to the generated dates: every move, removal and addition is dropped. */
export async function resetReviewDates(workshopId: string, database: SmarketingDb = db, now = Date.now()): Promise<void> {
  await editReviewDates(workshopId, () => ({ moved: {}, removed: [], added: [] }), database, now)
}

export async function setHolidayRegion(workshopId: string, region: HolidayRegion, database: SmarketingDb = db, now = Date.now()): Promise<void> {
  const changed = await database.workshops.update(workshopId, { 'reviewPlan.holidayRegion': region, 'reviewPlan.changedAt': now, updatedAt: now })
  if (changed === 0) throw new Error(`Workshop ${workshopId} does not exist`)
}
