import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCountdown, isRunning, remaining } from '../../../shared/domain/timer'
import type { StepId } from '../../../shared/domain/workshop'
import { timerOf, useTimerStore } from '../../store/timer-store'
import './steps.css'

/** Re-renders every second while a countdown runs. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [active])
  return now
}

/** The countdown of the step, always in view while working in it (SPEC §7). */
export function StepTimer({ workshopId, step, timeboxMinutes }: { workshopId: string; step: StepId; timeboxMinutes: number }) {
  const { t } = useTranslation()
  const state = useTimerStore((s) => timerOf(s.timers, workshopId, step))
  const { toggle, extend, reset } = useTimerStore.getState()
  const running = isRunning(state)
  const now = useNow(running)
  const left = remaining(state, timeboxMinutes, now)
  const up = left <= 0
  const started = running || state.elapsedMs > 0
  return (
    <div className={`step-timer ${up ? 'time-up' : ''} ${running ? 'running' : ''}`} role="group" aria-label={t('timer.label')}>
      <span className="countdown" aria-hidden="true">
        {formatCountdown(left)}
      </span>
      <span className="visually-hidden" role="timer">
        {formatCountdown(left)}
      </span>
      {up && started && (
        <span className="time-up-note" role="status">
          {t('timer.up')}
        </span>
      )}
      <div className="timer-buttons">
        <button type="button" className="button small" onClick={() => toggle(workshopId, step)}>
          {running ? t('timer.pause') : started ? t('timer.resume') : t('timer.start')}
        </button>
        <button type="button" className="button small quiet" onClick={() => extend(workshopId, step)} title={t('timer.extendLong')}>
          {t('timer.extend')}
          <span className="visually-hidden"> ({t('timer.extendLong')})</span>
        </button>
        <button type="button" className="button small quiet" onClick={() => reset(workshopId, step)} disabled={!started && state.extensionMs === 0}>
          {t('timer.reset')}
        </button>
      </div>
    </div>
  )
}
