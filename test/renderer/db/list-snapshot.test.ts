import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SmarketingDb } from '../../../renderer/db/db'
import {
  dataGeneration,
  GENERATION_KEY,
  keepListSnapshot,
  markDataChanged,
  saveListSnapshot,
  SNAPSHOT_KEY,
  takeListSnapshot
} from '../../../renderer/db/list-snapshot'
import { createWorkshop, earlyListAnswer, forgetEarlyList, readListEarly, updateWorkshop, type WorkshopOverview } from '../../../renderer/db/workshop-repo'
import { freshDb } from './test-db'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'de' as const, facilitator: 'Eva', date: '2027-01-15' }

/** The same database as the app would open it, but one whose every read hangs, as while IndexedDB opens. */
function stuckTwin(database: SmarketingDb): SmarketingDb {
  return { name: database.name, verno: database.verno, transaction: () => new Promise(() => undefined) } as unknown as SmarketingDb
}

const overview = (sla: WorkshopOverview['sla'] = {}): WorkshopOverview => ({ active: [], activeCount: 0, trash: [], sla, reviewedPeriods: {} })

let database: ReturnType<typeof freshDb>
beforeEach(() => {
  localStorage.clear()
  database = freshDb()
})
afterEach(async () => {
  forgetEarlyList()
  vi.useRealTimers()
  await database.dispose()
})

describe("the list's first frame kept for the next start (SPEC §9 start-up)", () => {
  it('draws the next start from the snapshot, without waiting for the database', async () => {
    await createWorkshop({ ...input, title: 'Kick-off Vertrieb' }, database)
    await readListEarly(1000, database)
    forgetEarlyList()

    // The next start: the database has not answered yet, and no timer has run.
    vi.useFakeTimers()
    let settled = false
    void readListEarly(300, stuckTwin(database)).then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(true)
    expect(earlyListAnswer()?.active.map((w) => w.title)).toEqual(['Kick-off Vertrieb'])
    expect(earlyListAnswer()?.activeCount).toBe(1)
  })

  it('is dropped by any write, so the next start reads what is stored now', async () => {
    const workshop = await createWorkshop({ ...input, title: 'Old title' }, database)
    await readListEarly(1000, database)
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull()
    const before = dataGeneration()

    await updateWorkshop(workshop.id, { title: 'New title' }, database)
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
    expect(dataGeneration()).not.toBe(before)

    forgetEarlyList()
    await readListEarly(1000, database)
    expect(earlyListAnswer()?.active.map((w) => w.title)).toEqual(['New title'])
  })

  it('never keeps the answer of a read that began before a write', () => {
    const generation = dataGeneration()
    markDataChanged()
    saveListSnapshot('smarketing-studio/v7', overview(), generation)
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
    expect(takeListSnapshot('smarketing-studio/v7')).toBeUndefined()
  })

  it("belongs to one database and schema version; another's, another build's or a damaged one is ignored", () => {
    saveListSnapshot('smarketing-studio/v7', overview(), dataGeneration())
    expect(takeListSnapshot('smarketing-studio/v7')).toEqual(overview())
    expect(takeListSnapshot('smarketing-studio/v8')).toBeUndefined()
    expect(takeListSnapshot('test-db/v7')).toBeUndefined()

    const stored = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? '')
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ ...stored, build: 'https://example.org/assets/index-older.js' }))
    expect(takeListSnapshot('smarketing-studio/v7')).toBeUndefined()
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ ...stored, answer: { ...stored.answer, active: 'not a list' } }))
    expect(takeListSnapshot('smarketing-studio/v7')).toBeUndefined()
    localStorage.setItem(SNAPSHOT_KEY, '{"build":')
    expect(takeListSnapshot('smarketing-studio/v7')).toBeUndefined()
  })

  it("keeps no seal's verdict: a signed version is checked again before it is called signed", () => {
    saveListSnapshot('smarketing-studio/v7', overview({ a: { number: 2, state: 'signed', sealOk: true }, b: { number: 1, state: 'draft' } }), dataGeneration())
    expect(takeListSnapshot('smarketing-studio/v7')?.sla).toEqual({ a: { number: 2, state: 'signed' }, b: { number: 1, state: 'draft' } })
  })

  it('lives without a storage that refuses writes', () => {
    const refusing = {
      getItem: (key: string) => (key === SNAPSHOT_KEY ? '{}' : null),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: vi.fn()
    } as unknown as Storage
    expect(() => saveListSnapshot('smarketing-studio/v7', overview(), '', refusing)).not.toThrow()
    expect(() => markDataChanged(refusing)).not.toThrow()
    expect(refusing.removeItem).toHaveBeenCalledWith(SNAPSHOT_KEY)
    expect(takeListSnapshot('smarketing-studio/v7', null)).toBeUndefined()
  })

  it('is read again once a burst of writes has settled, and kept', async () => {
    const read = vi.fn(async () => overview())
    const stop = keepListSnapshot('smarketing-studio/v7', read, 30)
    try {
      const workshop = await createWorkshop(input, database)
      for (const title of ['K', 'Ki', 'Kic', 'Kick']) await updateWorkshop(workshop.id, { title }, database)
      expect(read).not.toHaveBeenCalled()
      expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
      await vi.waitFor(() => expect(takeListSnapshot('smarketing-studio/v7')).toEqual(overview()))
      expect(read).toHaveBeenCalledTimes(1)
      expect(localStorage.getItem(GENERATION_KEY)).toBe(dataGeneration())
    } finally {
      stop()
    }
  })
})
