import type { Item } from '../../domain/items'
import type { RoomRating } from '../../domain/room-records'
import type { Participant, StepId, Workshop } from '../../domain/workshop'

/** Everything the workshop minutes (SPEC §6) are built from. */
export interface MinutesDocumentInput {
  workshop: Workshop
  participants: Participant[]
  /** All items of the workshop, any order (they are sorted by their list position). */
  items: Item[]
  /** The friction ratings the room's phones gave (issue 14); none when the room never rated. */
  roomRatings?: RoomRating[]
  /** Off-topic items noted during the workshop (SPEC §7), with the step they came up in. */
  parkingLot?: Array<{ text: string; step: StepId }>
  /** Where the SLA stands: its latest version, and who signed it if it is signed. Missing: a draft version 1. */
  /** The workshop's current SLA version; `sealBroken`: it was signed but no longer matches its seal, so it is not named as signed. */
  sla?: { number: number; signedAt: number | null; signers: string[]; sealBroken?: boolean } | null
  generatedAt: number
  /** IANA time zone for the "prepared on" date; default: this computer's. */
  timeZone?: string
}
