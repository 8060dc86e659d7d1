import type { Language } from './language'
import { localIsoDate } from './iso-date'
import { isStepId, STEP_IDS, type StepId, type StepRecord } from './workshop'

/**
 * The run of show (SPEC §7, issue 10 §6): the five steps and the breaks between them, from a start
 * time of the day. A step's length is its timebox (one source: `workshop.steps`); a break carries
 * its own. Times are minutes after midnight of the workshop day, in the room's local time.
 */
export type AgendaEntry = { kind: 'step'; step: StepId } | AgendaBreak

export interface AgendaBreak {
  kind: 'break'
  /** Unique within the agenda. */
  id: string
  name: string
  minutes: number
}

export interface Agenda {
  /** `HH:MM`, 24-hour, local time of the workshop day. */
  startTime: string
  entries: AgendaEntry[]
}

export const MAX_BREAK_MINUTES = 240
export const MAX_AGENDA_BREAKS = 20
const DAY = 24 * 60

const START_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function isStartTime(value: string): boolean {
  return START_TIME.test(value)
}

/** `09:30` → 570; anything else → null. */
export function minuteOfDay(time: string): number | null {
  const match = START_TIME.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

export function isBreakMinutes(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_BREAK_MINUTES
}

const BREAK_NAMES: Record<Language, { coffee: string; lunch: string }> = {
  de: { coffee: 'Kaffeepause', lunch: 'Mittagspause' },
  en: { coffee: 'Coffee break', lunch: 'Lunch' }
}

export function breakName(kind: 'coffee' | 'lunch', language: Language): string {
  return BREAK_NAMES[language][kind]
}

const stepEntries = (steps: readonly StepId[]): AgendaEntry[] => steps.map((step) => ({ kind: 'step', step }))

/** A new workshop's suggestion: a day from 9:00 with two coffee breaks and lunch. */
export function defaultAgenda(language: Language): Agenda {
  const coffee = breakName('coffee', language)
  return {
    startTime: '09:00',
    entries: [
      ...stepEntries(['awareness', 'closedLoop']),
      { kind: 'break', id: 'coffee-1', name: coffee, minutes: 15 },
      ...stepEntries(['language']),
      { kind: 'break', id: 'lunch', name: breakName('lunch', language), minutes: 45 },
      ...stepEntries(['sla']),
      { kind: 'break', id: 'coffee-2', name: coffee, minutes: 15 },
      ...stepEntries(['keepAtIt'])
    ]
  }
}

/** What a workshop stored before the agenda existed gets: its steps in order, no breaks invented. */
export function stepsOnlyAgenda(): Agenda {
  return { startTime: '09:00', entries: stepEntries(STEP_IDS) }
}

/** Every step exactly once (a lost step is appended, a repeated one dropped); breaks as they stand. */
export function normalizeAgenda(agenda: Agenda): Agenda {
  const seen = new Set<StepId>()
  const entries: AgendaEntry[] = []
  for (const entry of agenda.entries) {
    if (entry.kind === 'break') entries.push(entry)
    else if (!seen.has(entry.step) && isStepId(entry.step)) {
      seen.add(entry.step)
      entries.push(entry)
    }
  }
  const missing = STEP_IDS.filter((step) => !seen.has(step))
  return { startTime: isStartTime(agenda.startTime) ? agenda.startTime : '09:00', entries: [...entries, ...stepEntries(missing)] }
}

export const entryKey = (entry: AgendaEntry): string => (entry.kind === 'step' ? entry.step : entry.id)

export interface PlannedEntry {
  entry: AgendaEntry
  minutes: number
  /** Minutes after midnight; past 1440 on a day that runs beyond midnight. */
  start: number
  end: number
}

export interface AgendaSchedule {
  start: number
  end: number
  entries: PlannedEntry[]
  /** From the start of the first entry to the end of the last, breaks included. */
  totalMinutes: number
  breakMinutes: number
}

/** No entry of a workshop day lasts longer than the day: a stored 1e300 must not print 300 digits. */
const usableMinutes = (value: number): number => (Number.isFinite(value) && value > 0 ? Math.min(value, DAY) : 0)

/** Planned start and end of every entry, and the total: what the screen, the projector and the minutes show. */
export function agendaSchedule(agenda: Agenda, steps: Record<StepId, StepRecord>): AgendaSchedule {
  const normal = normalizeAgenda(agenda)
  const start = minuteOfDay(normal.startTime) ?? 0
  let clock = start
  let breakMinutes = 0
  const entries = normal.entries.map((entry) => {
    const minutes = usableMinutes(entry.kind === 'step' ? (steps[entry.step]?.timeboxMinutes ?? 0) : entry.minutes)
    if (entry.kind === 'break') breakMinutes += minutes
    const planned = { entry, minutes, start: clock, end: clock + minutes }
    clock += minutes
    return planned
  })
  return { start, end: clock, entries, totalMinutes: clock - start, breakMinutes }
}

/** Where the room stands with one step, from its countdown (renderer/store/timer-store). */
export interface StepProgress {
  /** Time the step's countdown has run so far. */
  elapsedMs: number
  running: boolean
  /** Marked complete by the facilitator. */
  completed: boolean
}

/** The local clock of the room: today's date and the minutes since midnight (with fractions). */
export interface RoomClock {
  date: string
  minute: number
}

export type PlanStatus =
  | { kind: 'notToday' }
  | { kind: 'notStarted' }
  | { kind: 'done' }
  | { kind: 'onPlan' }
  | { kind: 'ahead' | 'behind'; minutes: number }

/** Less than a minute either way is on plan: nobody in a room acts on seconds. */
const TOLERANCE_MINUTES = 1

/**
 * Ahead of or behind plan, live (issue 10 §6). The room's position in the plan is read from the
 * step timers: inside a running step it is that step's planned start plus the time it has run
 * (at most its timebox); after a finished step it is that step's planned end, carried on through
 * the breaks that follow it while the clock is in them. The difference to the clock is the answer.
 */
export function planStatus(
  schedule: AgendaSchedule,
  progress: Partial<Record<StepId, StepProgress>>,
  workshopDate: string,
  clock: RoomClock
): PlanStatus {
  if (clock.date !== workshopDate) return { kind: 'notToday' }
  const steps = schedule.entries.filter((e): e is PlannedEntry & { entry: { kind: 'step' } } => e.entry.kind === 'step')
  const minutesOf = (planned: PlannedEntry & { entry: { kind: 'step' } }) => (progress[planned.entry.step]?.elapsedMs ?? 0) / 60_000
  const finished = (planned: PlannedEntry & { entry: { kind: 'step' } }) =>
    Boolean(progress[planned.entry.step]?.completed) || minutesOf(planned) >= planned.minutes
  const running = steps.filter((p) => progress[p.entry.step]?.running).at(-1)
  const worked = steps.filter((p) => minutesOf(p) > 0 || progress[p.entry.step]?.completed).at(-1)

  let position: number
  if (running) {
    position = running.start + Math.min(minutesOf(running), running.minutes)
  } else if (worked) {
    if (steps.every(finished)) return { kind: 'done' }
    if (!finished(worked)) position = worked.start + minutesOf(worked)
    else {
      const index = schedule.entries.indexOf(worked)
      let breaksEnd = worked.end
      for (const next of schedule.entries.slice(index + 1)) {
        if (next.entry.kind !== 'break') break
        breaksEnd = next.end
      }
      position = Math.min(Math.max(clock.minute, worked.end), breaksEnd)
    }
  } else {
    if (clock.minute < schedule.start) return { kind: 'notStarted' }
    position = schedule.start
  }
  const delta = clock.minute - position
  if (Math.abs(delta) < TOLERANCE_MINUTES) return { kind: 'onPlan' }
  return { kind: delta > 0 ? 'behind' : 'ahead', minutes: Math.round(Math.abs(delta)) }
}

/** The room's clock from a moment, in the local time zone of this computer. */
export function roomClock(now: Date): RoomClock {
  return {
    date: localIsoDate(now),
    minute: now.getHours() * 60 + now.getMinutes() + now.getSeconds() / 60
  }
}

const clockFormats = new Map<string, Intl.DateTimeFormat>()

/** 570 → `09:30` (de) / `09:30` (en-GB), as the locale writes a time of day; past midnight wraps. */
export function formatClockTime(minute: number, locale: string): string {
  let format = clockFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
    clockFormats.set(locale, format)
  }
  const wrapped = ((Math.round(minute) % DAY) + DAY) % DAY
  return format.format(new Date(wrapped * 60_000))
}

/** 45 → `45 Min.` / `45 min`: the length of one entry. */
export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.max(0, Math.round(minutes)))
}

/** `09:00–10:45`: when an entry is planned. */
export function formatTimeSpan(start: number, end: number, locale: string): string {
  return `${formatClockTime(start, locale)}–${formatClockTime(end, locale)}`
}

/** 375 → `6 Std. 15 Min.` / `6 hr 15 min`; under an hour only minutes. */
export function formatDuration(minutes: number, locale: string): string {
  const whole = Math.max(0, Math.round(minutes))
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value)
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return unit(rest, 'minute')
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`
}
