import type { AgreeAnswer, CardKind } from '../room/kinds'
import type { Team } from './workshop'

/**
 * What the room's phones said, as the laptop keeps it (issue 14 §5): one table `roomAnswers`, one
 * record per answer that counts. No name, device, address or key is kept; the time only to the
 * minute. `voter` is the room server's opaque id of one phone for one opening of the room: it lets
 * a phone change its rating, vote or agreement (the later answer replaces the earlier one) and is
 * never kept with a card, so cards cannot be traced to the phone that wrote them.
 */

export const CARD_STATES = ['queued', 'released', 'hidden'] as const
/** `queued`: waiting for the facilitator; `released`: shown to the room; `hidden`: never shown. */
export type CardState = (typeof CARD_STATES)[number]

/** What a dot vote is about: the friction areas of step 1, the actions or the concerns of step 5. */
export const VOTE_SUBJECTS = ['friction', 'action', 'concern'] as const
export type VoteSubject = (typeof VOTE_SUBJECTS)[number]

interface RoomRecordBase {
  id: string
  workshopId: string
  /** The team the phone joined as. */
  team: Team
  /** The start of the minute it arrived in, milliseconds since 1970. */
  minute: number
}

/** One phone's rating of one friction area (an item of list `friction`). */
export interface RoomRating extends RoomRecordBase {
  kind: 'rating'
  voter: string
  itemId: string
  rating: 1 | 2 | 3 | 4 | 5
}

/** A card a phone wrote: a voice, a give & get, a concern or a parking-lot point. */
export interface RoomCard extends RoomRecordBase {
  kind: 'card'
  card: CardKind
  text: string
  state: CardState
  /** Set when the facilitator merged this card into another: it is shown as part of that one. */
  mergedInto: string | null
  /** The item the card became when it was released into its list, if it did. */
  itemId: string | null
}

/** One phone's dots in one vote: the item ids it gave a dot to (an id twice is two dots). */
export interface RoomVote extends RoomRecordBase {
  kind: 'vote'
  voter: string
  subject: VoteSubject
  options: string[]
}

/**
 * One phone's "agree" or "not yet" on a definition or commitment the facilitator showed:
 * `subject` is a commitment's item id, or `mql` / `sql` for the definitions of step 3.
 */
export interface RoomAgreement extends RoomRecordBase {
  kind: 'agreement'
  voter: string
  subject: string
  answer: AgreeAnswer
}

export type RoomRecord = RoomRating | RoomCard | RoomVote | RoomAgreement
export type RoomRecordKind = RoomRecord['kind']
