import { PERIODS, type Period } from '../domain/items'
import { STEP_IDS, TEAMS, type StepId, type Team } from '../domain/workshop'
import type { DocTexts } from './texts'

/** Names of the domain's enumerations in the document's language; unknown values print as stored. */

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value)
}

function isTeam(value: string): value is Team {
  return (TEAMS as readonly string[]).includes(value)
}

function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value)
}

export function teamName(team: string, texts: DocTexts): string {
  if (team === 'joint') return texts.teams.joint
  return isTeam(team) ? texts.teams[team] : team
}

export function periodName(period: string, texts: DocTexts): string {
  return isPeriod(period) ? texts.sla.targets.periods[period] : period
}
