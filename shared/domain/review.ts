import type { FunnelInputs } from './workshop'

/**
 * A quarterly review of one signed SLA version (SPEC §5): the actual value of each target and
 * commitment, notes, decisions and new actions. The version it reviews never changes; the
 * review itself can be edited until it is closed.
 */
export interface Actual {
  value: number | null
  note: string
}

export type ActualRates = Pick<FunnelInputs, 'visitToLead' | 'leadToMql' | 'mqlToSql' | 'sqlToCustomer'>

export interface Review {
  id: string
  workshopId: string
  /** The signed version reviewed. */
  versionId: string
  /** e.g. `2027-Q1` */
  period: string
  /** ISO date of the review meeting. */
  date: string
  /** Participants who attended (ids), plus guests by name. */
  attendeeIds: string[]
  guests: string[]
  /** Keyed by the id of the target or commitment in the version's content. */
  actuals: Record<string, Actual>
  /** The conversion rates of the period, in percent, for the calculator with real rates. */
  actualRates: ActualRates
  decisions: string
  state: 'open' | 'closed'
  createdAt: number
  closedAt: number | null
}

/** Status colours are ≥ green %, ≥ amber %, else red — editable per workshop (SPEC §5). */
export interface AttainmentThresholds {
  green: number
  amber: number
}

export const DEFAULT_THRESHOLDS: AttainmentThresholds = { green: 100, amber: 80 }

/** `2027-Q1` and similar: a year and a quarter. */
export function isReviewPeriod(value: string): boolean {
  return /^\d{4}-Q[1-4]$/.test(value)
}

export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export const ACTUAL_RATE_FIELDS: ReadonlyArray<keyof ActualRates> = ['visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer']

/**
 * The calculator's inputs with the period's measured rates in place of the planned ones. When
 * all three stage rates were measured, a planned direct lead → customer rate would only
 * contradict them, so it goes.
 */
export function actualFunnelInputs(planned: FunnelInputs, rates: ActualRates): FunnelInputs {
  const inputs: FunnelInputs = { ...planned }
  for (const field of ACTUAL_RATE_FIELDS) if (rates[field] !== null) inputs[field] = rates[field]
  if (rates.leadToMql !== null && rates.mqlToSql !== null && rates.sqlToCustomer !== null) inputs.leadToCustomer = null
  return inputs
}
