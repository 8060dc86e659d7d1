import type { CrmMapping } from '../../shared/crm/mapping'
import type { Actual, ActualRates, Review, ReviewCrmImport } from '../../shared/domain/review'
import { db, type SmarketingDb } from './db'
import { newId } from './ids'

/** A closed review is the record of that meeting; it no longer changes. */
export class ReviewClosedError extends Error {
  constructor(readonly period: string) {
    super(`The review ${period} is closed`)
    this.name = 'ReviewClosedError'
  }
}

export async function listReviews(workshopId: string, database: SmarketingDb = db): Promise<Review[]> {
  const reviews = await database.reviews.where('workshopId').equals(workshopId).toArray()
  return reviews.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.createdAt - b.createdAt))
}

/** Starts the review of a signed version; one review per version and period. */
export async function startReview(
  workshopId: string,
  versionId: string,
  period: string,
  date: string,
  attendeeIds: string[],
  database: SmarketingDb = db,
  now = Date.now()
): Promise<Review> {
  return database.transaction('rw', database.reviews, database.slaVersions, async () => {
    const version = await database.slaVersions.get(versionId)
    if (!version || version.workshopId !== workshopId || version.state === 'draft') {
      throw new Error('Only a signed SLA version can be reviewed')
    }
    const existing = await database.reviews.where('versionId').equals(versionId).filter((r) => r.period === period).first()
    if (existing) return existing
    const review: Review = {
      id: newId(),
      workshopId,
      versionId,
      period,
      date,
      attendeeIds,
      guests: [],
      actuals: {},
      actualRates: { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null },
      decisions: '',
      state: 'open',
      createdAt: now,
      closedAt: null
    }
    await database.reviews.add(review)
    return review
  })
}

async function openReview(id: string, database: SmarketingDb): Promise<Review> {
  const review = await database.reviews.get(id)
  if (!review) throw new Error(`Review ${id} does not exist`)
  if (review.state === 'closed') throw new ReviewClosedError(review.period)
  return review
}

type ReviewPatch = Partial<Pick<Review, 'date' | 'attendeeIds' | 'guests' | 'decisions'>>

export async function updateReview(id: string, patch: ReviewPatch, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.reviews, async () => {
    await openReview(id, database)
    await database.reviews.update(id, patch)
  })
}

/**
 * One item's actual, without touching the others (two people may type at once). A value typed by
 * hand is no longer the CRM export's: its mark goes.
 */
export async function setActual(id: string, itemId: string, actual: Partial<Actual>, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.reviews, async () => {
    await openReview(id, database)
    await database.reviews.where('id').equals(id).modify((r) => {
      const next: Actual = { ...(r.actuals[itemId] ?? { value: null, note: '' }), ...actual }
      if ('value' in actual && actual.fromCrm !== true) delete next.fromCrm
      r.actuals[itemId] = next
    })
  })
}

export async function setActualRate(id: string, rate: keyof ActualRates, value: number | null, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.reviews, async () => {
    await openReview(id, database)
    await database.reviews.where('id').equals(id).modify((r) => {
      r.actualRates[rate] = value
    })
  })
}

/**
 * "Use these figures": the review keeps what the CRM import measured, and the actuals and measured
 * rates it gives are filled, each actual marked as the export's — all in one transaction, so the
 * review never holds filled values without the figures they came from. Each actual is merged into
 * what it holds, so a note typed meanwhile stays.
 */
export async function keepCrmFigures(
  id: string,
  crm: ReviewCrmImport,
  actuals: Record<string, number>,
  rates: Partial<ActualRates>,
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.reviews, async () => {
    await openReview(id, database)
    await database.reviews.where('id').equals(id).modify((r) => {
      r.crm = crm
      for (const [itemId, value] of Object.entries(actuals)) r.actuals[itemId] = { ...(r.actuals[itemId] ?? { value: null, note: '' }), value, fromCrm: true }
      Object.assign(r.actualRates, rates)
    })
  })
}

/** The columns confirmed for a CRM export, proposed again at the workshop's next import. */
export async function rememberCrmMapping(workshopId: string, mapping: CrmMapping, database: SmarketingDb = db): Promise<void> {
  await database.workshops.update(workshopId, { crmMapping: mapping })
}

export async function closeReview(id: string, database: SmarketingDb = db, now = Date.now()): Promise<void> {
  await database.transaction('rw', database.reviews, async () => {
    await openReview(id, database)
    await database.reviews.update(id, { state: 'closed', closedAt: now })
  })
}
