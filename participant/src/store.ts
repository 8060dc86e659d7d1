import type { Team } from '../../shared/domain/workshop'
import type { AgreeAnswer } from '../../shared/room/kinds'
import type { SubmitRequest } from '../../shared/room/contract'

/**
 * What this phone keeps while the page lives in this tab (sessionStorage, one entry per room
 * secret): who it joined as, what it answered, and the answers not yet confirmed by the room.
 * A reload or a phone that slept sends those again with the same key, and the room counts them
 * once. Nothing of it ever leaves the phone but the answers themselves.
 */
export interface PhoneState {
  participant?: string
  team?: Team
  /** Sent or about to be sent, not yet confirmed: each with its idempotency key. */
  outbox: SubmitRequest[]
  /** `<question> <area>` → the rating given. */
  ratings: Record<string, number>
  /** Question → the options the dots went to, as last sent. */
  dots: Record<string, string[]>
  agree: Record<string, AgreeAnswer>
  cardsSent: Record<string, number>
}

const empty = (): PhoneState => ({ outbox: [], ratings: {}, dots: {}, agree: {}, cardsSent: {} })

export function loadState(secret: string): PhoneState {
  try {
    const saved = sessionStorage.getItem(storageKey(secret))
    return saved === null ? empty() : { ...empty(), ...(JSON.parse(saved) as Partial<PhoneState>) }
  } catch {
    // Storage refused (a private tab that is full): the page works without it, only a reload forgets.
    return empty()
  }
}

export function saveState(secret: string, state: PhoneState): void {
  try {
    sessionStorage.setItem(storageKey(secret), JSON.stringify(state))
  } catch {
    // As above: the answers still go out; only a reload would not resend them.
  }
}

const storageKey = (secret: string) => `smarketing-room:${secret}`

/**
 * An idempotency key: 128 random bits in hex. getRandomValues, not randomUUID: the room is plain
 * HTTP on a private address, not a secure context, where randomUUID does not exist.
 */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
