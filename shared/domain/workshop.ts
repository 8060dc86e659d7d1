import type { CrmMapping } from '../crm/mapping'
import type { Agenda } from './agenda'
import type { ReviewPlanSettings } from './review-plan'
import type { Language } from './language'
import type { SlaClockSettings } from './sla-clock'
import { oneOf } from './one-of'

/** SPEC §3. Names here are the names everywhere (SPEC §10). */
export const TEAMS = ['marketing', 'sales', 'management', 'other'] as const
export type Team = (typeof TEAMS)[number]
export const isTeam = oneOf(TEAMS)

export const STEP_IDS = ['awareness', 'closedLoop', 'language', 'sla', 'keepAtIt'] as const
export type StepId = (typeof STEP_IDS)[number]
/** Whether a text (a route's section, a stored record's field) names one of the five steps. */
export const isStepId = oneOf(STEP_IDS)

export const AGREEMENT_STATUSES = ['proposed', 'agreed'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export interface StepRecord {
  completed: boolean
  timeboxMinutes: number
}

export interface Workshop {
  id: string
  title: string
  organisation: string
  unit: string
  language: Language
  facilitator: string
  /** ISO date `YYYY-MM-DD` of the (first) workshop day. */
  date: string
  createdAt: number
  updatedAt: number
  /** Set when moved to the trash; the workshop is restorable until it is purged. */
  deletedAt: number | null
  steps: Record<StepId, StepRecord>
  /** Step 1: the one sentence both teams sign up to. */
  sharedGoal: string
  /** Step 2: after `days` without activity a lead returns to nurturing; `action` says who is told. */
  stuckLeadRule: { days: number | null; action: string; status: AgreementStatus }
  /** Step 3: the definition sentences and the MQL score threshold. */
  mql: { sentence: string; threshold: number | null; status: AgreementStatus }
  sql: { sentence: string; status: AgreementStatus }
  /** ISO 4217 code for money in targets, the calculator and documents. */
  currency: string
  /** Step 4: the inputs of the lead goals calculator (rates in percent, as typed). */
  funnel: FunnelInputs
  /** Step 4: how the SLA is run. */
  governance: Governance
  /** The run of show: steps and breaks from a start time (issue 10 §6). */
  agenda: Agenda
  /** Quarterly review colours; missing means the defaults (SPEC §5: 100 % green, 80 % amber). */
  reviewThresholds?: { green: number; amber: number }
  /** Step 5: how the review dates are planned; missing on older workshops (nationwide holidays, no edits). */
  reviewPlan?: ReviewPlanSettings
  /** The columns of the CRM export as last confirmed in a review (issue 13 §2); missing until the first import. */
  crmMapping?: CrmMapping | null
}

export interface FunnelInputs {
  period: 'month' | 'quarter' | 'year'
  revenueGoal: number | null
  /** Share of the revenue goal that marketing-sourced leads must bring, in percent. */
  marketingShare: number | null
  dealSize: number | null
  visitToLead: number | null
  leadToMql: number | null
  mqlToSql: number | null
  sqlToCustomer: number | null
  /** Used when the stage rates are not known: lead → customer in one step, in percent. */
  leadToCustomer: number | null
  reps: number | null
}

export const REVIEW_CADENCES = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const
export type ReviewCadence = (typeof REVIEW_CADENCES)[number]

export interface Governance {
  /** ISO date the SLA comes into force. */
  startDate: string
  termMonths: number | null
  reviewCadence: ReviewCadence
  escalation: string
  amendments: string
  status: AgreementStatus
  // What a marketing–sales SLA contains besides (issue 12 §4). Optional: workshops created before
  // and the versions they signed do not have them, and such a version reads exactly as before.
  /** Which leads the agreement covers. */
  scopeLeads?: string
  /** Which regions (markets, sales territories) it covers. */
  scopeRegions?: string
  /** What a lead carries when marketing hands it to sales: one entry a line. */
  handoverData?: string
  /** The clock every time commitment counts in; the federal state is the workshop's own (reviewPlan). */
  clock?: SlaClockSettings
  /** What happens when commitments are still missed after the escalation. */
  consequences?: string
  /** How the agreement renews at the end of its term. */
  renewal?: string
  /** How it ends. */
  termination?: string
  /** Data protection and the works council where anything is measured per person. */
  dataProtection?: string
}

/** The texts of governance the room writes, in the order step 4 and the document show them. */
export const GOVERNANCE_TEXTS = ['scopeLeads', 'scopeRegions', 'handoverData', 'consequences', 'renewal', 'termination', 'dataProtection'] as const
export type GovernanceText = (typeof GOVERNANCE_TEXTS)[number]

export interface Participant {
  id: string
  workshopId: string
  order: number
  name: string
  role: string
  team: Team
  email: string
  signsSla: boolean
}

/** Suggested timeboxes in minutes (SPEC §4, §7); every one editable. */
export const DEFAULT_TIMEBOX_MINUTES: Record<StepId, number> = {
  awareness: 60,
  closedLoop: 45,
  language: 60,
  sla: 90,
  keepAtIt: 30
}
