import { describe, expect, it } from 'vitest'
import { CURRENCIES, isCurrency } from '../../../shared/domain/currency'
import { FIELD_LIMITS, copyTitle } from '../../../shared/domain/field-limits'
import { newWorkshop } from '../../../shared/domain/new-workshop'

describe('a copy’s title', () => {
  const limit = FIELD_LIMITS.title

  it('is the original’s and the suffix', () => {
    expect(copyTitle('Kick-off', '(Kopie)')).toBe('Kick-off (Kopie)')
    expect(copyTitle('Kick-off', '  ')).toBe('Kick-off')
    expect(copyTitle('', '(copy)')).toBe('(copy)')
  })

  it('cuts the original so the whole stays within the title’s limit, never through an emoji', () => {
    const full = copyTitle('x'.repeat(limit), '(Kopie)')
    expect(full).toHaveLength(limit)
    expect(full.endsWith('x (Kopie)')).toBe(true)
    // 'a' first, so the cut falls between the two halves of an emoji.
    const emoji = copyTitle(`a${'😀'.repeat(limit / 2 - 1)}`, '(Kopie)')
    expect(emoji).toHaveLength(limit - 1)
    expect(emoji).toMatch(/^a(😀)+ \(Kopie\)$/u)
  })

  it('keeps a title from before the limits whole', () => {
    const old = 'y'.repeat(limit + 10)
    expect(copyTitle(old, '(copy)')).toBe(`${old} (copy)`)
  })
})

describe('the currencies the app offers', () => {
  it('are ISO 4217 codes the app can write amounts in, the new workshop’s euro among them', () => {
    const known = new Set(Intl.supportedValuesOf('currency'))
    expect(CURRENCIES.filter((code) => !known.has(code))).toEqual([])
    expect(new Set(CURRENCIES).size).toBe(CURRENCIES.length)
    expect(isCurrency(newWorkshop('w', { title: '', organisation: '', unit: '', language: 'de', facilitator: '', date: '' }, 0).currency)).toBe(true)
    expect([isCurrency('CHF'), isCurrency('eur'), isCurrency('ABC'), isCurrency('EURO')]).toEqual([true, false, false, false])
  })
})
