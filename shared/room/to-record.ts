import { SIDES, type ItemFields, type Side } from '../domain/items'
import { oneOf } from '../domain/one-of'
import { VOTE_SUBJECTS, type RoomCard, type RoomRecord, type VoteSubject } from '../domain/room-records'
import { fitAnswer } from './answers'
import type { CardKind, Question, Submission } from './contract'

/**
 * How a phone's answer becomes a record the laptop keeps (issue 14 §5) — the one place. The ids of
 * the questions the facilitator opens are fixed, so that what an answer is about can be read from
 * the question it answers; and the ids of the records are made from what they are about, so that a
 * phone's later rating, vote or agreement replaces its earlier one, and an answer delivered twice
 * (a reconnect) is kept once.
 */

export const RATE_QUESTION_ID = 'rate'
export const cardsQuestionId = (card: CardKind) => `cards-${card}`
export const dotsQuestionId = (subject: VoteSubject) => `dots-${subject}`
/** `subject`: `mql`, `sql` or a commitment's item id. */
export const agreeQuestionId = (subject: string) => `agree-${subject}`

const DOTS_PREFIX = 'dots-'
const AGREE_PREFIX = 'agree-'

const isVoteSubject = oneOf(VOTE_SUBJECTS)
const isSide = oneOf(SIDES)

/**
 * The record an answer becomes, or undefined when it fits none of `questions` of that id. Pass
 * every version of the questions opened since the room started (not only those open now): an
 * answer to a question since closed or changed is kept if it fits the question as it was.
 * `runId` is made anew each time the room starts, so that cards of two openings never share an id.
 */
export function recordOf(workshopId: string, runId: string, submission: Submission, questions: readonly Question[]): RoomRecord | undefined {
  const base = { workshopId, team: submission.team, minute: submission.minute }
  const voter = submission.participant
  for (const question of questions) {
    if (question.id !== submission.question) continue
    const answer = fitAnswer(question, submission.answer)
    if (!answer) continue
    switch (answer.kind) {
      case 'rate':
        if (question.id !== RATE_QUESTION_ID) continue
        return { ...base, kind: 'rating', id: `rating:${voter}:${answer.area}`, voter, itemId: answer.area, rating: answer.rating }
      case 'card':
        if (question.kind !== 'cards' || question.id !== cardsQuestionId(question.card)) continue
        return { ...base, kind: 'card', id: `card:${runId}:${submission.seq}`, card: question.card, text: answer.text, state: 'queued', mergedInto: null, itemId: null }
      case 'dots': {
        const subject = question.id.slice(DOTS_PREFIX.length)
        if (!question.id.startsWith(DOTS_PREFIX) || !isVoteSubject(subject)) continue
        return { ...base, kind: 'vote', id: `vote:${voter}:${subject}`, voter, subject, options: answer.options }
      }
      case 'agree': {
        const subject = question.id.slice(AGREE_PREFIX.length)
        if (!question.id.startsWith(AGREE_PREFIX) || subject === '') continue
        return { ...base, kind: 'agreement', id: `agreement:${voter}:${subject}`, voter, subject, answer: answer.answer }
      }
    }
  }
  return undefined
}

/** The item a released card becomes, by card kind. */
export type CardItem =
  | { list: 'voice'; fields: ItemFields['voice'] }
  | { list: 'giveGet'; fields: ItemFields['giveGet'] }
  | { list: 'concern'; fields: ItemFields['concern'] }
  | { list: 'parking'; fields: ItemFields['parking'] }

/**
 * A voice or a give & get belongs to a side: the writer's team when it is marketing or sales;
 * a card from management or others needs the facilitator to choose one.
 */
export function cardNeedsSide(card: Pick<RoomCard, 'card' | 'team'>): boolean {
  return (card.card === 'voice' || card.card === 'giveGet') && !isSide(card.team)
}

/**
 * The item of its list a card becomes when released; `side`, when given, is the facilitator's
 * choice over the writer's team. Undefined when the card needs a side and none is given.
 */
export function itemOfCard(card: Pick<RoomCard, 'card' | 'team' | 'text'>, side?: Side): CardItem | undefined {
  const team = side ?? (isSide(card.team) ? card.team : undefined)
  switch (card.card) {
    case 'voice':
      // What the writer's side says about the other side — the room's voice, spoken anonymously.
      return team && { list: 'voice', fields: { team, kind: 'says', text: card.text } }
    case 'giveGet':
      return team && { list: 'giveGet', fields: { team, text: card.text } }
    case 'concern':
      return { list: 'concern', fields: { text: card.text, response: '' } }
    case 'parking':
      return { list: 'parking', fields: { text: card.text, raisedIn: 'overview', shown: true } }
  }
}
