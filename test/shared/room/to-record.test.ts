import { describe, expect, it } from 'vitest'
import type { Answer, Question, Submission } from '../../../shared/room/contract'
import { agreeQuestionId, cardNeedsSide, cardsQuestionId, dotsQuestionId, itemOfCard, RATE_QUESTION_ID, recordOf } from '../../../shared/room/to-record'

const rate: Question = { kind: 'rate', id: RATE_QUESTION_ID, areas: [{ id: 'area-1', title: 'Lead follow-up' }] }
const voices: Question = { kind: 'cards', id: cardsQuestionId('voice'), card: 'voice', prompt: 'What do you hear?' }
const dots: Question = { kind: 'dots', id: dotsQuestionId('action'), prompt: 'Which first?', dots: 3, options: [{ id: 'act-1', title: 'Training' }] }
const agree: Question = { kind: 'agree', id: agreeQuestionId('mql'), text: 'An MQL is …' }
const questions = [rate, voices, dots, agree]

const submission = (question: string, answer: Answer, seq = 7): Submission => ({
  seq,
  participant: 'phone-1',
  team: 'marketing',
  question,
  answer,
  minute: 1_800_000_000_000
})
const base = { workshopId: 'w', team: 'marketing', minute: 1_800_000_000_000 }

describe('recordOf', () => {
  it('makes a rating whose id names the phone and the area, so a later rating replaces it', () => {
    expect(recordOf('w', 'run', submission('rate', { kind: 'rate', area: 'area-1', rating: 4 }), questions)).toEqual({
      ...base,
      kind: 'rating',
      id: 'rating:phone-1:area-1',
      voter: 'phone-1',
      itemId: 'area-1',
      rating: 4
    })
  })

  it('makes a queued card of the question’s kind without the phone that wrote it', () => {
    const record = recordOf('w', 'run', submission('cards-voice', { kind: 'card', text: '  Leads are cold  ' }), questions)
    expect(record).toEqual({ ...base, kind: 'card', id: 'card:run:7', card: 'voice', text: 'Leads are cold', state: 'queued', mergedInto: null, itemId: null })
    expect(JSON.stringify(record)).not.toContain('phone-1')
  })

  it('makes a vote and an agreement about the subject in the question’s id', () => {
    expect(recordOf('w', 'run', submission('dots-action', { kind: 'dots', options: ['act-1', 'act-1'] }), questions)).toEqual({
      ...base,
      kind: 'vote',
      id: 'vote:phone-1:action',
      voter: 'phone-1',
      subject: 'action',
      options: ['act-1', 'act-1']
    })
    expect(recordOf('w', 'run', submission('agree-mql', { kind: 'agree', answer: 'notYet' }), questions)).toEqual({
      ...base,
      kind: 'agreement',
      id: 'agreement:phone-1:mql',
      voter: 'phone-1',
      subject: 'mql',
      answer: 'notYet'
    })
  })

  it('keeps an answer that fits an earlier version of its question, drops one that fits none', () => {
    const later: Question = { ...rate, areas: [{ id: 'area-2', title: 'Hierarchy' }] }
    const answer = submission('rate', { kind: 'rate', area: 'area-1', rating: 2 })
    expect(recordOf('w', 'run', answer, [later])).toBeUndefined()
    expect(recordOf('w', 'run', answer, [later, rate])?.id).toBe('rating:phone-1:area-1')
    expect(recordOf('w', 'run', submission('cards-voice', { kind: 'rate', area: 'area-1', rating: 2 }), questions)).toBeUndefined()
    expect(recordOf('w', 'run', submission('nope', { kind: 'agree', answer: 'agree' }), questions)).toBeUndefined()
  })

  it('drops an answer to a question whose id does not follow the fixed scheme', () => {
    const odd: Question[] = [
      { ...dots, id: 'dots-everything' },
      { ...agree, id: 'agree-' },
      { ...voices, id: 'cards-concern' }
    ]
    expect(recordOf('w', 'run', submission('dots-everything', { kind: 'dots', options: [] }), odd)).toBeUndefined()
    expect(recordOf('w', 'run', submission('agree-', { kind: 'agree', answer: 'agree' }), odd)).toBeUndefined()
    expect(recordOf('w', 'run', submission('cards-concern', { kind: 'card', text: 'x' }), odd)).toBeUndefined()
  })
})

describe('itemOfCard', () => {
  it('turns each kind of card into its list’s item', () => {
    expect(itemOfCard({ card: 'voice', team: 'sales', text: 't' })).toEqual({ list: 'voice', fields: { team: 'sales', kind: 'says', text: 't' } })
    expect(itemOfCard({ card: 'giveGet', team: 'marketing', text: 't' })).toEqual({ list: 'giveGet', fields: { team: 'marketing', text: 't' } })
    expect(itemOfCard({ card: 'concern', team: 'other', text: 't' })).toEqual({ list: 'concern', fields: { text: 't', response: '' } })
    expect(itemOfCard({ card: 'parking', team: 'management', text: 't' })).toEqual({ list: 'parking', fields: { text: 't', raisedIn: 'overview', shown: true } })
  })

  it('needs a side for a voice or give & get from management or others, and takes the facilitator’s choice', () => {
    expect(cardNeedsSide({ card: 'voice', team: 'management' })).toBe(true)
    expect(cardNeedsSide({ card: 'giveGet', team: 'other' })).toBe(true)
    expect(cardNeedsSide({ card: 'concern', team: 'other' })).toBe(false)
    expect(cardNeedsSide({ card: 'voice', team: 'sales' })).toBe(false)
    expect(itemOfCard({ card: 'voice', team: 'management', text: 't' })).toBeUndefined()
    expect(itemOfCard({ card: 'voice', team: 'management', text: 't' }, 'marketing')?.fields).toMatchObject({ team: 'marketing' })
    expect(itemOfCard({ card: 'giveGet', team: 'sales', text: 't' }, 'marketing')?.fields).toMatchObject({ team: 'marketing' })
  })
})
