import { afterEach, describe, expect, it, vi } from 'vitest'
import { readCrmHead } from '../../../renderer/features/review/crm-reader'

/**
 * Reading the head of a CRM export runs in a worker (issue 13 §1); when the worker cannot run, the
 * person is told the file could not be read instead of being left without an answer. jsdom has no
 * Worker, which is exactly a worker that fails to start.
 */
describe('readCrmHead', () => {
  afterEach(() => vi.restoreAllMocks())

  it('answers unreadable when the worker cannot start', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const bytes = new TextEncoder().encode('Record ID,Became a Marketing Qualified Lead Date\n1,2027-01-05 09:00\n')
    expect(typeof globalThis.Worker).toBe('undefined')
    expect(await readCrmHead(bytes)).toEqual({ ok: false, problem: 'unreadable' })
    expect(error).toHaveBeenCalled()
  })
})
