import type { ActionState } from '../../domain/items'
import type { AttainmentThresholds, Review } from '../../domain/review'
import type { SlaContent } from '../../domain/sla'
import type { Team } from '../../domain/workshop'

/** A participant of the workshop, as the attendee list shows them. */
export interface ReviewParticipant {
  id: string
  name: string
  role: string
  team: Team
}

/** An action of the workshop's action plan (step 5). */
export interface ReviewAction {
  /** Actions added during a review end with "(<period>)", e.g. "Re-train SDRs (2027-Q1)". */
  title: string
  owner: string
  team: Team
  /** ISO date, or empty. */
  due: string
  state: ActionState
}

/** Everything the review report (SPEC §5, §6) is built from. */
export interface ReviewReportInput {
  review: Review
  /** The signed SLA version reviewed. */
  version: { number: number; fingerprint: string | null; signedAt: number | null }
  /** The reviewed version's frozen content; its language is the report's. */
  content: SlaContent
  /** The workshop's participants; those in `review.attendeeIds` are listed as attendees. */
  participants: ReviewParticipant[]
  thresholds: AttainmentThresholds
  /** The workshop's whole action plan. */
  actions: ReviewAction[]
  generatedAt: number
  /** The review of the quarter before, with the content of the version it reviewed; null for the first. */
  previous?: { review: Review; content: SlaContent } | null
  /** ISO date of the next planned review after this one, or null when none is planned. */
  nextReviewDate?: string | null
  /** IANA time zone for the dates of signing, closing and preparing; default: this computer's. */
  timeZone?: string
}
