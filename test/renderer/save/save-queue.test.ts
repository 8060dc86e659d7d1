import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushAllSaves, flushSave, hasPendingSave, RETRY_FIRST_MS, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, scheduleSave } from '../../../renderer/save/save-queue'
import { classifySaveError } from '../../../renderer/save/save-problem'
import { useSaveState } from '../../../renderer/save/save-state'

/** The autosave clock (SPEC §9: every edit persisted within 100 ms), on fake timers. */
beforeEach(() => {
  vi.useFakeTimers()
  useSaveState.setState({ pendingSaves: 0, saveProblem: null })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the save queue', () => {
  it('saves a keystroke shortly after it, well inside the 100 ms budget', async () => {
    const saved: string[] = []
    scheduleSave('goal', async () => void saved.push('a'))
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1)
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saved).toEqual(['a'])
    expect(SAVE_MAX_WAIT_MS).toBeLessThan(100)
  })

  it('saves the newest text of a burst once, at the latest SAVE_MAX_WAIT_MS after the burst began', async () => {
    const saved: string[] = []
    for (const text of ['O', 'On', 'One']) {
      scheduleSave('goal', async () => void saved.push(text))
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 5)
    }
    // Three keys, each before the previous save was due: the wait was capped, not restarted.
    expect(saved).toEqual(['One'])
    expect(3 * (SAVE_DELAY_MS - 5)).toBeGreaterThanOrEqual(SAVE_MAX_WAIT_MS)
  })

  it('saves at once when asked (a field loses focus, the page is hidden)', async () => {
    const saved: string[] = []
    scheduleSave('goal', async () => void saved.push('now'))
    await flushSave('goal')
    expect(saved).toEqual(['now'])
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
    expect(saved).toEqual(['now'])
  })

  it('never lets an older value land after a newer one of the same field', async () => {
    const landed: string[] = []
    let releaseFirst: () => void = () => undefined
    scheduleSave('goal', () => new Promise<void>((resolve) => (releaseFirst = () => (landed.push('old'), resolve()))))
    const first = flushSave('goal')
    scheduleSave('goal', async () => void landed.push('new'))
    const second = flushSave('goal')
    // The first save has started and is still writing when the second is asked for.
    await vi.waitFor(() => expect(landed).toEqual([]))
    await vi.advanceTimersByTimeAsync(0)
    releaseFirst()
    await Promise.all([first, second])
    expect(landed).toEqual(['old', 'new'])
  })

  it('shows saving while anything is on its way', async () => {
    scheduleSave('a', async () => undefined)
    scheduleSave('b', async () => undefined)
    expect(useSaveState.getState().pendingSaves).toBe(2)
    await flushAllSaves()
    expect(useSaveState.getState().pendingSaves).toBe(0)
    expect(useSaveState.getState().saveProblem).toBeNull()
  })

  it('says the storage is full, keeps the edit pending and retries it until it lands', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let room = false
    const written: string[] = []
    const quota = Object.assign(new Error('Dexie: transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') })
    scheduleSave('goal', async () => {
      if (!room) throw quota
      written.push('typed text')
    })
    await flushSave('goal')
    expect(useSaveState.getState().saveProblem).toBe('storageFull')
    // The field keeps showing what was typed while its edit waits for room.
    expect(hasPendingSave('goal')).toBe(true)
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS)
    expect(written).toEqual([])
    expect(useSaveState.getState().saveProblem).toBe('storageFull')
    room = true
    await vi.advanceTimersByTimeAsync(2 * RETRY_FIRST_MS)
    expect(written).toEqual(['typed text'])
    expect(useSaveState.getState().saveProblem).toBeNull()
    expect(useSaveState.getState().pendingSaves).toBe(0)
    expect(hasPendingSave('goal')).toBe(false)
  })

  it('retries the newest edit, not an older one, when the person typed on meanwhile', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const written: string[] = []
    scheduleSave('goal', async () => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await flushSave('goal')
    scheduleSave('goal', async () => void written.push('newer'))
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 4)
    expect(written).toEqual(['newer'])
    expect(useSaveState.getState().saveProblem).toBeNull()
  })

  it('does not retry what is signed: says so until the next save works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let attempts = 0
    scheduleSave('sla', async () => {
      attempts++
      throw Object.assign(new Error('The SLA is signed'), { name: 'SlaLockedError' })
    })
    await flushSave('sla')
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 8)
    expect(attempts).toBe(1)
    expect(useSaveState.getState().saveProblem).toBe('signed')
    expect(hasPendingSave('sla')).toBe(false)
    scheduleSave('goal', async () => undefined)
    await flushSave('goal')
    expect(useSaveState.getState().saveProblem).toBeNull()
  })
})

describe('why a save failed', () => {
  it('reads the reason along Dexie’s and our own error chains', () => {
    expect(classifySaveError(new DOMException('x', 'QuotaExceededError'))).toBe('storageFull')
    expect(classifySaveError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('storageFull')
    expect(classifySaveError(new Error('wrapped', { cause: { name: 'DatabaseClosedError' } }))).toBe('storageUnavailable')
    expect(classifySaveError({ name: 'MissingAPIError' })).toBe('storageUnavailable')
    expect(classifySaveError({ name: 'SignedVersionError' })).toBe('signed')
    expect(classifySaveError({ name: 'ReviewClosedError' })).toBe('signed')
    expect(classifySaveError(new TypeError('x is undefined'))).toBe('unknown')
    expect(classifySaveError('a string')).toBe('unknown')
  })

})
