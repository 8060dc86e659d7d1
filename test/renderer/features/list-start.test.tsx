import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db, schemaIdentity, type SmarketingDb } from '../../../renderer/db/db'
import { dataGeneration, saveListSnapshot, SNAPSHOT_KEY } from '../../../renderer/db/list-snapshot'
import type { Workshop } from '../../../shared/domain/workshop'
import {
  createWorkshop,
  earlyListAnswer,
  forgetEarlyList,
  LIST_FIRST_FRAME,
  readListEarly,
  updateWorkshop,
  type CurrentVersionState
} from '../../../renderer/db/workshop-repo'
import { WorkshopCard } from '../../../renderer/features/workshops/WorkshopCard'
import { newWorkshop } from '../../../shared/domain/new-workshop'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en' as const, facilitator: 'Eva', date: '2027-01-15' }

afterEach(async () => {
  forgetEarlyList()
  vi.useRealTimers()
  await Promise.all(db.tables.map((table) => table.clear()))
  window.location.hash = ''
})

describe('the list as the app starts (SPEC §9 start-up)', () => {
  it('draws the workshops in its first render when they were read as the app started', async () => {
    await createWorkshop({ ...input, title: 'Kick-off Vertrieb' })
    await readListEarly(1000)
    render(<App />)
    // No waiting: the first render has them (a live query alone answers only after it).
    expect(screen.getByRole('link', { name: 'Kick-off Vertrieb' })).toBeInTheDocument()
  })

  it('shows that early answer once: the next visit of the list reads what is stored now', async () => {
    const workshop = await createWorkshop({ ...input, title: 'Old title' })
    await readListEarly(1000)
    const first = render(<App />)
    expect(screen.getByRole('link', { name: 'Old title' })).toBeInTheDocument()
    first.unmount()
    await updateWorkshop(workshop.id, { title: 'New title' })
    render(<App />)
    expect(screen.queryByRole('link', { name: 'Old title' })).not.toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'New title' })).toBeInTheDocument()
  })

  it('does not keep the window blank when the database is slow to answer', async () => {
    vi.useFakeTimers()
    // A database whose read never ends, as one whose upgrade another window holds up.
    const stuck = { transaction: () => new Promise(() => undefined) } as unknown as SmarketingDb
    let settled = false
    void readListEarly(300, stuck).then(() => (settled = true))
    await act(() => vi.advanceTimersByTimeAsync(299))
    expect(settled).toBe(false)
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(settled).toBe(true)
    expect(earlyListAnswer()).toBeUndefined()
  })

  it('offers "Show all" only for workshops beyond the first page, also while the first frame is drawn', async () => {
    for (let i = 1; i <= 10; i++) await createWorkshop({ ...input, title: `Workshop ${String(i).padStart(2, '0')}` }, db, i)
    await readListEarly(1000)
    expect(earlyListAnswer()?.active.length).toBeLessThan(10)
    render(<App />)
    // The first frame has fewer cards than the page; the rest of the page is on its way, not hidden.
    expect(screen.getByRole('link', { name: 'Workshop 10' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument()
    await vi.waitFor(() => expect(screen.getByRole('list', { name: 'Workshops' }).children).toHaveLength(10))
    expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument()
  })

  it('draws the whole first page, the first cards first', async () => {
    for (let i = 1; i <= 30; i++) await createWorkshop({ ...input, title: `Workshop ${String(i).padStart(2, '0')}` }, db, i)
    await readListEarly(1000)
    // As the app starts, only the first frame's records are read; the count covers all of them.
    expect(earlyListAnswer()?.active.map((w) => w.title)).toEqual(['Workshop 30', 'Workshop 29', 'Workshop 28', 'Workshop 27', 'Workshop 26', 'Workshop 25'].slice(0, LIST_FIRST_FRAME))
    expect(earlyListAnswer()?.activeCount).toBe(30)
    render(<App />)
    expect(screen.getByRole('link', { name: 'Workshop 30' })).toBeInTheDocument()
    // The button counts every workshop from the first render on, not the cards that have arrived.
    expect(screen.getByRole('button', { name: 'Show all 30 workshops' })).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Workshops' })
    await vi.waitFor(() => expect(list.children).toHaveLength(24))
    expect(screen.getByRole('link', { name: 'Workshop 07' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show all 30 workshops' })).toBeInTheDocument()
  })
})

describe("a card drawn from the list's snapshot (list-snapshot.ts)", () => {
  const workshop = newWorkshop('w-1', { ...input, title: 'Signed SLA' }, Date.UTC(2027, 0, 10))
  const card = (sla: CurrentVersionState) => <ul><WorkshopCard workshop={workshop} sla={sla} reviewedPeriods={[]} onAction={() => undefined} /></ul>

  it('calls a version signed only once its seal has been checked', () => {
    const { rerender } = render(card({ number: 1, state: 'signed' }))
    expect(screen.getByText('Version 1')).toBeInTheDocument()
    expect(screen.queryByText(/Signed$/)).not.toBeInTheDocument()
    rerender(card({ number: 1, state: 'signed', sealOk: true }))
    expect(screen.getByText('Version 1 · Signed')).toBeInTheDocument()
    rerender(card({ number: 1, state: 'signed', sealOk: false }))
    expect(screen.getByText('Version 1 · Does not match its seal')).toBeInTheDocument()
    rerender(card({ number: 2, state: 'draft' }))
    expect(screen.getByText('Version 2 · Draft')).toBeInTheDocument()
  })
})

describe('a snapshot the list cannot draw', () => {
  it('is dropped when the first frame fails, so that "Reload" reads the database instead', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const broken = { active: [{ id: 'w-1' } as Workshop], activeCount: 1, trash: [], trashCount: 0, sla: {}, reviewedPeriods: {} }
    saveListSnapshot(schemaIdentity(db), broken, dataGeneration())
    await readListEarly(300)
    expect(earlyListAnswer()).toEqual(broken)
    render(<App />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Reload')
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull()
    vi.restoreAllMocks()
  })
})
