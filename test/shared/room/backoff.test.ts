import { describe, expect, it } from 'vitest'
import { RETRY_BACKOFF, retryDelay } from '../../../shared/room/backoff'

describe('retryDelay', () => {
  it('doubles with every attempt up to the cap', () => {
    const most = (attempt: number) => retryDelay(attempt, () => 1)
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(most)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, RETRY_BACKOFF.maxMs])
  })

  it('draws each wait from the upper half, so phones that lost the network together come back apart', () => {
    expect(retryDelay(0, () => 0)).toBe(500)
    expect(retryDelay(3, () => 0)).toBe(4_000)
    expect(retryDelay(3, () => 0.5)).toBe(6_000)
    const waits = new Set(Array.from({ length: 50 }, () => retryDelay(4)))
    expect(waits.size).toBeGreaterThan(40)
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(8_000)
      expect(wait).toBeLessThanOrEqual(16_000)
    }
  })
})
