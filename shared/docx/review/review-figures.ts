import { statusOf } from '../../domain/attainment'
import { ACTUAL_RATE_FIELDS, actualFunnelInputs, measuredRate, type ActualRates, type AttainmentThresholds, type Review } from '../../domain/review'

export { ACTUAL_RATE_FIELDS, actualFunnelInputs }
import type { ReviewAction, ReviewParticipant } from './review-input'

/**
 * The small decisions behind the review report's figures, kept apart from the layout so they
 * have their own tests.
 */


/**
 * An attainment as a whole percent — but never rounded up across a threshold: 99.6 % is not
 * met, and a report that says "100 %" beside "nearly met" would contradict itself.
 */
export function shownPercent(percent: number, thresholds: AttainmentThresholds): number {
  const rounded = Math.round(percent)
  return statusOf(rounded, thresholds) === statusOf(percent, thresholds) ? rounded : Math.floor(percent)
}

export type Attendee = { kind: 'participant'; name: string; role: string; team: ReviewParticipant['team'] } | { kind: 'guest'; name: string }

/** The participants who attended, in the workshop's order, then the guests as they were typed. */
export function attendeesOf(review: Pick<Review, 'attendeeIds' | 'guests'>, participants: readonly ReviewParticipant[]): Attendee[] {
  const present = new Set(review.attendeeIds)
  return [
    ...participants.filter((p) => present.has(p.id)).map((p): Attendee => ({ kind: 'participant', name: p.name, role: p.role, team: p.team })),
    ...review.guests.filter((name) => name.trim() !== '').map((name): Attendee => ({ kind: 'guest', name: name.trim() }))
  ]
}

export function hasActualRates(rates: ActualRates): boolean {
  return ACTUAL_RATE_FIELDS.some((field) => measuredRate(rates, field) !== null)
}


/** The review screen adds its new actions to the plan with the period in brackets at the end. */
export function isAddedInReview(action: Pick<ReviewAction, 'title'>, period: string): boolean {
  return period.trim() !== '' && action.title.trim().endsWith(`(${period.trim()})`)
}

/** This review's actions first, then the rest of the plan, each in the plan's order. */
export function reportedActions(actions: readonly ReviewAction[], period: string): Array<ReviewAction & { addedInReview: boolean }> {
  const marked = actions.map((action) => ({ ...action, addedInReview: isAddedInReview(action, period) }))
  return [...marked.filter((a) => a.addedInReview), ...marked.filter((a) => !a.addedInReview)]
}

/** Decisions as typed, one paragraph per line; blank lines only separate. */
export function decisionParagraphs(decisions: string): string[] {
  return decisions
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
