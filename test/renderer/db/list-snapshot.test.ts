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

const overview = (sla: WorkshopOverview['sla'] = {}): WorkshopOverview => ({ active: [], activeCount: 0, trash: [], trashCount: 0, sla, reviewedPeriods: {} })

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
    // It could not tell a copy out of date any more: none is kept there from now on.
    const saved = vi.spyOn(refusing, 'setItem')
    saveListSnapshot('smarketing-studio/v7', overview(), '', refusing)
    expect(saved).not.toHaveBeenCalled()
    expect(takeListSnapshot('smarketing-studio/v7', null)).toBeUndefined()
  })

  it('is read again after the start and once a burst of writes has settled, and kept', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const workshop = await createWorkshop(input, database)
    const read = vi.fn(async () => overview())
    const stop = keepListSnapshot('smarketing-studio/v7', read, 1000)
    try {
      // Once after the start: a copy that fell behind (a write whose generation was lost) is drawn at one start at most.
      await vi.advanceTimersByTimeAsync(1000)
      expect(read).toHaveBeenCalledTimes(1)
      await vi.waitFor(() => expect(takeListSnapshot('smarketing-studio/v7')).toEqual(overview()))

      for (const title of ['K', 'Ki', 'Kic', 'Kick']) {
        await updateWorkshop(workshop.id, { title }, database)
        await vi.advanceTimersByTimeAsync(400)
      }
      expect(read).toHaveBeenCalledTimes(1)
      expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
      await vi.advanceTimersByTimeAsync(600)
      expect(read).toHaveBeenCalledTimes(2)
      await vi.waitFor(() => expect(takeListSnapshot('smarketing-studio/v7')).toEqual(overview()))
    } finally {
      stop()
    }
  })

  it('keeps nothing of a read during which a write was issued, as the app starts', async () => {
    const workshop = await createWorkshop({ ...input, title: 'Old title' }, database)
    const reading = readListEarly(1000, database)
    // Issued while the first frame is read: whichever the read saw, it is not kept.
    const writing = database.workshops.put({ ...workshop, title: 'New title' })
    await Promise.all([reading, writing])
    expect(earlyListAnswer()?.active).toHaveLength(1)
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
  })

  it('keeps nothing of a read during which a write was issued, after writes settle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let answer: (value: WorkshopOverview) => void = () => undefined
    const stop = keepListSnapshot('smarketing-studio/v7', () => new Promise((resolve) => (answer = resolve)), 1000)
    try {
      await vi.advanceTimersByTimeAsync(1000)
      await createWorkshop(input, database)
      answer(overview())
      await vi.advanceTimersByTimeAsync(0)
      expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
    } finally {
      stop()
    }
  })

  it('is dropped once per transaction, and not by writes to tables the list does not show', async () => {
    const workshop = await createWorkshop(input, database)
    const before = dataGeneration()
    await database.items.add({ ...(await database.items.where('workshopId').equals(workshop.id).first())!, id: 'extra' })
    expect(dataGeneration()).toBe(before)
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    await database.transaction('rw', database.workshops, async () => {
      for (const title of ['A', 'B', 'C']) await database.workshops.update(workshop.id, { title })
    })
    expect(setItem.mock.calls.filter(([key]) => key === GENERATION_KEY)).toHaveLength(1)
    expect(dataGeneration()).not.toBe(before)
  })
})

describe("the app's database as the app starts", () => {
  it('is made on its first use, not while the first page loads, and tells its identity without being made', async () => {
    vi.resetModules()
    const { default: Dexie } = await import('dexie')
    const declared = vi.spyOn(Dexie.prototype, 'version')
    try {
      const fresh = await import('../../../renderer/db/db')
      expect(fresh.schemaIdentity(fresh.db)).toBe('smarketing-studio/v7')
      expect(declared).not.toHaveBeenCalled()
      expect(fresh.db.tables.map((table) => table.name)).toContain('workshops')
      expect(declared).toHaveBeenCalledTimes(fresh.SCHEMA_VERSION)
      // The identity told without the database is the one the database has.
      expect(fresh.schemaIdentity(fresh.db)).toBe(`${fresh.db.name}/v${fresh.db.verno}`)
    } finally {
      declared.mockRestore()
    }
  })
})
