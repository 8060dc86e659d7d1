import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportWorkshops } from '../../../renderer/db/backup-repo'
import { editReviewDates, resetReviewDates, setHolidayRegion } from '../../../renderer/db/review-plan-repo'
import { createWorkshop, getWorkshop, updateWorkshopPart } from '../../../renderer/db/workshop-repo'
import { createBackup } from '../../../shared/backup/format'
import { parseBackup } from '../../../shared/backup/parse-backup'
import { addReviewDate, moveReviewDate, plannedReviewDates, removeReviewDate, reviewCalendarSequence, reviewDateList } from '../../../shared/domain/review-plan'
import { SAMPLE_META } from '../../shared/backup/sample-backup'
import { freshDb } from './test-db'

let database: ReturnType<typeof freshDb>
beforeEach(() => {
  database = freshDb()
})
afterEach(async () => {
  await database.dispose()
})

async function workshopStartingOn(startDate: string) {
  const workshop = await createWorkshop({ title: 'Review dates', organisation: 'Müller GmbH', unit: '', language: 'de', facilitator: '', date: '2027-01-01' }, database)
  await updateWorkshopPart(workshop.id, 'governance', { startDate, reviewCadence: 'quarterly', termMonths: 12 }, database)
  return workshop.id
}

async function dates(id: string) {
  return reviewDateList((await getWorkshop(id, database))!)
}

describe('the review schedule in the database', () => {
  it('raises the calendar SEQUENCE with every change of the dates, and with a later signature', async () => {
    const id = await workshopStartingOn('2027-01-01')
    const signedAt = Date.UTC(2027, 0, 15, 10, 0)
    const before = reviewCalendarSequence((await getWorkshop(id, database))!, signedAt)
    const [first] = plannedReviewDates((await getWorkshop(id, database))!)
    await editReviewDates(id, (edits) => moveReviewDate(edits, first!, '2027-04-08'), database, Date.UTC(2027, 1, 1, 9, 0))
    const moved = reviewCalendarSequence((await getWorkshop(id, database))!, signedAt)
    await setHolidayRegion(id, 'BY', database, Date.UTC(2027, 1, 1, 9, 5))
    const region = reviewCalendarSequence((await getWorkshop(id, database))!, signedAt)
    const amended = reviewCalendarSequence((await getWorkshop(id, database))!, Date.UTC(2027, 3, 16, 11, 0))
    expect(before).toBeGreaterThan(0)
    expect(moved).toBeGreaterThan(before)
    expect(region).toBeGreaterThan(moved)
    expect(amended).toBeGreaterThan(region)
    // The stamp travels with a backup.
    const parsed = await parseBackup(createBackup(await exportWorkshops([id], database), SAMPLE_META))
    expect(parsed.ok && parsed.data.workshops[0]!.workshop.reviewPlan?.changedAt).toBe(Date.UTC(2027, 1, 1, 9, 5))
  })

  it('keeps moved, removed and added dates, edit by edit', async () => {
    const id = await workshopStartingOn('2027-01-01')
    expect(await dates(id)).toEqual(['2027-04-01', '2027-07-01', '2027-10-01', '2028-01-03'])
    const [first, second] = plannedReviewDates((await getWorkshop(id, database))!)
    await editReviewDates(id, (edits) => moveReviewDate(edits, first!, '2027-04-08'), database)
    await editReviewDates(id, (edits) => removeReviewDate(edits, second!), database)
    await editReviewDates(id, (edits) => addReviewDate(edits, '2027-08-16'), database)
    expect(await dates(id)).toEqual(['2027-04-08', '2027-08-16', '2027-10-01', '2028-01-03'])
    await resetReviewDates(id, database)
    expect(await dates(id)).toEqual(['2027-04-01', '2027-07-01', '2027-10-01', '2028-01-03'])
  })

  it('keeps the federal state beside the edits', async () => {
    const id = await workshopStartingOn('2027-02-01')
    await editReviewDates(id, (edits) => addReviewDate(edits, '2027-06-14'), database)
    await setHolidayRegion(id, 'BY', database)
    // All Saints' Day (Monday 2027-11-01) is a holiday in Bavaria.
    expect(await dates(id)).toEqual(['2027-05-03', '2027-06-14', '2027-08-02', '2027-11-02', '2028-02-01'])
    expect((await getWorkshop(id, database))?.reviewPlan).toMatchObject({ holidayRegion: 'BY', edits: { moved: {}, removed: [], added: ['2027-06-14'] }, changedAt: expect.any(Number) })
  })

  it('travels in a backup and is read back unchanged', async () => {
    const id = await workshopStartingOn('2027-01-01')
    await setHolidayRegion(id, 'NW', database)
    const [first] = plannedReviewDates((await getWorkshop(id, database))!)
    await editReviewDates(id, (edits) => moveReviewDate(edits, first!, '2027-04-08'), database)
    const result = await parseBackup(createBackup(await exportWorkshops([id], database), SAMPLE_META))
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.warnings).toEqual([])
    expect(result.data.workshops[0]?.workshop.reviewPlan).toMatchObject({ holidayRegion: 'NW', edits: { moved: { '2027-04-01': '2027-04-08' }, removed: [], added: [] }, changedAt: expect.any(Number) })
  })

  it('carries the schedule of the version in force through a backup', async () => {
    const id = await workshopStartingOn('2027-01-01')
    const inForce = { startDate: '2027-01-01', termMonths: 12, reviewCadence: 'halfYearly' } as const
    await database.workshops.update(id, { 'reviewPlan.inForce': inForce })
    const result = await parseBackup(createBackup(await exportWorkshops([id], database), SAMPLE_META))
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.workshops[0]?.workshop.reviewPlan?.inForce).toEqual(inForce)
    expect(plannedReviewDates(result.data.workshops[0]!.workshop).map((d) => d.date)).toEqual(['2027-07-01', '2028-01-03'])
  })
})
