import { describe, expect, it } from 'vitest'
import { TokenBucket } from '../../../electron/room/token-bucket'

describe('TokenBucket', () => {
  it('gives its burst at once, then one token per 1/rate seconds, never more than the burst', () => {
    let now = 0
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, () => now)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
    now = 400
    expect(bucket.take()).toBe(false)
    now = 500
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
    now = 60_000
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
  })
})
