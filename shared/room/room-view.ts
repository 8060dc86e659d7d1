import { FIELD_LIMITS, type FieldKind } from '../domain/field-limits'
import { itemsOf, type Item } from '../domain/items'
import { formatNumber, formatPercent } from '../domain/numbers'
import { VOTE_SUBJECTS, type VoteSubject } from '../domain/room-records'
import type { Workshop } from '../domain/workshop'
import { ROOM_LIMITS, type Question, type RoomView, type Shown } from './contract'
import { CARD_KINDS, type CardKind } from './kinds'
import { ROOM_VIEW_TEXTS } from './view-texts'
import { textsFor } from '../docx/texts'

/**
 * What the room is asked and shown (issue 14), built in one place from the workshop, the
 * facilitator's choices and the room's answers: the phones get exactly this, and the projector
 * shows the same content. Pure: the facilitator's page calls it on every change and sends the result.
 */

export const PROJECTOR_KINDS = ['nothing', 'cards', 'heatmap', 'dots', 'agreement'] as const
export type ProjectorKind = (typeof PROJECTOR_KINDS)[number]

/** `mql` / `sql`: the definitions of step 3; anything else a commitment's item id. */
export type AgreeSubject = string

/** What the facilitator has opened and what the projector shows: UI state, never saved. */
export interface RoomChoices {
  rate: boolean
  cards: Record<CardKind, boolean>
  dots: { open: boolean; subject: VoteSubject; dots: number }
  agree: { open: boolean; subject: AgreeSubject }
  projector: ProjectorKind
  /** Which kind of released card the projector shows when it shows cards. */
  projectorCard: CardKind
}

export const DEFAULT_DOTS = 3

export const DEFAULT_ROOM_CHOICES: RoomChoices = {
  rate: false,
  cards: { voice: false, giveGet: false, concern: false, parking: false },
  dots: { open: false, subject: 'friction', dots: DEFAULT_DOTS },
  agree: { open: false, subject: 'mql' },
  projector: 'nothing',
  projectorCard: 'voice'
}

/** The fixed question ids (room-design.md): an answer's record is derived from them. */
export const QUESTION_IDS = {
  rate: 'rate',
  cards: (card: CardKind) => `cards-${card}`,
  dots: (subject: VoteSubject) => `dots-${subject}`,
  agree: (subject: AgreeSubject) => `agree-${subject}`
} as const

export interface Choice {
  id: string
  title: string
}

/** A text held to a field's limit; an ellipsis marks where it was cut. */
function clip(text: string, field: FieldKind): string {
  const trimmed = text.trim()
  const limit = FIELD_LIMITS[field]
  return trimmed.length <= limit ? trimmed : `${trimmed.slice(0, limit - 1)}…`
}

function choices(entries: Array<{ id: string; text: string }>): Choice[] {
  return entries
    .filter((entry) => entry.text.trim() !== '')
    .slice(0, ROOM_LIMITS.maxChoices)
    .map((entry) => ({ id: entry.id, title: clip(entry.text, 'title') }))
}

/** The friction areas of step 1 that have a name: what the phones rate. */
export function rateAreas(items: readonly Item[]): Choice[] {
  return choices(itemsOf(items, 'friction').map((item) => ({ id: item.id, text: item.area })))
}

/** What a dot vote on `subject` offers: the friction areas, the actions or the concerns that have a text. */
export function dotOptions(items: readonly Item[], subject: VoteSubject): Choice[] {
  switch (subject) {
    case 'friction':
      return rateAreas(items)
    case 'action':
      return choices(itemsOf(items, 'action').map((item) => ({ id: item.id, text: item.title })))
    case 'concern':
      return choices(itemsOf(items, 'concern').map((item) => ({ id: item.id, text: item.text })))
  }
}

/** The commitments of step 4 that have a description: what the room can be asked to agree to, besides the definitions. */
export function agreeableCommitments(items: readonly Item[]): Choice[] {
  return itemsOf(items, 'commitment')
    .filter((item) => item.description.trim() !== '')
    .map((item) => ({ id: item.id, title: item.description.trim() }))
}

/**
 * The sentence the room agrees to or not yet: the MQL or SQL definition, or a commitment with its
 * level ("Sales contacts a new MQL — at most 24 hours"). Empty when there is nothing to agree to.
 */
export function agreeText(workshop: Workshop, items: readonly Item[], subject: AgreeSubject): string {
  if (subject === 'mql' || subject === 'sql') return clip(workshop[subject].sentence, 'long')
  const commitment = itemsOf(items, 'commitment').find((item) => item.id === subject)
  if (!commitment || commitment.description.trim() === '') return ''
  if (commitment.value === null) return clip(commitment.description, 'long')
  // Worded as the SLA document words a service level (shared/docx/parts/commitments.ts), in the workshop's language.
  const language = workshop.language
  const words = textsFor(language).sla.commitments
  const value = commitment.value
  const amount =
    commitment.unit === 'percent'
      ? formatPercent(value, language)
      : commitment.unit === 'count'
        ? words.times(formatNumber(value, language), value)
        : `${formatNumber(value, language)} ${value === 1 ? words.units[commitment.unit].one : words.units[commitment.unit].other}`
  return clip(`${commitment.description.trim()} — ${words.directions[commitment.direction]} ${amount}`, 'long')
}

/** The questions the phones see, in a fixed order; a question with nothing to answer stays closed. */
export function roomQuestions(workshop: Workshop, items: readonly Item[], choices: RoomChoices): Question[] {
  const questions: Question[] = []
  const areas = rateAreas(items)
  if (choices.rate && areas.length > 0) questions.push({ kind: 'rate', id: QUESTION_IDS.rate, areas })
  for (const card of CARD_KINDS) {
    // No prompt: the phone's page asks for each kind of card in its own words, in the same language.
    if (choices.cards[card]) questions.push({ kind: 'cards', id: QUESTION_IDS.cards(card), card, prompt: '' })
  }
  if (choices.dots.open && VOTE_SUBJECTS.includes(choices.dots.subject)) {
    const options = dotOptions(items, choices.dots.subject)
    const dots = Math.min(ROOM_LIMITS.maxDots, Math.max(1, Math.round(choices.dots.dots)))
    if (options.length > 0) {
      questions.push({ kind: 'dots', id: QUESTION_IDS.dots(choices.dots.subject), prompt: ROOM_VIEW_TEXTS[workshop.language].dots[choices.dots.subject], dots, options })
    }
  }
  if (choices.agree.open) {
    const text = agreeText(workshop, items, choices.agree.subject)
    if (text !== '') questions.push({ kind: 'agree', id: QUESTION_IDS.agree(choices.agree.subject), text })
  }
  return questions.slice(0, ROOM_LIMITS.maxOpenQuestions)
}

export interface RoomViewInput {
  workshop: Workshop
  items: readonly Item[]
  choices: RoomChoices
  /** False while the projector shows something else (another section, a blank screen): the phones then show nothing either. */
  showing: boolean
}

/** Everything the phones get: the workshop's language, the open questions and what the projector shows. */
export function roomViewOf({ workshop, items, choices, showing }: RoomViewInput): RoomView {
  const shown: Shown = showing ? { kind: 'nothing' } : { kind: 'nothing' }
  return { language: workshop.language, questions: roomQuestions(workshop, items, choices), shown }
}
