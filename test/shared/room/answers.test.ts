import { describe, expect, it } from 'vitest'
import { FIELD_LIMITS } from '../../../shared/domain/field-limits'
import { fitAnswer } from '../../../shared/room/answers'
import { ROOM_LIMITS, submitRequestSchema, type Question } from '../../../shared/room/contract'

const rate: Question = { kind: 'rate', id: 'r', areas: [{ id: 'a1', title: 'Lead quality' }] }
const voices: Question = { kind: 'cards', id: 'v', card: 'voice', prompt: '' }
const concerns: Question = { kind: 'cards', id: 'c', card: 'concern', prompt: '' }
const dots: Question = { kind: 'dots', id: 'd', prompt: '', dots: 2, options: [{ id: 'o1', title: 'A' }, { id: 'o2', title: 'B' }] }
const agree: Question = { kind: 'agree', id: 'g', text: 'An MQL …' }

describe('fitAnswer', () => {
  it('takes a rating of one of the question’s areas only', () => {
    expect(fitAnswer(rate, { kind: 'rate', area: 'a1', rating: 5 })).toEqual({ kind: 'rate', area: 'a1', rating: 5 })
    expect(fitAnswer(rate, { kind: 'rate', area: 'a2', rating: 5 })).toBeUndefined()
    expect(fitAnswer(voices, { kind: 'rate', area: 'a1', rating: 5 })).toBeUndefined()
  })

  it('holds a card to its kind’s field limit, printable and trimmed, never empty', () => {
    expect(fitAnswer(voices, { kind: 'card', text: ' \u202Eok\u0000 ' })).toEqual({ kind: 'card', text: 'ok' })
    expect(fitAnswer(voices, { kind: 'card', text: 'x'.repeat(FIELD_LIMITS.title) })).toBeDefined()
    expect(fitAnswer(voices, { kind: 'card', text: 'x'.repeat(FIELD_LIMITS.title + 1) })).toBeUndefined()
    expect(fitAnswer(concerns, { kind: 'card', text: 'x'.repeat(FIELD_LIMITS.long) })).toBeDefined()
    expect(fitAnswer(voices, { kind: 'card', text: ' \u0007 ' })).toBeUndefined()
    expect(fitAnswer(rate, { kind: 'card', text: 'hello' })).toBeUndefined()
  })

  it('takes no more dots than the question hands out, on its options only', () => {
    expect(fitAnswer(dots, { kind: 'dots', options: ['o1', 'o1'] })).toBeDefined()
    expect(fitAnswer(dots, { kind: 'dots', options: [] })).toBeDefined()
    expect(fitAnswer(dots, { kind: 'dots', options: ['o1', 'o1', 'o2'] })).toBeUndefined()
    expect(fitAnswer(dots, { kind: 'dots', options: ['o3'] })).toBeUndefined()
  })

  it('takes agreement on an agreement question only', () => {
    expect(fitAnswer(agree, { kind: 'agree', answer: 'agree' })).toEqual({ kind: 'agree', answer: 'agree' })
    expect(fitAnswer(dots, { kind: 'agree', answer: 'agree' })).toBeUndefined()
  })
})

describe('the submission schema', () => {
  it('lets the longest card of the widest characters through within the body limit', () => {
    const body = JSON.stringify({ key: 'k'.repeat(64), question: 'q'.repeat(64), answer: { kind: 'card', text: '語'.repeat(FIELD_LIMITS.long) } })
    expect(submitRequestSchema.safeParse(JSON.parse(body)).success).toBe(true)
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(ROOM_LIMITS.maxParticipantBodyBytes)
  })

  it('refuses a key that is too short or carries other characters', () => {
    const answer = { kind: 'agree', answer: 'agree' }
    expect(submitRequestSchema.safeParse({ key: 'short', question: 'q', answer }).success).toBe(false)
    expect(submitRequestSchema.safeParse({ key: 'has spaces in it', question: 'q', answer }).success).toBe(false)
    expect(submitRequestSchema.safeParse({ key: 'abcdefgh', question: 'q', answer }).success).toBe(true)
  })
})
