import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../../shared/domain/language'
import {
  checkNumber,
  formatEditable,
  formatMoney,
  formatAverage,
  formatNumber,
  formatPercent,
  MAX_MAGNITUDE,
  NO_VALUE,
  parseNumber,
  otherLanguageReading,
  readNumber
} from '../../../shared/domain/numbers'

const value = (text: string, language: Language) => {
  const reading = parseNumber(text, language)
  if (!reading.ok) throw new Error(`"${text}" (${language}) was refused: ${reading.problem}`)
  return reading.value
}
const problem = (text: string, language: Language) => {
  const reading = parseNumber(text, language)
  return reading.ok ? `accepted as ${reading.value}` : reading.problem
}
// Intl separates number and unit with a no-break space; compare as a person reads it.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('reading numbers as the person typed them', () => {
  it('reads German thousands with dots, spaces or nothing, and decimals with a comma', () => {
    expect(value('500.000', 'de')).toBe(500000)
    expect(value('500000', 'de')).toBe(500000)
    expect(value('500 000', 'de')).toBe(500000)
    expect(value('1.200.000', 'de')).toBe(1200000)
    expect(value('228.000', 'de')).toBe(228000)
    expect(value('1.234,5', 'de')).toBe(1234.5)
    expect(value('35,5', 'de')).toBe(35.5)
    expect(value(' 24 ', 'de')).toBe(24)
  })

  it('reads English thousands with commas and decimals with a point', () => {
    expect(value('500,000', 'en')).toBe(500000)
    expect(value('500000', 'en')).toBe(500000)
    expect(value('500 000', 'en')).toBe(500000)
    expect(value('1,234.5', 'en')).toBe(1234.5)
    expect(value('35.5', 'en')).toBe(35.5)
  })

  it('reads an empty field as no number', () => {
    expect(value('', 'de')).toBeNull()
    expect(value('   ', 'en')).toBeNull()
  })

  it('refuses what a reader could take for another number, never guessing', () => {
    expect(problem('1,234.5', 'de')).toBe('notation')
    expect(problem('1.5', 'de')).toBe('notation')
    expect(problem('1,2,3', 'de')).toBe('notation')
    expect(problem('1,2,3', 'en')).toBe('notation')
    expect(problem('1.234,5', 'en')).toBe('notation')
    expect(problem('1,5', 'en')).toBe('notation')
    expect(problem('500.000 000', 'de')).toBe('notation')
    expect(problem('50.00', 'de')).toBe('notation')
  })

  it('refuses, typed, a number the other language reads a thousand times larger', () => {
    const typed = (text: string, language: Language) => readNumber(text, language, 'quantity')
    expect(typed('500.000', 'en')).toEqual({ ok: false, problem: 'ambiguous', partial: true })
    expect(typed('-12.500', 'en')).toEqual({ ok: false, problem: 'ambiguous', partial: true })
    expect(typed('1,234', 'de')).toEqual({ ok: false, problem: 'ambiguous', partial: true })
    expect(otherLanguageReading('500.000', 'en')).toBe(500000)
    expect(otherLanguageReading('1,234', 'de')).toBe(1234)
    // Each language's own thousands, and decimals no reader takes for thousands, are read as before.
    expect(typed('500.000', 'de')).toEqual({ ok: true, value: 500000 })
    expect(typed('1,234', 'en')).toEqual({ ok: true, value: 1234 })
    expect(typed('0.125', 'en')).toEqual({ ok: true, value: 0.125 })
    expect(typed('1234.567', 'en')).toEqual({ ok: true, value: 1234.567 })
    expect(typed('12,5', 'de')).toEqual({ ok: true, value: 12.5 })
    // A file's numbers are not typed: the parser alone still reads them in its language.
    expect(value('500.000', 'en')).toBe(500)
  })

  it('refuses what is no number at all', () => {
    for (const language of ['de', 'en'] as const) {
      expect(problem('12abc', language)).toBe('invalid')
      expect(problem('1e308', language)).toBe('invalid')
      expect(problem('Infinity', language)).toBe('invalid')
      expect(problem('NaN', language)).toBe('invalid')
      expect(problem('-', language)).toBe('invalid')
    }
  })

  it('refuses more than 15 significant digits and anything beyond fifteen nines', () => {
    expect(value('999.999.999.999.999', 'de')).toBe(MAX_MAGNITUDE)
    expect(value('123456789012,345', 'de')).toBe(123456789012.345)
    expect(problem('1.000.000.000.000.000', 'de')).toBe('tooManyDigits')
    expect(problem('1234567890123456', 'en')).toBe('tooManyDigits')
    expect(problem('0.1234567890123456', 'en')).toBe('tooManyDigits')
    expect(problem('9'.repeat(400), 'en')).toBe('tooManyDigits')
  })

  it('tells a number still being typed from one that cannot become valid', () => {
    const partial = (text: string, language: Language) => {
      const reading = parseNumber(text, language)
      return !reading.ok && reading.partial
    }
    expect(partial('500.', 'de')).toBe(true)
    expect(partial('500.00', 'de')).toBe(true)
    expect(partial('1.234,', 'de')).toBe(true)
    expect(partial('500,', 'en')).toBe(true)
    expect(partial('1,234.5', 'de')).toBe(false)
    expect(partial('12abc', 'en')).toBe(false)
    expect(partial('1,2,3', 'en')).toBe(false)
  })
})

describe('the range of each kind of number', () => {
  it('counts are whole and not negative', () => {
    expect(checkNumber('count', 0)).toBeNull()
    expect(checkNumber('count', 30)).toBeNull()
    expect(checkNumber('count', -1)).toBe('notWhole')
    expect(checkNumber('count', 2.5)).toBe('notWhole')
    expect(checkNumber('positiveCount', 0)).toBe('belowOne')
    expect(checkNumber('positiveCount', 1)).toBeNull()
  })

  it('rates lie above 0 % and at most at 100 %', () => {
    expect(checkNumber('rate', 0)).toBe('rateRange')
    expect(checkNumber('rate', 0.01)).toBeNull()
    expect(checkNumber('rate', 100)).toBeNull()
    expect(checkNumber('rate', 100.5)).toBe('rateRange')
  })

  it('quantities are not negative, points stay within ±1,000', () => {
    expect(checkNumber('quantity', -0.5)).toBe('negative')
    expect(checkNumber('quantity', 0)).toBeNull()
    expect(checkNumber('points', -1000)).toBeNull()
    expect(checkNumber('points', 1001)).toBe('pointsRange')
  })

  it('refuses absurd stored values of every kind', () => {
    for (const kind of ['quantity', 'count', 'positiveCount', 'rate', 'points'] as const) {
      expect(checkNumber(kind, 1e308)).toBe('tooManyDigits')
      expect(checkNumber(kind, Infinity)).toBe('tooManyDigits')
      expect(checkNumber(kind, NaN)).toBe('invalid')
    }
  })

  it('reads and checks in one go', () => {
    expect(readNumber('-3', 'de', 'count')).toEqual({ ok: false, problem: 'notWhole', partial: false })
    expect(readNumber('150', 'en', 'rate')).toEqual({ ok: false, problem: 'rateRange', partial: false })
    expect(readNumber('35,5', 'de', 'rate')).toEqual({ ok: true, value: 35.5 })
    expect(readNumber('', 'de', 'positiveCount')).toEqual({ ok: true, value: null })
  })
})

describe('writing numbers in the locale', () => {
  it('writes money, percentages and numbers as each language does', () => {
    expect(plain(formatMoney(300000, 'EUR', 'de'))).toBe('300.000 €')
    expect(formatMoney(300000, 'EUR', 'en')).toBe('€300,000')
    expect(plain(formatMoney(1234.5, 'EUR', 'de'))).toBe('1.234,50 €')
    expect(plain(formatPercent(35.5, 'de'))).toBe('35,5 %')
    expect(formatPercent(35.5, 'en')).toBe('35.5%')
    expect(formatNumber(1200000, 'de')).toBe('1.200.000')
    expect(formatNumber(1200000, 'en')).toBe('1,200,000')
    expect(formatEditable(1234.5, 'de')).toBe('1.234,5')
    expect(formatEditable(0.000001, 'en')).toBe('0.000001')
  })

  it('shows an amount of money in a field with both digits of its cents, and every digit of anything finer', () => {
    expect(formatEditable(1234.5, 'de', { money: true })).toBe('1.234,50')
    expect(formatEditable(1234.5, 'en', { money: true })).toBe('1,234.50')
    expect(formatEditable(500000, 'de', { money: true })).toBe('500.000')
    expect(formatEditable(0.125, 'de', { money: true })).toBe('0,125')
    expect(readNumber(formatEditable(1234.5, 'de', { money: true }), 'de', 'quantity')).toEqual({ ok: true, value: 1234.5 })
  })

  it('writes an average of the room’s ratings to one decimal, a whole one too', () => {
    expect(formatAverage(3, 'de')).toBe('3,0')
    expect(formatAverage(3, 'en')).toBe('3.0')
    expect(formatAverage(11 / 3, 'de')).toBe('3,7')
    expect(formatAverage(4.25, 'en')).toBe('4.3')
    expect(formatAverage(null, 'de')).toBe(NO_VALUE)
  })

  it('keeps a typed currency that is no ISO code after the number', () => {
    expect(formatMoney(5000, 'Euro', 'de')).toBe('5.000 Euro')
  })

  it('never prints a 400-digit number, nor crashes on what old backups may hold', () => {
    for (const language of ['de', 'en'] as const) {
      for (const absurd of [1e308, -1e308, Number.MAX_VALUE, 1e16]) {
        for (const text of [formatNumber(absurd, language), formatMoney(absurd, 'EUR', language), formatPercent(absurd, language), formatEditable(absurd, language)]) {
          expect(text.replace(/\D/g, '').length).toBeLessThanOrEqual(6)
        }
      }
      expect(formatNumber(NaN, language)).toBe(NO_VALUE)
      expect(formatMoney(Infinity, 'EUR', language)).toBe(NO_VALUE)
      expect(formatPercent(null, language)).toBe(NO_VALUE)
      expect(formatNumber('12' as unknown as number, language)).toBe(NO_VALUE)
      expect(formatNumber(-0, language)).toBe('0')
    }
  })
})

describe('format → parse round trip (property)', () => {
  const languages = fc.constantFrom<Language>('de', 'en')

  it('gives back every whole number within range', () => {
    fc.assert(
      fc.property(languages, fc.integer({ min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE }), (language, n) => {
        expect(value(formatEditable(n, language), language)).toBe(n === 0 ? 0 : n)
        expect(value(formatNumber(n, language, 0), language)).toBe(n === 0 ? 0 : n)
      }),
      { numRuns: 500 }
    )
  })

  it('gives back every decimal of at most 15 significant digits', () => {
    // A decimal as a person writes it: up to 15 digits, some of them after the separator.
    const decimals = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 14 }))
      .map(([digits, scale]) => Number(`${digits}e-${scale}`))
    fc.assert(
      fc.property(languages, decimals, (language, n) => {
        expect(value(formatEditable(n, language), language)).toBe(n === 0 ? 0 : n)
      }),
      { numRuns: 1000 }
    )
  })

  it('reads a formatted amount with two decimals back to the same cents', () => {
    fc.assert(
      fc.property(languages, fc.integer({ min: 0, max: 10 ** 13 }), (language, cents) => {
        const amount = cents / 100
        expect(value(formatNumber(amount, language, 2), language)).toBe(amount)
      }),
      { numRuns: 500 }
    )
  })
})
