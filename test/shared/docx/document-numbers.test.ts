import { describe, expect, it } from 'vitest'
import { exportSlaDocx } from '../../../shared/docx/index'
import { draftSlaInput, slaContent } from './docx-fixtures'
import { part, textOf } from './docx-test-support'

/** Documents write numbers with the same module as the screen (shared/domain/numbers). */
describe('numbers in the SLA document', () => {
  it.each([
    ['de', '1.200.000 €', '35,5 %'],
    ['en', '€1,200,000', '35.5%']
  ] as const)('(%s) shows money and percentages with the locale separators', async (language, money, percent) => {
    const content = slaContent(language)
    const [first, second] = content.targets
    if (!first || !second) throw new Error('the fixture has fewer than two targets')
    content.targets = [
      { ...first, value: 1200000, unit: 'EUR' },
      { ...second, value: 35.5, unit: '%' }
    ]
    const text = textOf(part(await exportSlaDocx(draftSlaInput(language, content)), 'word/document.xml')).replace(/[\u00a0\u202f]/g, ' ')
    expect(text).toContain(money)
    expect(text).toContain(percent)
  })

  it('never prints a 400-digit number, whatever an old backup holds', async () => {
    const content = slaContent('de')
    content.targets = content.targets.map((target) => ({ ...target, value: 1e308 }))
    content.commitments = content.commitments.map((commitment) => ({ ...commitment, value: 1e308 }))
    content.funnel = { ...content.funnel, revenueGoal: 1e308, dealSize: 1e308 }
    const text = textOf(part(await exportSlaDocx(draftSlaInput('de', content)), 'word/document.xml'))
    expect(text).toContain('1E308')
    expect(text).not.toMatch(/\d{20}/)
    expect(text.replace(/\D+/g, ' ').split(' ').every((digits) => digits.length < 20)).toBe(true)
  })
})
