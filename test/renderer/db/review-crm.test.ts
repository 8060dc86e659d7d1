import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { closeReview, ReviewClosedError, setActual, keepCrmFigures } from '../../../renderer/db/review-repo'
import type { Review, ReviewCrmImport } from '../../../shared/domain/review'
import { freshDb } from './test-db'

const database = freshDb()
afterEach(() => database.reviews.clear())

const review: Review = {
  id: 'r1',
  workshopId: 'w1',
  versionId: 'v1',
  period: '2027-Q1',
  date: '2027-04-15',
  attendeeIds: [],
  guests: [],
  actuals: { t1: { value: 5, note: 'counted by hand' } },
  actualRates: { visitToLead: 2, leadToMql: null, mqlToSql: null, sqlToCustomer: null },
  decisions: '',
  state: 'open',
  createdAt: 0,
  closedAt: null
}
const crm = { fileName: 'hubspot.csv', importedAt: 1, rows: 3, mapped: ['id', 'becameMql'], timeZone: 'Europe/Berlin', figures: {} } as unknown as ReviewCrmImport

describe('the CRM figures in a review', () => {
  it('fills actuals and rates in one go, keeps typed notes and the rates it does not measure, and marks each actual', async () => {
    await database.reviews.put(review)
    await keepCrmFigures('r1', crm, { t1: 4, c1: 24 }, { mqlToSql: 50 }, database)
    const kept = (await database.reviews.get('r1'))!
    expect(kept.crm).toEqual(crm)
    expect(kept.actuals).toEqual({ t1: { value: 4, note: 'counted by hand', fromCrm: true }, c1: { value: 24, note: '', fromCrm: true } })
    expect(kept.actualRates).toEqual({ visitToLead: 2, leadToMql: null, mqlToSql: 50, sqlToCustomer: null })
  })

  it('drops the mark when a value is typed by hand, not when a note is', async () => {
    await database.reviews.put(review)
    await keepCrmFigures('r1', crm, { t1: 4 }, {}, database)
    await setActual('r1', 't1', { note: 'checked in the CRM' }, database)
    expect((await database.reviews.get('r1'))!.actuals.t1).toEqual({ value: 4, note: 'checked in the CRM', fromCrm: true })
    await setActual('r1', 't1', { value: 6 }, database)
    expect((await database.reviews.get('r1'))!.actuals.t1).toEqual({ value: 6, note: 'checked in the CRM' })
  })

  it('changes nothing in a closed review', async () => {
    await database.reviews.put(review)
    await closeReview('r1', database)
    await expect(keepCrmFigures('r1', crm, { t1: 4 }, {}, database)).rejects.toBeInstanceOf(ReviewClosedError)
    expect((await database.reviews.get('r1'))!.actuals.t1).toEqual({ value: 5, note: 'counted by hand' })
  })
})
