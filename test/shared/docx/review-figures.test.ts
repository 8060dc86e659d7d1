import { describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/review'
import { computeFunnel } from '../../../shared/domain/funnel'
import { formatsFor } from '../../../shared/docx/locale-format'
import { commitmentAmount, serviceLevel } from '../../../shared/docx/parts/commitments'
import type { DocContext } from '../../../shared/docx/parts/context'
import { actualFunnelInputs, attendeesOf, decisionParagraphs, hasActualRates, isAddedInReview, reportedActions, shownPercent } from '../../../shared/docx/review/review-figures'
import type { ReviewAction } from '../../../shared/docx/review/review-input'
import { statusCell } from '../../../shared/docx/review/review-results'
import { textsFor } from '../../../shared/docx/texts'
import { slaContent } from './docx-fixtures'

const NO_RATES = { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null }

function ctx(language: 'de' | 'en'): DocContext {
  return { texts: textsFor(language), formats: formatsFor(language, 'Europe/Berlin'), currency: 'EUR' }
}

describe('shownPercent: a whole percent that never contradicts the status', () => {
  it('rounds to a whole percent', () => {
    expect(shownPercent(110, DEFAULT_THRESHOLDS)).toBe(110)
    expect(shownPercent(42.857, DEFAULT_THRESHOLDS)).toBe(43)
    expect(shownPercent(87.5, DEFAULT_THRESHOLDS)).toBe(88)
  })

  it('does not round up across a threshold: 99.6 % is nearly met, not 100 %', () => {
    expect(shownPercent(99.6, DEFAULT_THRESHOLDS)).toBe(99)
    expect(shownPercent(79.5, DEFAULT_THRESHOLDS)).toBe(79)
    expect(shownPercent(99.6, { green: 110, amber: 90 })).toBe(100)
    expect(shownPercent(109.5, { green: 110, amber: 90 })).toBe(109)
  })
})

describe('attendeesOf', () => {
  const participants = [
    { id: 'p1', name: 'Anna', role: 'Head of marketing', team: 'marketing' as const },
    { id: 'p2', name: 'Bernd', role: 'Head of sales', team: 'sales' as const },
    { id: 'p3', name: 'Clara', role: 'CEO', team: 'management' as const }
  ]

  it('lists attending participants in the workshop order, then the guests without blanks', () => {
    expect(attendeesOf({ attendeeIds: ['p3', 'p1', 'gone'], guests: [' Dora ', '', '  '] }, participants)).toEqual([
      { kind: 'participant', name: 'Anna', role: 'Head of marketing', team: 'marketing' },
      { kind: 'participant', name: 'Clara', role: 'CEO', team: 'management' },
      { kind: 'guest', name: 'Dora' }
    ])
  })
})

describe('the calculator with the actual rates', () => {
  const planned = slaContent('en').funnel

  it('runs only when a rate was measured', () => {
    expect(hasActualRates(NO_RATES)).toBe(false)
    expect(hasActualRates({ ...NO_RATES, sqlToCustomer: 20 })).toBe(true)
  })

  it('puts the measured rates over the planned ones and keeps the rest of the plan', () => {
    const inputs = actualFunnelInputs(planned, { ...NO_RATES, leadToMql: 15 })
    expect(inputs).toEqual({ ...planned, leadToMql: 15 })
    expect(planned.leadToMql).toBe(20)
  })

  it('drops a planned direct lead → customer rate as soon as a stage rate was measured', () => {
    const direct = { ...planned, leadToCustomer: 2 }
    // The planned direct rate would otherwise win over the measured stages and repeat the plan.
    const partly = actualFunnelInputs(direct, { ...NO_RATES, leadToMql: 10, mqlToSql: 30 })
    expect(partly.leadToCustomer).toBeNull()
    expect(partly.sqlToCustomer).toBe(planned.sqlToCustomer)
    const inputs = actualFunnelInputs(direct, { visitToLead: null, leadToMql: 10, mqlToSql: 30, sqlToCustomer: 20 })
    expect(inputs.leadToCustomer).toBeNull()
    const outcome = computeFunnel(inputs)
    expect(outcome.ok && outcome.warnings).toEqual([])
  })
})

describe('the actions of a review', () => {
  const action = (title: string): ReviewAction => ({ title, owner: '', team: 'sales', due: '', state: 'open' })

  it('recognises the actions the review added by the period at the end of their title', () => {
    expect(isAddedInReview(action('Re-train SDRs (2027-Q1)'), '2027-Q1')).toBe(true)
    expect(isAddedInReview(action('Re-train SDRs (2027-Q1)  '), '2027-Q1')).toBe(true)
    expect(isAddedInReview(action('Re-train SDRs (2026-Q4)'), '2027-Q1')).toBe(false)
    expect(isAddedInReview(action('Discuss (2027-Q1) results'), '2027-Q1')).toBe(false)
    expect(isAddedInReview(action('Anything ()'), '')).toBe(false)
  })

  it('lists them first, each group in the plan order', () => {
    const titles = reportedActions([action('A'), action('B (2027-Q1)'), action('C'), action('D (2027-Q1)')], '2027-Q1').map((a) => `${a.title}${a.addedInReview ? '*' : ''}`)
    expect(titles).toEqual(['B (2027-Q1)*', 'D (2027-Q1)*', 'A', 'C'])
  })
})

describe('decisionParagraphs', () => {
  it('makes one paragraph per typed line, whatever the line ends, and drops blank lines', () => {
    expect(decisionParagraphs('One.\r\n\r\n  Two.  \rThree.\n \n')).toEqual(['One.', 'Two.', 'Three.'])
    expect(decisionParagraphs('  \n ')).toEqual([])
  })
})

describe('amounts in a commitment unit', () => {
  it('writes the actual of a commitment without its direction', () => {
    expect(commitmentAmount(12, 'hours', ctx('en'))).toBe('12\u00A0hours')
    expect(commitmentAmount(1, 'attempts', ctx('en'))).toBe('1\u00A0attempt')
    expect(commitmentAmount(1, 'perWeek', ctx('de'))).toBe('1\u00A0pro\u00A0Woche')
    expect(commitmentAmount(95.5, 'percent', ctx('de'))).toBe('95,5\u00A0%')
    expect(commitmentAmount(null, 'hours', ctx('en'))).toBe('—')
  })

  it('still words the service level with its direction', () => {
    expect(serviceLevel({ direction: 'atMost', value: 24, unit: 'hours' }, ctx('de'))).toBe('höchstens 24\u00A0Stunden')
    expect(serviceLevel({ direction: 'atLeast', value: 90, unit: 'percent' }, ctx('en'))).toBe('at least 90%')
  })
})

describe('status cells', () => {
  it.each([
    ['green', 'met', 'erreicht', 'C6EFCE'],
    ['amber', 'nearly met', 'knapp verfehlt', 'FFEB9C'],
    ['red', 'missed', 'verfehlt', 'FFC7CE'],
    ['notMeasured', 'not measured', 'nicht gemessen', 'EDEDED']
  ] as const)('%s: shaded and named in words', (status, en, de, fill) => {
    expect(statusCell(status, ctx('en'))).toMatchObject({ text: en, fill })
    expect(statusCell(status, ctx('de'))).toMatchObject({ text: de, fill })
  })
})
