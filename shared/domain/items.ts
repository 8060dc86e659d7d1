import { oneOf } from './one-of'
import type { AgreementStatus, StepId, Team } from './workshop'

/**
 * Everything the room adds to a list is an item: a voice card, a lifecycle stage, an MQL
 * criterion, an action … One table, one ordering rule, one agreement status, one undo story.
 */
export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const
export type Cadence = (typeof CADENCES)[number]

export const CRITERION_KINDS = ['fit', 'engagement', 'bant', 'other'] as const
export type CriterionKind = (typeof CRITERION_KINDS)[number]

export const ACTION_STATES = ['open', 'inProgress', 'done'] as const
export type ActionState = (typeof ACTION_STATES)[number]

export const VOICE_KINDS = ['heard', 'says'] as const
/** `heard`: what a team hears said about itself; `says`: what it says about the other team. */
export type VoiceKind = (typeof VOICE_KINDS)[number]

/** The two sides of the table; management and others join them but are not a side. */
export const SIDES = ['marketing', 'sales'] as const
export type Side = (typeof SIDES)[number]

export const RACI_TEAMS = ['marketing', 'sales', 'management'] as const
export type RaciTeam = (typeof RACI_TEAMS)[number]
/** Responsible, accountable, consulted, informed — or no role. */
/** `AR`: accountable and responsible at once — the team that owns the result does the work. */
export const RACI_LETTERS = ['', 'R', 'A', 'AR', 'C', 'I'] as const
export type RaciLetter = (typeof RACI_LETTERS)[number]

export const COMMITMENT_UNITS = ['hours', 'days', 'attempts', 'perWeek', 'perMonth', 'percent', 'count'] as const
export type CommitmentUnit = (typeof COMMITMENT_UNITS)[number]

/** `atMost`: lower is better (respond within 24 h); `atLeast`: higher is better (6 attempts). */
export const DIRECTIONS = ['atMost', 'atLeast'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** What a commitment is about, so the completeness check can find e.g. the response time. */
export const COMMITMENT_KINDS = [
  'firstContact',
  'acceptReject',
  'attempts',
  'feedback',
  'reporting',
  'review',
  'other',
  // Marketing's commitments (issue 12 §4).
  'leadVolume',
  'leadQuality',
  'dataCompleteness',
  'salesContent'
] as const
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number]

export const PERIODS = ['month', 'quarter', 'year'] as const
export type Period = (typeof PERIODS)[number]
export const isPeriod = oneOf(PERIODS)

export const TARGET_OWNERS = ['marketing', 'sales', 'joint'] as const
export type TargetOwner = (typeof TARGET_OWNERS)[number]

/** The counts of the lead goals calculator that can become targets. */
/** The calculator's counts, in the order of the funnel (rounded up: nobody wins part of a customer). */
export const FUNNEL_COUNT_KEYS = ['customers', 'sqls', 'mqls', 'leads', 'visits', 'mqlsPerRep'] as const
export const FUNNEL_KEYS = ['revenue', ...FUNNEL_COUNT_KEYS] as const
export type FunnelKey = (typeof FUNNEL_KEYS)[number]

/** A friction rating 1 (hardly hurts) … 5 (hurts a lot), or not rated yet. */
export type Rating = 1 | 2 | 3 | 4 | 5 | null

export interface ItemFields {
  friction: { area: string; ratings: Record<'marketing' | 'sales' | 'management', Rating>; notes: string }
  voice: { team: Side; kind: VoiceKind; text: string }
  /** `team` is the side that needs something from the other. */
  giveGet: { team: Side; text: string }
  benefit: { text: string }
  stage: {
    name: string
    definition: string
    owner: Team
    entryCriteria: string
    maxDays: number | null
    onStall: string
  }
  report: {
    name: string
    from: Team
    to: Team
    metrics: string
    cadence: Cadence
    when: string
    channel: string
    owner: string
  }
  rejection: { text: string }
  mqlCriterion: { text: string; kind: CriterionKind; points: number | null }
  sqlCriterion: { text: string; kind: CriterionKind; points: number | null }
  glossary: { term: string; definition: string }
  action: { title: string; owner: string; team: Team; due: string; state: ActionState }
  concern: { text: string; response: string }
  raci: { activity: string; owner: string; raci: Record<RaciTeam, RaciLetter> }
  commitment: {
    kind: CommitmentKind
    description: string
    value: number | null
    unit: CommitmentUnit
    direction: Direction
    team: Team
    measuredBy: string
  }
  /** `source` links a target to the calculator figure it came from, so it can be refreshed. */
  target: {
    period: Period
    metric: string
    team: TargetOwner | null
    value: number | null
    unit: string
    source: FunnelKey | null
  }
  /** Reporting to management: which KPI, how success is measured, who reports, how often. */
  kpi: { kpi: string; measure: string; reporter: string; cadence: Cadence }
  /**
   * Parking lot: off-topic points, with the step they came up in. Only `shown` ones appear in
   * the audience view; the facilitator decides what the room sees.
   */
  parking: { text: string; raisedIn: StepId | 'overview'; shown: boolean }
}

export type ListKind = keyof ItemFields

export interface ItemBase<K extends ListKind = ListKind> {
  id: string
  workshopId: string
  list: K
  /** Position within its list; gaps are fine, ties are broken by id. */
  order: number
  status: AgreementStatus
}

export type ItemOf<K extends ListKind> = ItemBase<K> & ItemFields[K]
export type Item = { [K in ListKind]: ItemOf<K> }[ListKind]

/** An item's content before it is stored (no id, workshop, order or status yet): example content, migrations. */
export type ItemSeed = { [K in ListKind]: { list: K } & ItemFields[K] }[ListKind]

/** Which step each list belongs to (navigation, completeness, the audience view). */
export const LIST_STEP: Record<ListKind, StepId> = {
  friction: 'awareness',
  voice: 'awareness',
  giveGet: 'awareness',
  benefit: 'awareness',
  stage: 'closedLoop',
  report: 'closedLoop',
  rejection: 'closedLoop',
  mqlCriterion: 'language',
  sqlCriterion: 'language',
  glossary: 'language',
  action: 'keepAtIt',
  concern: 'keepAtIt',
  raci: 'sla',
  commitment: 'sla',
  target: 'sla',
  kpi: 'sla',
  // The parking lot is reachable from every step; it is reviewed when keeping at it.
  parking: 'keepAtIt'
}

/** The lists whose content is part of the Service Level Agreement (SPEC §3, §6). */
export const SLA_LIST_KINDS = [
  'stage',
  'report',
  'rejection',
  'mqlCriterion',
  'sqlCriterion',
  'glossary',
  'raci',
  'commitment',
  'target',
  'kpi'
] as const satisfies readonly ListKind[]
export type SlaListKind = (typeof SLA_LIST_KINDS)[number]

/** What names an item of the SLA in a sentence: a stage's name, a commitment's description, a target's metric … */
export function slaItemName(item: Item): string {
  switch (item.list) {
    case 'stage':
    case 'report':
      return item.name
    case 'rejection':
    case 'mqlCriterion':
    case 'sqlCriterion':
      return item.text
    case 'glossary':
      return item.term
    case 'raci':
      return item.activity
    case 'commitment':
      return item.description
    case 'target':
      return item.metric
    case 'kpi':
      return item.kpi
    default:
      return ''
  }
}
export const SLA_LISTS: ReadonlySet<ListKind> = new Set<ListKind>(SLA_LIST_KINDS)

/**
 * Lists whose items the room marks as agreed. Friction ratings and anonymous voices are
 * perceptions, and parked points are not decided at all.
 */
export const AGREEABLE_LISTS: ReadonlySet<ListKind> = new Set<ListKind>(
  (Object.keys(LIST_STEP) as ListKind[]).filter((list) => list !== 'friction' && list !== 'voice' && list !== 'parking')
)

export const LIST_KINDS = Object.keys(LIST_STEP) as ListKind[]

export function isListKind(value: unknown): value is ListKind {
  return typeof value === 'string' && Object.hasOwn(LIST_STEP, value)
}

/** The items of one list, keeping their order. */
export function itemsOf<K extends ListKind>(items: readonly Item[], list: K): ItemOf<K>[] {
  // The filter guarantees the list kind; TypeScript cannot narrow a union by a generic key.
  return items.filter((item) => item.list === list) as unknown as ItemOf<K>[]
}
