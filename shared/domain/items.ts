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
  concern: 'keepAtIt'
}

/**
 * Lists whose items the room marks as agreed. Friction ratings and anonymous voices are
 * perceptions, not agreements.
 */
export const AGREEABLE_LISTS: ReadonlySet<ListKind> = new Set<ListKind>(
  (Object.keys(LIST_STEP) as ListKind[]).filter((list) => list !== 'friction' && list !== 'voice')
)

export const LIST_KINDS = Object.keys(LIST_STEP) as ListKind[]

export function isListKind(value: unknown): value is ListKind {
  return typeof value === 'string' && Object.hasOwn(LIST_STEP, value)
}
