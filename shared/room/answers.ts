import { FIELD_LIMITS } from '../domain/field-limits'
import { printableText } from '../domain/printable-text'
import { CARD_TEXT_FIELD, type Answer, type Question } from './contract'

/**
 * Whether an answer fits the question it is given to, and the answer as it is kept: a card's text
 * printable (printable-text.ts) and trimmed, within its card kind's limit; a rating of one of the
 * question's areas; dots on its options, no more than it hands out; agreement on a shown text.
 * `undefined` when it does not fit: the phone answered a question it was not asked.
 */
export function fitAnswer(question: Question, answer: Answer): Answer | undefined {
  switch (answer.kind) {
    case 'rate':
      return question.kind === 'rate' && question.areas.some((area) => area.id === answer.area) ? answer : undefined
    case 'card': {
      if (question.kind !== 'cards') return undefined
      const text = printableText(answer.text).trim()
      return text !== '' && text.length <= FIELD_LIMITS[CARD_TEXT_FIELD[question.card]] ? { kind: 'card', text } : undefined
    }
    case 'dots': {
      if (question.kind !== 'dots' || answer.options.length > question.dots) return undefined
      const known = new Set(question.options.map((option) => option.id))
      return answer.options.every((id) => known.has(id)) ? answer : undefined
    }
    case 'agree':
      return question.kind === 'agree' ? answer : undefined
  }
}
