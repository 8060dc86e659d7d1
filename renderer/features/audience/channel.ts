import type { TimerState } from '../../../shared/domain/timer'

/**
 * The audience view follows the facilitator through a same-origin channel (SPEC §7): in the
 * desktop app between two windows, in the browser edition between two tabs. Only what to show
 * travels here; the content itself comes from the shared database, which both read live.
 */
export const AUDIENCE_CHANNEL = 'smarketing-audience'

export interface AudienceState {
  workshopId: string
  section: string
  blank: boolean
  scale: number
  contrast: boolean
  timer: TimerState | null
  timeboxMinutes: number | null
}

/** `hello` when an audience view opens, `bye` when it closes — so the facilitator's toggle stays true. */
export type AudienceMessage = { type: 'state'; state: AudienceState } | { type: 'hello' } | { type: 'bye' }

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(AUDIENCE_CHANNEL)
}
