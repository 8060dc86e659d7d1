import 'fake-indexeddb/auto'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useLiveQueryInBackground } from '../../../renderer/db/live-query'
import { itemsOf, updateItem } from '../../../renderer/db/item-repo'
import { createWorkshop, getWorkshop, updateWorkshop, workshopData } from '../../../renderer/db/workshop-repo'
import type { Workshop } from '../../../shared/domain/workshop'
import { freshDb } from './test-db'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en' as const, facilitator: '', date: '2027-01-15' }
let database: ReturnType<typeof freshDb>
let first: Workshop
let second: Workshop

beforeEach(async () => {
  database = freshDb()
  first = await createWorkshop(input, database)
  second = await createWorkshop({ ...input, title: 'Review' }, database)
})
afterEach(async () => {
  await database.dispose()
})

describe('useLiveQueryInBackground', () => {
  it('answers once read, follows every change, and answers nothing of the last id for a new one', async () => {
    const { result, rerender } = renderHook(({ id }) => useLiveQueryInBackground(() => getWorkshop(id, database), [id]), { initialProps: { id: first.id } })
    expect(result.current).toBeUndefined()
    await waitFor(() => expect(result.current?.title).toBe('Kick-off'))

    await act(() => updateWorkshop(first.id, { title: 'Kick-off, day 2' }, database))
    await waitFor(() => expect(result.current?.title).toBe('Kick-off, day 2'))

    rerender({ id: second.id })
    expect(result.current).toBeUndefined()
    await waitFor(() => expect(result.current?.title).toBe('Review'))
  })

  it('keeps the records a save did not change: only the changed ones are new objects', async () => {
    const { result } = renderHook(() => useLiveQueryInBackground(() => workshopData(first.id, database), [first.id]))
    await waitFor(() => expect(result.current).toBeTruthy())
    const before = result.current!

    await act(() => updateWorkshop(first.id, { sharedGoal: 'One team' }, database))
    await waitFor(() => expect(result.current?.workshop.sharedGoal).toBe('One team'))
    const afterGoal = result.current!
    expect(afterGoal.workshop.steps).toBe(before.workshop.steps)
    expect(afterGoal.items).toBe(before.items)
    expect(afterGoal.participants).toBe(before.participants)

    const [area, other] = itemsOf(afterGoal.items, 'friction')
    await act(() => updateItem<'friction'>(area!.id, { notes: 'Every Monday' }, database))
    await waitFor(() => expect(itemsOf(result.current!.items, 'friction')[0]?.notes).toBe('Every Monday'))
    const [changed, unchanged] = itemsOf(result.current!.items, 'friction')
    expect(changed).not.toBe(area)
    expect(unchanged).toBe(other)
  })

  it('throws what the query threw, for the error boundary', async () => {
    const { result } = renderHook(() => {
      try {
        return useLiveQueryInBackground(() => Promise.reject(new Error('The disk is gone')), ['x'])
      } catch (error) {
        return error
      }
    })
    await waitFor(() => expect(result.current).toEqual(new Error('The disk is gone')))
  })
})
