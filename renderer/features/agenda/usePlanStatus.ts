import { useEffect, useMemo, useState } from 'react'
import { agendaSchedule, planStatus, roomClock, type PlanStatus, type StepProgress } from '../../../shared/domain/agenda'
import { elapsed, isRunning } from '../../../shared/domain/timer'
import { STEP_IDS, type StepId, type Workshop } from '../../../shared/domain/workshop'
import { timerOf, useTimerStore } from '../../store/timer-store'

/** Minutes are what the room reads; a fresh look every ten seconds is live enough. */
const TICK_MS = 10_000

/**
 * Ahead of or behind plan, live, from the step timers and the clock. The answer only changes
 * identity when it changes, so a screen that passes it on re-renders once a minute at most.
 */
export function usePlanStatus(workshop: Workshop | null | undefined): PlanStatus | null {
  const timers = useTimerStore((s) => s.timers)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(id)
  }, [])
  const agenda = workshop?.agenda
  const steps = workshop?.steps
  const schedule = useMemo(() => (agenda && steps ? agendaSchedule(agenda, steps) : null), [agenda, steps])
  const kind = (() => {
    if (!workshop || !schedule || !steps) return null
    const { date, id } = workshop
    const progress = Object.fromEntries(
      STEP_IDS.map((step): [StepId, StepProgress] => {
        const state = timerOf(timers, id, step)
        return [step, { elapsedMs: elapsed(state, now), running: isRunning(state), completed: steps[step].completed }]
      })
    )
    return planStatus(schedule, progress, date, roomClock(new Date(now)))
  })()
  const minutes = kind && 'minutes' in kind ? kind.minutes : null
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the status is the same while kind and minutes are
  return useMemo(() => kind, [kind?.kind, minutes])
}
