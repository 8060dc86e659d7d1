import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushAllSaves, flushSave, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, scheduleSave } from '../../../renderer/db/save-queue'
import { useUiStore } from '../../../renderer/store/ui-store'

/** The autosave clock (SPEC §9: every edit persisted within 100 ms), on fake timers. */
beforeEach(() => {
  vi.useFakeTimers()
  useUiStore.setState({ pendingSaves: 0, saveError: false })
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

  it('shows saving while anything is on its way, and a failed save as not saved', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    scheduleSave('a', async () => undefined)
    scheduleSave('b', async () => {
      throw new Error('QuotaExceededError')
    })
    expect(useUiStore.getState().pendingSaves).toBe(2)
    await flushAllSaves()
    expect(useUiStore.getState().pendingSaves).toBe(0)
    expect(useUiStore.getState().saveError).toBe(true)
  })
})
