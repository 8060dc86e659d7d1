/** A rate: up to `burst` requests at once, refilled at `perSecond`. */
export interface Rate {
  burst: number
  perSecond: number
}

/** `count` at once, and `count` again each minute. */
export const perMinute = (count: number): Rate => ({ burst: count, perSecond: count / 60 })

/** Refills add up in binary fractions (six times 1/6 s of a token is 0.999…): this much short of a token counts as one. */
const ROUNDING = 1e-9

/**
 * A token bucket: each request takes a token, tokens come back at a steady rate up to the
 * burst. `now` is in milliseconds (the server's clock, a fake one in tests).
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number
  ) {
    this.tokens = rate.burst
    this.last = now()
  }

  private refill(): void {
    const now = this.now()
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.last) / 1000) * this.rate.perSecond)
    this.last = now
  }

  /** Takes a token when there is one. */
  take(): boolean {
    this.refill()
    if (this.tokens < 1 - ROUNDING) return false
    this.tokens = Math.max(0, this.tokens - 1)
    return true
  }

  /** Milliseconds until take() would give a token again; 0 when it would now. */
  waitMs(): number {
    this.refill()
    return this.tokens >= 1 - ROUNDING ? 0 : Math.ceil(((1 - this.tokens) / this.rate.perSecond) * 1000 - ROUNDING * 1000)
  }

  /** Back to its burst: nothing in it any one should remember. */
  get full(): boolean {
    this.refill()
    return this.tokens >= this.rate.burst - ROUNDING
  }
}

/** A take() that was refused, and how long until the next one is given. */
export type Taken = { ok: true } | { ok: false; waitMs: number }

/**
 * One bucket per remote address (code attempts, joins): one address cannot use up what the room
 * gives everybody. Buckets that are full again are forgotten, so the map holds only the addresses
 * active in the last moments; beyond `maxAddresses` of those, every new address is refused until
 * some are full again — a flood from thousands of addresses stays a flood of refusals.
 */
export class BucketsByAddress {
  private buckets = new Map<string, TokenBucket>()

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number,
    private readonly maxAddresses = 10_000
  ) {}

  take(address: string): Taken {
    let bucket = this.buckets.get(address)
    if (bucket === undefined) {
      if (this.buckets.size >= this.maxAddresses) this.forgetFull()
      if (this.buckets.size >= this.maxAddresses) return { ok: false, waitMs: Math.ceil(1000 / this.rate.perSecond) }
      bucket = new TokenBucket(this.rate, this.now)
      this.buckets.set(address, bucket)
    }
    return bucket.take() ? { ok: true } : { ok: false, waitMs: bucket.waitMs() }
  }

  /** How many addresses are remembered (for tests). */
  get size(): number {
    return this.buckets.size
  }

  private forgetFull(): void {
    for (const [address, bucket] of this.buckets) if (bucket.full) this.buckets.delete(address)
  }
}
