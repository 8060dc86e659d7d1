import type { Language } from '../domain/language'
import type { VoteSubject } from '../domain/room-records'
import type { CardKind } from './kinds'

/**
 * The few texts the room's view carries to the phones, in the workshop's language (the phones
 * speak it, whatever language the facilitator's screen is in): the heading of the released cards
 * of each kind and the question of each dot vote. A card question sends no prompt of its own: the
 * phone's page has one per kind. A commitment's level is worded as the SLA document words it.
 */
export interface RoomViewTexts {
  /** The projector's heading over the released cards of a kind (SPEC §10). */
  cards: Record<CardKind, string>
  /** The question of a dot vote, and the heading of its results. */
  dots: Record<VoteSubject, string>
}

export const ROOM_VIEW_TEXTS: Record<Language, RoomViewTexts> = {
  en: {
    cards: { voice: 'Voices', giveGet: 'Gives & gets', concern: 'Concerns', parking: 'Parking lot' },
    dots: {
      friction: 'Which friction areas should we tackle first?',
      action: 'Which actions matter most to you?',
      concern: 'Which concerns should we address first?'
    }
  },
  de: {
    cards: { voice: 'Stimmen', giveGet: 'Geben & Nehmen', concern: 'Bedenken', parking: 'Themenspeicher' },
    dots: {
      friction: 'Welche Reibungspunkte sollen wir zuerst angehen?',
      action: 'Welche Maßnahmen sind Ihnen am wichtigsten?',
      concern: 'Welche Bedenken sollen wir zuerst klären?'
    }
  }
}
