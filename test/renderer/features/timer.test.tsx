import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StepTimer } from '../../../renderer/features/steps/StepTimer'
import { useTimerStore } from '../../../renderer/store/timer-store'

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2027-01-15T09:00:00Z'), toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] })
  useTimerStore.setState({ timers: {} })
  localStorage.clear()
})
afterEach(() => {
  vi.useRealTimers()
})

const countdown = () => screen.getByRole('timer').textContent

describe('step timer', () => {
  it('starts, pauses, extends, signals time up and survives a reload', async () => {
    const view = render(<StepTimer workshopId="w1" step="awareness" timeboxMinutes={2} />)
    expect(countdown()).toBe('2:00')
    act(() => screen.getByRole('button', { name: 'Start' }).click())
    act(() => vi.advanceTimersByTime(30_000))
    expect(countdown()).toBe('1:30')
    act(() => screen.getByRole('button', { name: 'Pause' }).click())
    act(() => vi.advanceTimersByTime(60_000))
    expect(countdown()).toBe('1:30')
    act(() => screen.getByRole('button', { name: 'Continue' }).click())
    act(() => vi.advanceTimersByTime(91_000))
    expect(screen.getByText('Time is up')).toBeInTheDocument()
    expect(countdown()).toBe('−0:01')
    act(() => screen.getByRole('button', { name: /Add 5 minutes/ }).click())
    expect(screen.queryByText('Time is up')).not.toBeInTheDocument()
    expect(countdown()).toBe('4:59')

    // A reload: the store is rebuilt from what it wrote to storage; the clock went on meanwhile.
    view.unmount()
    const stored = localStorage.getItem('smarketing.timers')
    expect(stored).toContain('w1:awareness')
    useTimerStore.setState({ timers: {} })
    localStorage.setItem('smarketing.timers', stored!)
    act(() => vi.advanceTimersByTime(59_000))
    await act(() => useTimerStore.persist.rehydrate())
    render(<StepTimer workshopId="w1" step="awareness" timeboxMinutes={2} />)
    expect(countdown()).toBe('4:00')
    act(() => screen.getByRole('button', { name: 'Reset' }).click())
    expect(countdown()).toBe('2:00')
  })
})
