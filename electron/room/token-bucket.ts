/** A rate: up to `burst` requests at once, refilled at `perSecond`. */
export interface Rate {
  burst: number
  perSecond: number
}

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

  /** Takes a token when there is one. */
  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.last) / 1000) * this.rate.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
