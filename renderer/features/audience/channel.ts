import type { PlanStatus } from '../../../shared/domain/agenda'
import type { TimerState } from '../../../shared/domain/timer'
import { oneOf } from '../../../shared/domain/one-of'
import type { ProjectedRoom } from '../room/projected-room'
import type { Language } from '../../../shared/domain/language'

/**
 * The audience view follows the facilitator through a same-origin channel (SPEC §7): in the
 * desktop app between two windows, in the browser edition between two tabs. Only what to show
 * travels here; the content itself comes from the shared database, which both read live.
 */
export const AUDIENCE_CHANNEL = 'smarketing-audience'

/**
 * Parts of a screen the audience view can show on their own, in large type, while the facilitator
 * works in them. Each facilitator section that is one carries `data-audience-focus="<key>"`.
 */
export const FOCUS_KEYS = ['agenda', 'givesGets', 'mql', 'calculator', 'signing', 'parking'] as const
export type FocusKey = (typeof FOCUS_KEYS)[number]
export const FOCUS_ATTRIBUTE = 'data-audience-focus'

export const isFocusKey = oneOf(FOCUS_KEYS)

export interface AudienceState {
  workshopId: string
  /** The language the facilitator's screen speaks: the projector follows a switch at once (SPEC §7). */
  uiLanguage: Language
  section: string
  blank: boolean
  scale: number
  contrast: boolean
  timer: TimerState | null
  timeboxMinutes: number | null
  /** The marked part of the screen the facilitator is working in, if any. */
  focus: FocusKey | null
  /** Ahead of or behind plan, as the facilitator's laptop reckons it from its timers. */
  plan: PlanStatus | null
  /** The open room of this workshop: how phones join and what the facilitator chose to show. The join address is in no database. */
  room: ProjectedRoom | null
}

/** `hello` when an audience view opens, `bye` when it closes — so the facilitator's toggle stays true. */
export type AudienceMessage = { type: 'state'; state: AudienceState } | { type: 'hello' } | { type: 'bye' }

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(AUDIENCE_CHANNEL)
}
