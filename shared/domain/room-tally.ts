import { gapBetween } from './friction'
import type { ItemOf, Rating } from './items'
import { TEAMS, type Team } from './workshop'
import type { RoomAgreement, RoomCard, RoomRating, RoomVote, VoteSubject } from './room-records'

/**
 * What the room's answers add up to (issue 14 §5): the one place that counts them, for the
 * facilitator's screen, the projector, what the phones are shown and the minutes.
 */

/** One team's ratings of one friction area: how many, their average and their spread (max − min). */
export interface Heat {
  count: number
  /** 1 … 5, null when nobody of the team rated. */
  average: number | null
  /** 0 … 4, null when nobody of the team rated. */
  spread: number | null
}

export type TeamHeat = Record<Team, Heat>

export const NO_HEAT: Heat = Object.freeze({ count: 0, average: null, spread: null })

const perTeam = <T>(value: () => T): Record<Team, T> =>
  Object.fromEntries(TEAMS.map((team) => [team, value()])) as Record<Team, T>

/** Per friction area (item id), per team. An area nobody rated is not in the map: read it with `heatAt`. */
export function heatOf(ratings: readonly RoomRating[]): ReadonlyMap<string, TeamHeat> {
  const values = new Map<string, Record<Team, number[]>>()
  for (const rating of ratings) {
    let teams = values.get(rating.itemId)
    if (!teams) values.set(rating.itemId, (teams = perTeam<number[]>(() => [])))
    teams[rating.team].push(rating.rating)
  }
  const heat = new Map<string, TeamHeat>()
  for (const [itemId, teams] of values) {
    heat.set(
      itemId,
      Object.fromEntries(TEAMS.map((team) => [team, heatOfValues(teams[team])])) as TeamHeat
    )
  }
  return heat
}

function heatOfValues(values: readonly number[]): Heat {
  if (values.length === 0) return NO_HEAT
  const sum = values.reduce((total, value) => total + value, 0)
  return { count: values.length, average: sum / values.length, spread: Math.max(...values) - Math.min(...values) }
}

/** One area's heat, every team `NO_HEAT` when nobody rated it. */
export function heatAt(heat: ReadonlyMap<string, TeamHeat>, itemId: string): TeamHeat {
  return heat.get(itemId) ?? perTeam(() => NO_HEAT)
}

/**
 * What one team's cell of the heat map shows (step 1, the projector, the minutes): the room's
 * average with the number of ratings and their spread when the team's phones rated the area;
 * otherwise the rating typed for the team (typing stays possible).
 */
export type HeatCell = { source: 'room'; value: number; count: number; spread: number } | { source: 'typed'; value: Rating }

export type HeatRow = Record<Team, HeatCell>

export function heatRow(area: Pick<ItemOf<'friction'>, 'id' | 'ratings'>, heat: ReadonlyMap<string, TeamHeat>): HeatRow {
  const teams = heatAt(heat, area.id)
  const typed: Record<Team, Rating> = { ...area.ratings, other: null }
  return Object.fromEntries(
    TEAMS.map((team): [Team, HeatCell] => {
      const { count, average, spread } = teams[team]
      return [team, average !== null && spread !== null ? { source: 'room', value: average, count, spread } : { source: 'typed', value: typed[team] }]
    })
  ) as HeatRow
}

/** The perception gap between what marketing's and sales' cells show. */
export function rowGap(row: HeatRow): number | null {
  return gapBetween(row.marketing.value, row.sales.value)
}

/** Whether any phone of `team` rated any area: the heat map then shows a column for it (the team `other` has none otherwise). */
export function teamRated(heat: ReadonlyMap<string, TeamHeat>, team: Team): boolean {
  return [...heat.values()].some((teams) => teams[team].count > 0)
}

/** How many phones rated at least one area. */
export function ratersOf(ratings: readonly RoomRating[]): number {
  return new Set(ratings.map((rating) => rating.voter)).size
}

/** Dots per option (item id) of one vote; an option given twice by one phone counts twice. */
export function dotsOf(votes: readonly RoomVote[], subject: VoteSubject): ReadonlyMap<string, number> {
  const dots = new Map<string, number>()
  for (const vote of votes) {
    if (vote.subject !== subject) continue
    for (const option of vote.options) dots.set(option, (dots.get(option) ?? 0) + 1)
  }
  return dots
}

export interface AgreementCount {
  agree: number
  notYet: number
}

/** "Agree" and "not yet" per team on one definition or commitment. */
export function agreementOf(agreements: readonly RoomAgreement[], subject: string): Record<Team, AgreementCount> {
  const counts = perTeam<AgreementCount>(() => ({ agree: 0, notYet: 0 }))
  for (const agreement of agreements) if (agreement.subject === subject) counts[agreement.team][agreement.answer] += 1
  return counts
}

/** A card with the cards the facilitator merged into it, oldest first. */
export interface CardGroup {
  card: RoomCard
  merged: RoomCard[]
}

export interface CardTally {
  queued: CardGroup[]
  released: CardGroup[]
  hidden: CardGroup[]
}

const byArrival = new Intl.Collator('en', { numeric: true })
/** Oldest first: by minute, then by id (`card:<run>:<seq>`, its seq compared as a number). */
export const compareCards = (a: RoomCard, b: RoomCard): number => a.minute - b.minute || byArrival.compare(a.id, b.id)

/**
 * The cards as the moderation queue and the projector show them: each card that stands on its own
 * in its state's list, the cards merged into it (however many merges deep) beneath it.
 */
export function cardsOf(cards: readonly RoomCard[]): CardTally {
  const byId = new Map(cards.map((card) => [card.id, card]))
  const tally: CardTally = { queued: [], released: [], hidden: [] }
  const groups = new Map<string, CardGroup>()
  const sorted = [...cards].sort(compareCards)
  for (const card of sorted) {
    if (rootOf(card, byId) !== card) continue
    const group = { card, merged: [] }
    groups.set(card.id, group)
    tally[card.state].push(group)
  }
  for (const card of sorted) {
    const root = rootOf(card, byId)
    if (root !== card) groups.get(root.id)?.merged.push(card)
  }
  return tally
}

/** The card a card was merged into, followed to the end; a card merged into a missing card (or a circle) stands alone. */
function rootOf(card: RoomCard, byId: ReadonlyMap<string, RoomCard>): RoomCard {
  const seen = new Set<string>()
  let current = card
  while (current.mergedInto !== null) {
    const next = byId.get(current.mergedInto)
    if (!next || seen.has(next.id)) return card
    seen.add(current.id)
    current = next
  }
  return current
}
