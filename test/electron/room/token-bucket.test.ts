import { describe, expect, it } from 'vitest'
import { BucketsByAddress, TokenBucket } from '../../../electron/room/token-bucket'

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

describe('TokenBucket.waitMs', () => {
  it('says how long until the next token, and a refill in uneven steps still gives it on time', () => {
    let now = 0
    const bucket = new TokenBucket({ burst: 1, perSecond: 1 / 6 }, () => now)
    expect(bucket.waitMs()).toBe(0)
    expect(bucket.take()).toBe(true)
    expect(bucket.waitMs()).toBe(6_000)
    now = 5_000
    expect(bucket.waitMs()).toBe(1_000)
    expect(bucket.take()).toBe(false)
    now = 6_000
    expect(bucket.take()).toBe(true)
  })
})

describe('BucketsByAddress', () => {
  it('gives each address its own bucket and forgets those full again when it must make room', () => {
    let now = 0
    const buckets = new BucketsByAddress({ burst: 2, perSecond: 1 }, () => now, 2)
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([{ ok: true }, { ok: true }, { ok: false, waitMs: 1_000 }])
    expect(buckets.take('b')).toEqual({ ok: true })
    // Two addresses remembered, neither full: a third is refused rather than forgotten for.
    expect(buckets.take('c')).toEqual({ ok: false, waitMs: 1_000 })
    now = 2_000
    expect(buckets.take('c')).toEqual({ ok: true })
    expect(buckets.size).toBe(1)
  })
})
