import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import * as timer from '../../shared/domain/timer'
import type { StepId } from '../../shared/domain/workshop'

/**
 * Countdown state per workshop and step. It is facilitation state, not workshop content, so it
 * lives here (remembered in this browser's storage across reloads), not in the database.
 */
type Key = `${string}:${StepId}`

interface TimerStore {
  timers: Record<Key, timer.TimerState>
  start(workshopId: string, step: StepId, now?: number): void
  pause(workshopId: string, step: StepId, now?: number): void
  extend(workshopId: string, step: StepId): void
  reset(workshopId: string, step: StepId): void
  toggle(workshopId: string, step: StepId, now?: number): void
}

const keyOf = (workshopId: string, step: StepId): Key => `${workshopId}:${step}`

export function timerOf(timers: Record<Key, timer.TimerState>, workshopId: string, step: StepId): timer.TimerState {
  return timers[keyOf(workshopId, step)] ?? timer.IDLE_TIMER
}

export const useTimerStore = create<TimerStore>()(
  persist(
    (set, get) => {
      const change = (workshopId: string, step: StepId, next: (state: timer.TimerState) => timer.TimerState) =>
        set((s) => ({ timers: { ...s.timers, [keyOf(workshopId, step)]: next(timerOf(s.timers, workshopId, step)) } }))
      return {
        timers: {},
        start: (w, step, now = Date.now()) => change(w, step, (t) => timer.start(t, now)),
        pause: (w, step, now = Date.now()) => change(w, step, (t) => timer.pause(t, now)),
        extend: (w, step) => change(w, step, (t) => timer.extend(t)),
        reset: (w, step) => change(w, step, () => timer.reset()),
        toggle: (w, step, now = Date.now()) => {
          const current = timerOf(get().timers, w, step)
          change(w, step, (t) => (timer.isRunning(current) ? timer.pause(t, now) : timer.start(t, now)))
        }
      }
    },
    { name: 'smarketing.timers', storage: createJSONStorage(() => localStorage), version: 1 }
  )
)
