import 'fake-indexeddb/auto'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useLiveQueryInBackground } from '../../../renderer/db/live-query'
import { createWorkshop, getWorkshop, updateWorkshop } from '../../../renderer/db/workshop-repo'
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
