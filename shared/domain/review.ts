import type { CrmFigures } from '../crm/figures'
import type { CrmConcept } from '../crm/mapping'
import type { FunnelInputs } from './workshop'

/**
 * A quarterly review of one signed SLA version (SPEC §5): the actual value of each target and
 * commitment, notes, decisions and new actions. The version it reviews never changes; the
 * review itself can be edited until it is closed.
 */
export interface Actual {
  value: number | null
  note: string
  /**
   * The value came from the review's CRM export (`Review.crm` names the file and the moment);
   * typing a value by hand drops the mark. Missing on actuals typed before the import existed.
   */
  fromCrm?: boolean
}

/** Measured rates in percent; `leadToCustomer` came later and is missing on older reviews. */
export type ActualRates = Pick<FunnelInputs, 'visitToLead' | 'leadToMql' | 'mqlToSql' | 'sqlToCustomer'> & { leadToCustomer?: number | null }

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
  /**
   * The CRM export the review's figures were last measured from (issue 13): its name, when it was
   * imported and the team figures of the period; never a row of the file, never figures per
   * owner. Missing on reviews from before the import.
   */
  crm?: ReviewCrmImport | null
  state: 'open' | 'closed'
  createdAt: number
  closedAt: number | null
}

/** What a review keeps of a CRM export: aggregates only (issue 13 §5). */
export interface ReviewCrmImport {
  fileName: string
  importedAt: number
  /** Data rows of the file read (a repeated id or an unreadable date is read, then left out). */
  rows: number
  /** The concepts the confirmed mapping found a column for: a figure without its column was not measured (not zero). */
  mapped: CrmConcept[]
  /** The IANA time zone the period and the dates were read in (the SLA clock's). */
  timeZone: string
  /** The team figures of the reviewed period, with the counts each rests on; `owners` is never kept. */
  figures: Omit<CrmFigures, 'owners'>
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

export const ACTUAL_RATE_FIELDS = ['visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer', 'leadToCustomer'] as const
export type ActualRateField = (typeof ACTUAL_RATE_FIELDS)[number]
const STAGE_RATES = ['leadToMql', 'mqlToSql', 'sqlToCustomer'] as const

export function measuredRate(rates: ActualRates, field: ActualRateField): number | null {
  return rates[field] ?? null
}

/**
 * The calculator's inputs with the period's measured rates in place of the planned ones. A
 * measured rate always wins, and a planned rate that the calculator would prefer over it goes:
 * - a measured lead → customer rate replaces the planned stage rates that were not measured
 *   (otherwise the calculator, which prefers the stages, would just repeat the plan);
 * - measured stage rates replace the planned lead → customer rate; stages not measured keep their
 *   planned value. If the stages are then still incomplete, the calculator asks for the missing
 *   rate instead of quietly falling back to the planned lead → customer rate.
 */
export function actualFunnelInputs(planned: FunnelInputs, rates: ActualRates): FunnelInputs {
  const inputs: FunnelInputs = { ...planned }
  const direct = measuredRate(rates, 'leadToCustomer')
  const stagesMeasured = STAGE_RATES.filter((field) => measuredRate(rates, field) !== null)
  const visits = measuredRate(rates, 'visitToLead')
  if (visits !== null) inputs.visitToLead = visits
  if (direct !== null) {
    inputs.leadToCustomer = direct
    for (const field of STAGE_RATES) inputs[field] = measuredRate(rates, field)
  } else if (stagesMeasured.length > 0) {
    for (const field of stagesMeasured) inputs[field] = measuredRate(rates, field)
    inputs.leadToCustomer = null
  }
  return inputs
}
