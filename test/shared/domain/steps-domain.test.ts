import { describe, expect, it } from 'vitest'
import { definitionSentence } from '../../../shared/domain/definitions'
import { defaultItems, suggestedActions } from '../../../shared/domain/defaults'
import { perceptionGap, toRating } from '../../../shared/domain/friction'
import { duplicateNameIds } from '../../../shared/domain/participants'
import { isValidEmail } from '../../../shared/domain/email'
import { agreementCount, completedSteps } from '../../../shared/domain/progress'
import { newWorkshop, validateNewWorkshop } from '../../../shared/domain/new-workshop'
import { isIsoDate } from '../../../shared/domain/iso-date'
import { matchesSearch } from '../../../shared/domain/workshop-search'
import type { Item } from '../../../shared/domain/items'
import { SLA_PART_STEP, SLA_STEPS } from '../../../shared/domain/sla-lock'
import { isStepId } from '../../../shared/domain/workshop'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'de' as const, facilitator: '', date: '2027-01-15' }

describe('new workshop', () => {
  it('needs a title, an organisation and a real date', () => {
    expect(validateNewWorkshop(input)).toEqual([])
    expect(validateNewWorkshop({ ...input, title: '  ', organisation: '', date: '2027-02-30' })).toEqual([
      'titleRequired',
      'organisationRequired',
      'dateInvalid'
    ])
  })

  it('accepts only calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true)
    expect(isIsoDate('2027-02-29')).toBe(false)
    expect(isIsoDate('15.01.2027')).toBe(false)
  })

  it('starts with all five steps open and suggested timeboxes', () => {
    const workshop = newWorkshop('w1', { ...input, title: ' Kick-off ' }, 1)
    expect(workshop.title).toBe('Kick-off')
    expect(Object.keys(workshop.steps)).toEqual(['awareness', 'closedLoop', 'language', 'sla', 'keepAtIt'])
    expect(completedSteps(workshop)).toBe(0)
    expect(workshop.steps.sla.timeboxMinutes).toBeGreaterThan(0)
  })
})

describe('example content', () => {
  it('is offered in the language of the workshop', () => {
    const de = defaultItems('de')
    const en = defaultItems('en')
    expect(de.length).toBe(en.length)
    const stagesEn = en.filter((i) => i.list === 'stage').map((i) => (i.list === 'stage' ? i.name : ''))
    expect(stagesEn).toEqual(['Lead', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Customer', 'Nurturing / recycled'])
    expect(de.filter((i) => i.list === 'friction')).toHaveLength(7)
    expect(de.some((i) => i.list === 'friction' && i.area.startsWith('Hierarchie'))).toBe(true)
    expect(de.filter((i) => i.list === 'sqlCriterion').every((i) => i.list === 'sqlCriterion' && i.kind === 'bant')).toBe(true)
    expect(suggestedActions('de')).toContain('Gemeinsames Kommunikationstraining')
    expect(suggestedActions('en')).toHaveLength(7)
  })
})

describe('friction check', () => {
  it('takes whole ratings 1–5 only', () => {
    expect(toRating('3')).toBe(3)
    expect(toRating('')).toBe(null)
    expect(toRating(0)).toBeUndefined()
    expect(toRating(6)).toBeUndefined()
    expect(toRating(2.5)).toBeUndefined()
    expect(toRating('abc')).toBeUndefined()
  })

  it('measures the perception gap between marketing and sales once both rated', () => {
    expect(perceptionGap({ ratings: { marketing: 1, sales: 4, management: 5 } })).toBe(3)
    expect(perceptionGap({ ratings: { marketing: 4, sales: 1, management: null } })).toBe(3)
    expect(perceptionGap({ ratings: { marketing: 2, sales: null, management: 2 } })).toBe(null)
  })
})

describe('participants', () => {
  it('accepts an empty or a valid e-mail only', () => {
    expect(isValidEmail('')).toBe(true)
    expect(isValidEmail(' anna.schmidt@mueller.de ')).toBe(true)
    expect(isValidEmail('anna@')).toBe(false)
    expect(isValidEmail('anna schmidt@mueller.de')).toBe(false)
  })

  it('flags names that appear twice, ignoring case, spaces and Unicode form', () => {
    const ids = duplicateNameIds([
      { id: 'a', name: 'Jörg  Meier' },
      { id: 'b', name: 'jo\u0308rg meier' },
      { id: 'c', name: 'Anna' },
      { id: 'd', name: '' },
      { id: 'e', name: '' }
    ])
    expect([...ids].sort()).toEqual(['a', 'b'])
  })
})

describe('definitions', () => {
  const criteria = [
    { text: 'Industry: mechanical engineering', points: 20 },
    { text: '  ', points: 5 },
    { text: 'Downloaded the whitepaper', points: null }
  ]

  it('writes an MQL by score: the threshold, the points, and what is required on top — in English and German', () => {
    expect(definitionSentence('mql', criteria, 'en', 1500)).toBe(
      'A lead is a Marketing Qualified Lead (MQL) as soon as it reaches a score of at least 1,500 points. It gets points for: Industry: mechanical engineering (20 points). In addition it must meet: Downloaded the whitepaper.'
    )
    expect(definitionSentence('mql', criteria, 'de', 1500)).toBe(
      'Ein Lead ist ein Marketing Qualified Lead (MQL), sobald er mindestens 1.500 Punkte erreicht. Punkte gibt es für: Industry: mechanical engineering (20 Punkte). Zusätzlich muss er erfüllen: Downloaded the whitepaper.'
    )
    expect(definitionSentence('mql', [{ text: 'Webinar', points: 1 }], 'de', 1)).toBe(
      'Ein Lead ist ein Marketing Qualified Lead (MQL), sobald er mindestens 1 Punkt erreicht. Punkte gibt es für: Webinar (1 Punkt).'
    )
  })

  it('never reads a scored MQL as "all criteria required", even before the threshold is agreed', () => {
    const scored = [criteria[0]!]
    expect(definitionSentence('mql', scored, 'en', null)).toBe(
      'A lead gets points for: Industry: mechanical engineering (20 points). The score from which it is a Marketing Qualified Lead (MQL) is still to be agreed.'
    )
    expect(definitionSentence('mql', scored, 'en', null)).not.toMatch(/all of these/)
    expect(definitionSentence('mql', scored, 'de', null)).toContain('Ab welcher Punktzahl er ein Marketing Qualified Lead (MQL) ist, ist noch zu vereinbaren.')
  })

  it('requires every criterion when there are no points, and for the SQL', () => {
    const plain = [{ text: 'Budget', points: null }, { text: 'Need', points: null }]
    expect(definitionSentence('sql', plain, 'en')).toBe('A lead is a Sales Qualified Lead (SQL) when it meets all of these criteria: Budget; Need.')
    expect(definitionSentence('mql', plain, 'de', 50)).toBe('Ein Lead ist ein Marketing Qualified Lead (MQL), wenn er alle diese Kriterien erfüllt: Budget; Need.')
  })

  it('says so when there are no criteria', () => {
    expect(definitionSentence('sql', [], 'de')).toBe('Noch keine Kriterien vereinbart.')
  })
})

describe('progress', () => {
  it('counts agreed items per step, without perceptions, with the step’s definitions', () => {
    const workshop = newWorkshop('w', input, 1)
    workshop.mql.status = 'agreed'
    const base = { workshopId: 'w', order: 1 }
    const items = [
      { ...base, id: '1', list: 'mqlCriterion', status: 'agreed', text: 'x', kind: 'fit', points: null },
      { ...base, id: '2', list: 'glossary', status: 'proposed', term: 'a', definition: 'b' },
      { ...base, id: '3', list: 'voice', status: 'proposed', team: 'sales', kind: 'heard', text: 'x' }
    ] as Item[]
    expect(agreementCount(workshop, items, 'language')).toEqual({ agreed: 2, total: 4 })
    expect(agreementCount(workshop, items, 'awareness')).toEqual({ agreed: 0, total: 0 })
  })
})

describe('search', () => {
  it('finds by title or organisation, ignoring case and accents', () => {
    const workshop = { title: 'Kick-off 2027', organisation: 'Müller Maschinenbau' }
    expect(matchesSearch(workshop, 'muller')).toBe(true)
    expect(matchesSearch(workshop, 'KICK maschinen')).toBe(true)
    expect(matchesSearch(workshop, 'Schmidt')).toBe(false)
    expect(matchesSearch(workshop, '   ')).toBe(true)
  })
})

describe('which steps form the SLA', () => {
  it('are the steps of the SLA lists and of the SLA parts of the workshop: steps 2, 3 and 4', () => {
    expect([...SLA_STEPS].sort()).toEqual(['closedLoop', 'language', 'sla'])
    for (const step of Object.values(SLA_PART_STEP)) expect(SLA_STEPS.has(step)).toBe(true)
  })

  it('knows a step id from any other text', () => {
    expect(isStepId('keepAtIt')).toBe(true)
    expect(isStepId('overview')).toBe(false)
    expect(isStepId('toString')).toBe(false)
    expect(isStepId(3)).toBe(false)
  })
})
