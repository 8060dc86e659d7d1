import { describe, expect, it } from 'vitest'
import { extend, formatCountdown, IDLE_TIMER, isRunning, pause, remaining, reset, start } from '../../../shared/domain/timer'

describe('step countdown', () => {
  const minute = 60_000
  it('counts down while running and holds while paused', () => {
    let t = start(IDLE_TIMER, 0)
    expect(remaining(t, 10, 3 * minute)).toBe(7 * minute)
    t = pause(t, 3 * minute)
    expect(isRunning(t)).toBe(false)
    expect(remaining(t, 10, 60 * minute)).toBe(7 * minute)
    t = start(t, 60 * minute)
    expect(remaining(t, 10, 61 * minute)).toBe(6 * minute)
  })

  it('extends by five minutes and shows the overrun once time is up', () => {
    let t = start(IDLE_TIMER, 0)
    expect(remaining(t, 1, 2 * minute)).toBe(-minute)
    expect(formatCountdown(remaining(t, 1, 2 * minute))).toBe('−1:00')
    t = extend(t)
    expect(remaining(t, 1, 2 * minute)).toBe(4 * minute)
    expect(reset()).toEqual(IDLE_TIMER)
  })

  it('formats minutes, hours and the last second', () => {
    expect(formatCountdown(12 * minute + 5_000)).toBe('12:05')
    expect(formatCountdown(62 * minute + 5_000)).toBe('1:02:05')
    expect(formatCountdown(400)).toBe('0:01')
    expect(formatCountdown(0)).toBe('0:00')
  })
})
