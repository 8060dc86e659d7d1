import type { Answer, Submission } from '../../../shared/room/contract'
import type { Team } from '../../../shared/domain/workshop'

let seq = 0

/** A phone's answer as the room delivers it, numbered in the order it arrived. */
export const submission = (question: string, answer: Answer, participant = 'phone-1', team: Team = 'sales'): Submission => ({
  seq: ++seq,
  participant,
  team,
  question,
  answer,
  minute: 1_800_000_000_000
})
