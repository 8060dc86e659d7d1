import { defaultAgenda } from './agenda'
import { isIsoDate } from './iso-date'
import { defaultFunnel, newGovernance } from './sla-defaults'
import { DEFAULT_TIMEBOX_MINUTES, STEP_IDS, type StepId, type StepRecord, type Workshop } from './workshop'

/** What the "New workshop" form asks for. */
export type NewWorkshopInput = Pick<Workshop, 'title' | 'organisation' | 'unit' | 'language' | 'facilitator' | 'date'>

export type NewWorkshopProblem = 'titleRequired' | 'organisationRequired' | 'dateInvalid'

/** What is wrong with the "New workshop" form, as message keys; empty when it can be created. */
export function validateNewWorkshop(input: NewWorkshopInput): NewWorkshopProblem[] {
  const problems: NewWorkshopProblem[] = []
  if (!input.title.trim()) problems.push('titleRequired')
  if (!input.organisation.trim()) problems.push('organisationRequired')
  if (!isIsoDate(input.date)) problems.push('dateInvalid')
  return problems
}

export function newWorkshop(id: string, input: NewWorkshopInput, now: number): Workshop {
  const steps = Object.fromEntries(
    STEP_IDS.map((step) => [step, { completed: false, timeboxMinutes: DEFAULT_TIMEBOX_MINUTES[step] }])
  ) as Record<StepId, StepRecord>
  return {
    id,
    title: input.title.trim(),
    organisation: input.organisation.trim(),
    unit: input.unit.trim(),
    language: input.language,
    facilitator: input.facilitator.trim(),
    date: input.date,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    steps,
    sharedGoal: '',
    stuckLeadRule: { days: 30, action: '', status: 'proposed' },
    mql: { sentence: '', threshold: null, status: 'proposed' },
    sql: { sentence: '', status: 'proposed' },
    currency: 'EUR',
    funnel: defaultFunnel(),
    governance: newGovernance(input.date, input.language),
    agenda: defaultAgenda(input.language)
  }
}
