import type { TFunction } from 'i18next'
import type { Finding, FindingCode } from '../../../shared/domain/completeness'
import { PERIODS, type Period } from '../../../shared/domain/items'
import type { OpenItem } from '../../../shared/domain/sla'
import { STEP_IDS, TEAMS, type StepId, type Team } from '../../../shared/domain/workshop'

const LIST_NAMES = [
  'stage',
  'report',
  'rejection',
  'mqlCriterion',
  'sqlCriterion',
  'glossary',
  'raci',
  'commitment',
  'target',
  'kpi',
  'mql',
  'sql',
  'stuckLeadRule',
  'governance'
] as const
type ListName = (typeof LIST_NAMES)[number]

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value)

const isStep = isOneOf<StepId>(STEP_IDS)
const isListName = isOneOf<ListName>(LIST_NAMES)
const isPeriod = isOneOf<Period>(PERIODS)
const isTeam = isOneOf<Team>(TEAMS)

/** Codes in params (a step, a list, a period, a team) become words; everything else stays. */
function translateParam(t: TFunction, key: string, value: string | number): string | number {
  if (typeof value !== 'string') return value
  if (key === 'step' && isStep(value)) return t(`steps.${value}.name`)
  if ((key === 'list' || key === 'part') && isListName(value)) return t(`sla.listNames.${value}`)
  if (key === 'period' && isPeriod(value)) return t(`sla.targets.periods.${value}`)
  if (key === 'team' && isTeam(value)) return t(`teams.${value}`)
  return value
}

/** A finding or a recorded open item as a sentence in the UI language. */
export function findingMessage(t: TFunction, finding: Pick<Finding, 'code' | 'params'> | OpenItem): string {
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(finding.params)) params[key] = translateParam(t, key, value)
  const code = finding.code as FindingCode
  return t(`sla.findings.${code}`, params)
}
