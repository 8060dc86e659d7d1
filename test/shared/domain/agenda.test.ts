import { describe, expect, it } from 'vitest'
import {
  agendaSchedule,
  defaultAgenda,
  formatClockTime,
  formatDuration,
  normalizeAgenda,
  planStatus,
  stepsOnlyAgenda,
  type Agenda,
  type StepProgress
} from '../../../shared/domain/agenda'
import { DEFAULT_TIMEBOX_MINUTES, STEP_IDS, type StepId, type StepRecord } from '../../../shared/domain/workshop'

const steps = (minutes: Partial<Record<StepId, number>> = {}): Record<StepId, StepRecord> =>
  Object.fromEntries(STEP_IDS.map((step) => [step, { completed: false, timeboxMinutes: minutes[step] ?? DEFAULT_TIMEBOX_MINUTES[step] }])) as Record<
    StepId,
    StepRecord
  >

const at = (hh: number, mm: number) => ({ date: '2027-03-04', minute: hh * 60 + mm })
const min = 60_000

describe('agenda schedule', () => {
  it('plans the default day from 9:00: steps with their timeboxes, two coffee breaks and lunch, ending at 15:00', () => {
    const schedule = agendaSchedule(defaultAgenda('de'), steps())
    const rows = schedule.entries.map((p) => [p.entry.kind === 'step' ? p.entry.step : p.entry.name, formatClockTime(p.start, 'de-DE'), formatClockTime(p.end, 'de-DE')])
    expect(rows).toEqual([
      ['awareness', '09:00', '10:00'],
      ['closedLoop', '10:00', '10:45'],
      ['Kaffeepause', '10:45', '11:00'],
      ['language', '11:00', '12:00'],
      ['Mittagspause', '12:00', '12:45'],
      ['sla', '12:45', '14:15'],
      ['Kaffeepause', '14:15', '14:30'],
      ['keepAtIt', '14:30', '15:00']
    ])
    expect(schedule).toMatchObject({ start: 540, end: 900, totalMinutes: 360, breakMinutes: 75 })
  })

  it("takes every step's length from its timebox, so a changed timebox moves everything after it", () => {
    const agenda: Agenda = { ...defaultAgenda('en'), startTime: '08:30' }
    const schedule = agendaSchedule(agenda, steps({ closedLoop: 60 }))
    expect(schedule.entries[2]).toMatchObject({ entry: { kind: 'break', name: 'Coffee break' }, start: 8 * 60 + 30 + 120, end: 8 * 60 + 30 + 135 })
    expect(schedule.totalMinutes).toBe(375)
  })

  it('counts a broken timebox as nothing instead of poisoning the total', () => {
    const schedule = agendaSchedule(stepsOnlyAgenda(), steps({ sla: Number.NaN, language: -5 }))
    expect(schedule.totalMinutes).toBe(60 + 45 + 30)
    expect(agendaSchedule(stepsOnlyAgenda(), steps({ sla: 1e300 })).totalMinutes).toBe(60 + 45 + 60 + 24 * 60 + 30)
  })

  it('keeps every step exactly once, whatever a stored agenda lost or repeated', () => {
    const broken: Agenda = {
      startTime: '25:00',
      entries: [{ kind: 'step', step: 'sla' }, { kind: 'break', id: 'b', name: 'Pause', minutes: 10 }, { kind: 'step', step: 'sla' }]
    }
    const normal = normalizeAgenda(broken)
    expect(normal.startTime).toBe('09:00')
    expect(normal.entries.map((e) => (e.kind === 'step' ? e.step : e.id))).toEqual(['sla', 'b', 'awareness', 'closedLoop', 'language', 'keepAtIt'])
  })

  it('writes times and durations the way each locale does', () => {
    expect(formatClockTime(13 * 60 + 5, 'de-DE')).toBe('13:05')
    expect(formatClockTime(24 * 60 + 30, 'en-GB')).toBe('00:30')
    expect(formatDuration(375, 'de-DE')).toBe('6 Std. 15 Min.')
    expect(formatDuration(45, 'de-DE')).toBe('45 Min.')
    expect(formatDuration(120, 'en-GB')).toMatch(/^2 hr/)
  })
})

describe('ahead of or behind plan', () => {
  const schedule = agendaSchedule(defaultAgenda('de'), steps())
  const date = '2027-03-04'
  const running = (elapsedMin: number): StepProgress => ({ elapsedMs: elapsedMin * min, running: true, completed: false })
  const paused = (elapsedMin: number, completed = false): StepProgress => ({ elapsedMs: elapsedMin * min, running: false, completed })

  it('says nothing live on another day than the workshop day', () => {
    expect(planStatus(schedule, { awareness: running(10) }, '2027-03-05', at(9, 10))).toEqual({ kind: 'notToday' })
  })

  it('before the start nothing has begun; once the start passes without a timer the room is behind', () => {
    expect(planStatus(schedule, {}, date, at(8, 50))).toEqual({ kind: 'notStarted' })
    expect(planStatus(schedule, {}, date, at(9, 12))).toEqual({ kind: 'behind', minutes: 12 })
  })

  it('a step started ten minutes late stays ten minutes behind while it runs within its timebox', () => {
    expect(planStatus(schedule, { awareness: running(20) }, date, at(9, 30))).toEqual({ kind: 'behind', minutes: 10 })
    expect(planStatus(schedule, { awareness: running(50) }, date, at(10, 0))).toEqual({ kind: 'behind', minutes: 10 })
  })

  it('on time is on plan, and so is less than a minute off', () => {
    expect(planStatus(schedule, { awareness: running(30) }, date, at(9, 30))).toEqual({ kind: 'onPlan' })
    expect(planStatus(schedule, { awareness: running(30) }, date, { date, minute: 9 * 60 + 30.5 })).toEqual({ kind: 'onPlan' })
  })

  it('an overrun of the timebox counts against the plan', () => {
    // Step 1 ran its 60 minutes and 15 more, started on time: at 10:15 the room should be in step 2.
    expect(planStatus(schedule, { awareness: running(75) }, date, at(10, 15))).toEqual({ kind: 'behind', minutes: 15 })
  })

  it('finishing a step early puts the room ahead', () => {
    const progress = { awareness: paused(60, true), closedLoop: running(10) }
    // Step 2 planned from 10:00; it has run 10 minutes at 9:55, so the room is 15 minutes ahead.
    expect(planStatus(schedule, progress, date, at(9, 55))).toEqual({ kind: 'ahead', minutes: 15 })
    expect(planStatus(schedule, { awareness: paused(40, true) }, date, at(9, 45))).toEqual({ kind: 'ahead', minutes: 15 })
  })

  it('a planned break after a finished step does not count as falling behind, a longer one does', () => {
    const progress = { awareness: paused(60, true), closedLoop: paused(45) }
    expect(planStatus(schedule, progress, date, at(10, 55))).toEqual({ kind: 'onPlan' })
    expect(planStatus(schedule, progress, date, at(11, 8))).toEqual({ kind: 'behind', minutes: 8 })
  })

  it('a paused step in the middle is behind by the time it stands still', () => {
    expect(planStatus(schedule, { awareness: paused(20) }, date, at(9, 35))).toEqual({ kind: 'behind', minutes: 15 })
  })

  it('follows the running step wherever it sits in the plan', () => {
    // Step 4 (planned 12:45–14:15) started at 12:30 and has run 20 minutes at 12:50: 15 ahead.
    expect(planStatus(schedule, { awareness: paused(60), sla: running(20) }, date, at(12, 50))).toEqual({ kind: 'ahead', minutes: 15 })
  })

  it('is done once every step is finished and no timer runs', () => {
    const all = Object.fromEntries(STEP_IDS.map((step) => [step, paused(1, true)]))
    expect(planStatus(schedule, all, date, at(16, 0))).toEqual({ kind: 'done' })
  })
})
