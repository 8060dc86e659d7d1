/**
 * How a phone waits before trying again (issue 14): after a refusal that passes or a lost
 * connection, twice as long each time, and each wait drawn at random from its upper half, so the
 * room's phones — who all lost the Wi-Fi at the same moment — do not all come back in the same
 * instant ("equal jitter"). Pure, for the participants' page.
 */
export const RETRY_BACKOFF = { firstMs: 1_000, maxMs: 30_000 } as const

/** The wait before retry number `attempt` (0 for the first): between half and all of firstMs · 2^attempt, capped at maxMs. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_BACKOFF.maxMs, RETRY_BACKOFF.firstMs * 2 ** Math.min(Math.max(0, attempt), 20))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
