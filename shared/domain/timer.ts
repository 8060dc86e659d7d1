/**
 * The countdown of a step (SPEC §7): started, paused, extended, reset. The state holds moments,
 * not a ticking counter, so it is right after a reload or a sleeping laptop.
 */
export interface TimerState {
  /** Added with "+5 min"; the timebox itself comes from the step. */
  extensionMs: number
  /** Time that ran before the last start. */
  elapsedMs: number
  /** When it was last started; null while paused or never started. */
  startedAt: number | null
}

export const EXTEND_MS = 5 * 60_000

export const IDLE_TIMER: TimerState = { extensionMs: 0, elapsedMs: 0, startedAt: null }

export function elapsed(state: TimerState, now: number): number {
  return state.elapsedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt))
}

/** Milliseconds left; negative once the time is up (the overrun is shown, not hidden). */
export function remaining(state: TimerState, timeboxMinutes: number, now: number): number {
  return timeboxMinutes * 60_000 + state.extensionMs - elapsed(state, now)
}

export function isRunning(state: TimerState): boolean {
  return state.startedAt !== null
}

export function start(state: TimerState, now: number): TimerState {
  return isRunning(state) ? state : { ...state, startedAt: now }
}

export function pause(state: TimerState, now: number): TimerState {
  return isRunning(state) ? { ...state, elapsedMs: elapsed(state, now), startedAt: null } : state
}

export function extend(state: TimerState, ms = EXTEND_MS): TimerState {
  return { ...state, extensionMs: state.extensionMs + ms }
}

export function reset(): TimerState {
  return IDLE_TIMER
}

/** `12:05`, `1:02:05`, or `−0:42` once over time (a running clock shows 0:01 until it is up). */
export function formatCountdown(ms: number): string {
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
  return ms < 0 ? `−${body}` : body
}
