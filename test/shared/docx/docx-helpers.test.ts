import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeLines, xmlSafe } from '../../../shared/docx/xml-safe-text'
import { NO_VALUE, formatsFor, termEnd, usableTimeZone } from '../../../shared/docx/locale-format'
import { columnWidths, TEXT_WIDTH } from '../../../shared/docx/measures'
import { fingerprintLabel, versionLabel } from '../../../shared/docx/sla/version-labels'
import { textsFor } from '../../../shared/docx/texts'
import { findingText } from '../../../shared/domain/finding-texts'
import { serviceLevel } from '../../../shared/docx/parts/commitments'
import { targetValue } from '../../../shared/docx/parts/targets'
import { decodeBase64, pngFromDataUrl, signatureSize } from '../../../shared/docx/png-image'
import { decodeEntities, normaliseText, scanXml } from '../../../shared/docx/document-text'
import { visibleText } from '../../../shared/docx/seen-content'
import type { DocContext } from '../../../shared/docx/parts/context'
import { signaturePng } from './docx-fixtures'

const FINGERPRINT = '3f2a91c05b7e0d44aa00000000000000000000000000000000000000000000ff'

describe('xmlSafe: the one gate into a document', () => {
  it('removes what XML 1.0 forbids: C0 controls, U+FFFE, U+FFFF and lone surrogates', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg')
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz')
    expect(xmlSafe('lone \uD800 high, lone \uDFFF low, reversed \uDC00\uD800')).toBe('lone  high, lone  low, reversed ')
  })

  it('keeps tab, line feed and carriage return', () => {
    expect(xmlSafe('a\tb\nc\rd')).toBe('a\tb\nc\rd')
  })

  it('removes invisible C1 controls but keeps the characters around them', () => {
    expect(xmlSafe('a\u007Fb\u0085c\u009Fd')).toBe('abcd')
  })

  it('keeps emoji (surrogate pairs), combined emoji, right-to-left text and its marks', () => {
    const text = 'Ziel 😀 👩🏽‍💼 שלום עולם مرحبا \u200F\u200Eabc ü'
    expect(xmlSafe(text)).toBe(text)
  })

  it('neutralises bidirectional overrides and isolates: a reader sees the characters in the order typed', () => {
    // U+202E would show "live" as "evil" and scramble the date beside a signature place.
    expect(xmlSafe('\u202Elive\u202C, 16.04.2027')).toBe('live, 16.04.2027')
    expect(xmlSafe('a\u202Ab\u202Bc\u202Dd\u2066e\u2067f\u2068g\u2069h')).toBe('abcdefgh')
  })

  it('keeps the XML special characters for the serialiser to escape', () => {
    expect(xmlSafe('<a href="x">&amp;</a> ]]>')).toBe('<a href="x">&amp;</a> ]]>')
  })

  it('leaves nothing XML forbids in any string at all', () => {
    const everything = Array.from({ length: 0x11000 }, (_, code) => String.fromCharCode(code)).join('')
    expect(xmlSafe(everything)).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u)
  })

  it('splits lines the way any platform ends them', () => {
    expect(safeLines('one\r\ntwo\rthree\nfour\u0000')).toEqual(['one', 'two', 'three', 'four'])
  })
})

describe('formats follow the workshop language', () => {
  const de = formatsFor('de', 'Europe/Berlin')
  const en = formatsFor('en', 'Europe/Berlin')

  it('writes money as de-DE 1.234,50 € and en-GB €1,234.50', () => {
    expect(de.money(1234.5, 'EUR')).toBe('1.234,50\u00A0€')
    expect(en.money(1234.5, 'EUR')).toBe('€1,234.50')
    expect(de.money(300000, 'EUR')).toBe('300.000\u00A0€')
  })

  it('writes an amount in an unknown or malformed currency without failing', () => {
    expect(de.money(10, 'XYZ')).toContain('10')
    expect(de.money(10, 'Euro €')).toBe('10 Euro €')
    expect(de.money(10, '')).toBe('10')
  })

  it('writes numbers and percentages in the locale', () => {
    expect(de.number(1234567.891)).toBe('1.234.567,89')
    expect(en.number(1234567.891)).toBe('1,234,567.89')
    expect(de.percent(25)).toBe('25\u00A0%')
    expect(en.percent(12.5)).toBe('12.5%')
  })

  it('shows a dash for what is missing or not a number', () => {
    for (const value of [null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(de.number(value)).toBe(NO_VALUE)
      expect(de.money(value, 'EUR')).toBe(NO_VALUE)
      expect(de.percent(value)).toBe(NO_VALUE)
      expect(de.date(value)).toBe(NO_VALUE)
    }
    expect(de.dateTime(1e20)).toBe(NO_VALUE)
  })

  it('writes calendar dates as long dates, whatever the time zone, and anything else as typed', () => {
    expect(de.isoDate('2027-01-15')).toBe('15. Januar 2027')
    expect(en.isoDate('2027-01-15')).toBe('15 January 2027')
    expect(formatsFor('en', 'Pacific/Kiritimati').isoDate('2027-01-15')).toBe('15 January 2027')
    expect(de.isoDate('2027-02-31')).toBe('2027-02-31')
    expect(de.isoDate('next spring')).toBe('next spring')
    expect(de.isoDate('  ')).toBe(NO_VALUE)
  })

  it('writes moments in the time zone the document was made in', () => {
    const moment = Date.UTC(2027, 0, 15, 23, 30)
    expect(formatsFor('de', 'Europe/Berlin').dateTime(moment)).toBe('16. Januar 2027, 00:30\u00A0Uhr')
    expect(formatsFor('en', 'UTC').dateTime(moment)).toBe('15 January 2027, 23:30')
    expect(formatsFor('en', 'America/New_York').date(moment)).toBe('15 January 2027')
  })

  it('lists names as a sentence does, with the language’s “and”', () => {
    expect(formatsFor('de').list(['Anna', 'Bernd', 'Clara'])).toBe('Anna, Bernd und Clara')
    expect(formatsFor('en').list(['Anna', 'Bernd'])).toBe('Anna and Bernd')
    expect(formatsFor('en').list([])).toBe('')
  })

  it('falls back to UTC for a time zone this computer does not know', () => {
    expect(usableTimeZone('Mars/Olympus_Mons')).toBe('UTC')
    expect(usableTimeZone('Europe/Berlin')).toBe('Europe/Berlin')
  })

  it('computes the last day of a term', () => {
    expect(termEnd('2027-01-15', 12)).toBe('2028-01-14')
    expect(termEnd('2027-01-31', 1)).toBe('2027-02-28')
    expect(termEnd('2028-01-31', 1)).toBe('2028-02-29')
    expect(termEnd('2027-01-15', null)).toBeNull()
    expect(termEnd('2027-01-15', 0)).toBeNull()
    expect(termEnd('2027-01-15', 1.5)).toBeNull()
    expect(termEnd('soon', 12)).toBeNull()
  })
})

describe('measures', () => {
  it('splits the text width into columns that sum to it exactly', () => {
    for (const weights of [[1], [1, 1, 1], [36, 14, 13, 19, 18], [7, 3, 1, 1, 1, 1, 1]]) {
      const widths = columnWidths(weights)
      expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
      expect(widths.every((w) => w > 0)).toBe(true)
    }
  })
})

describe('footer and labels', () => {
  const en = textsFor('en')
  const de = textsFor('de')

  it('shows the short fingerprint, or that the version is not signed yet', () => {
    expect(fingerprintLabel(FINGERPRINT, en)).toBe('Fingerprint 3F2A 91C0 5B7E 0D44')
    expect(fingerprintLabel(FINGERPRINT, de)).toBe('Fingerabdruck 3F2A 91C0 5B7E 0D44')
    expect(fingerprintLabel(null, en)).toBe('Fingerprint: not signed yet')
    expect(fingerprintLabel(null, de)).toBe('Fingerabdruck: noch nicht unterschrieben')
    expect(fingerprintLabel('', de)).toBe('Fingerabdruck: noch nicht unterschrieben')
  })

  it('names version and state in the vocabulary of SPEC §10', () => {
    expect(versionLabel({ number: 2, state: 'signed' }, de, formatsFor('de', 'UTC'))).toBe('Version 2 · Unterschrieben')
    expect(versionLabel({ number: 3, state: 'draft' }, de, formatsFor('de', 'UTC'))).toBe('Version 3 · Entwurf')
    expect(versionLabel({ number: 1, state: 'superseded' }, en, formatsFor('en', 'UTC'))).toBe('Version 1 · Superseded')
  })
})

describe('document wording', () => {
  const ctx = (language: 'de' | 'en'): DocContext => ({ texts: textsFor(language), formats: formatsFor(language, 'UTC'), currency: 'EUR' })

  it('words a commitment with its direction, value and unit', () => {
    expect(serviceLevel({ direction: 'atMost', value: 24, unit: 'hours' }, ctx('de'))).toBe('höchstens 24\u00A0Stunden')
    expect(serviceLevel({ direction: 'atLeast', value: 1, unit: 'attempts' }, ctx('en'))).toBe('at least 1\u00A0attempt')
    expect(serviceLevel({ direction: 'atMost', value: 5, unit: 'percent' }, ctx('de'))).toBe('höchstens 5\u00A0%')
    expect(serviceLevel({ direction: 'atLeast', value: null, unit: 'hours' }, ctx('en'))).toBe(NO_VALUE)
  })

  it('says how often as a reader says it: “at least once”, “mindestens einmal”, “3-mal”, not “1 Mal”', () => {
    const often = (value: number, language: 'de' | 'en') => serviceLevel({ direction: 'atLeast', value, unit: 'count' }, ctx(language))
    expect([1, 2, 3, 12.5].map((n) => often(n, 'de'))).toEqual(['mindestens einmal', 'mindestens zweimal', 'mindestens 3-mal', 'mindestens 12,5-mal'])
    expect([1, 2, 3, 1000].map((n) => often(n, 'en'))).toEqual(['at least once', 'at least twice', 'at least 3\u00A0times', 'at least 1,000\u00A0times'])
  })

  it('writes a target in its unit: money for the currency, a percentage for %', () => {
    expect(targetValue({ value: 300000, unit: 'EUR' }, ctx('de'))).toBe('300.000\u00A0€')
    expect(targetValue({ value: 40, unit: '%' }, ctx('en'))).toBe('40%')
    expect(targetValue({ value: 1200, unit: 'MQLs' }, ctx('de'))).toBe('1.200 MQLs')
    expect(targetValue({ value: null, unit: 'MQLs' }, ctx('de'))).toBe(NO_VALUE)
  })

  it('words every open item like the UI, and an unknown one without failing', () => {
    expect(findingText({ code: 'noSalesSignatory', params: {} }, 'de')).toBe('Niemand aus dem Vertrieb unterschreibt die Vereinbarung.')
    expect(findingText({ code: 'stepNotCompleted', params: { step: 'language' } }, 'de')).toBe('Schritt 3 Gemeinsame Sprache ist nicht als abgeschlossen markiert.')
    expect(findingText({ code: 'targetWithoutValue', params: { position: 2, metric: 'SQLs', period: 'quarter' } }, 'de')).toBe(
      'Das Ziel „SQLs“ (pro Quartal) hat keinen Wert.'
    )
    expect(findingText({ code: 'itemsNotAgreed', params: { list: 'target', count: 3 } }, 'de')).toBe('Ziele: 3 noch nicht vereinbart.')
    expect(findingText({ code: 'notAgreed', params: { part: 'stuckLeadRule' } }, 'de')).toBe('Die Regel für hängende Leads ist noch nicht vereinbart.')
    expect(findingText({ code: 'signatoryWithoutName', params: { position: 1, role: 'CEO', team: 'sales' } }, 'de')).toBe(
      'Unterzeichnende Person Nr. 1 (Vertrieb) hat keinen Namen.'
    )
    expect(findingText({ code: 'somethingNew', params: {} }, 'de')).toBe('Offener Punkt „somethingNew“.')
    expect(findingText({ code: 'commitmentWithoutValue', params: {} }, 'en')).toBe('Commitment “” has no value.')
    // Names a newer version may store print as stored, and never as an inherited property.
    expect(findingText({ code: 'itemsNotAgreed', params: { list: 'toString', count: 1 } }, 'en')).toBe('toString: 1 not yet agreed.')
    expect(findingText({ code: 'stepNotCompleted', params: { step: 'step6' } }, 'en')).toBe('step6 is not marked complete.')
  })
})

describe('signature images', () => {
  it('reads a PNG data URL with its size and scales it into the signature box', () => {
    const image = pngFromDataUrl(signaturePng(1, 480, 160))
    expect(image).toMatchObject({ width: 480, height: 160 })
    expect(signatureSize({ width: 480, height: 160 })).toEqual({ width: 220, height: 73 })
    expect(signatureSize({ width: 100, height: 20 })).toEqual({ width: 100, height: 20 })
  })

  it('refuses what is not a PNG instead of embedding a broken picture', () => {
    expect(pngFromDataUrl(null)).toBeNull()
    expect(pngFromDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBeNull()
    expect(pngFromDataUrl('data:image/png;base64,not base64 at all!')).toBeNull()
    expect(pngFromDataUrl(`data:image/png;base64,${Buffer.from('GIF89a is not a png at all, no').toString('base64')}`)).toBeNull()
  })

  it('decodes base64 like Node does', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 42])
    for (let length = 0; length <= bytes.length; length++) {
      const slice = bytes.subarray(0, length)
      expect(decodeBase64(slice.toString('base64'))).toEqual(new Uint8Array(slice))
    }
  })
})

describe('visible text of a document part', () => {
  it('reads w:t text, tabs and breaks as spaces, paragraphs as line ends, and ignores the rest', () => {
    const xml =
      '<w:body><w:p><w:r><w:t xml:space="preserve">Hello </w:t></w:r><w:r><w:tab/><w:t>world&amp;co</w:t></w:r></w:p>' +
      '<w:p><w:r><w:instrText>PAGEREF x</w:instrText><w:t>two</w:t><w:br/><w:t>lines</w:t></w:r></w:p><w:p><w:r><w:drawing descr="not text"/></w:r></w:p></w:body>'
    expect(visibleText(xml)).toBe('Hello world&co two lines')
  })

  it('folds whitespace and normalises to NFC, so the same words compare equal', () => {
    expect(normaliseText(' a\u00A0\u202Fb\n\tc ')).toBe('a b c')
    expect(normaliseText('Mu\u0308ller')).toBe('Müller')
  })

  it('reads a hostile part in linear time', () => {
    const hostile = '<w:t>' + '<'.repeat(200_000) + 'x'.repeat(200_000) + '<a '.repeat(100_000)
    const started = performance.now()
    visibleText(hostile)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('cuts any text into exactly the tags and texts of the regular expression it is written after', () => {
    const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s[^<>]*?)?)(\/?)>|([^<]+)/g
    const byExpression = (xml: string) =>
      [...xml.matchAll(TOKEN)].map(([, closing, name, attributes, selfClosing, text]) =>
        text !== undefined ? `text ${decodeEntities(text)}` : `tag ${closing}${name} [${attributes}] ${selfClosing}`
      )
    const byScanner = (xml: string) => {
      const tokens: string[] = []
      scanXml(xml, {
        tag: (name, closing, selfClosing, attributes) => tokens.push(`tag ${closing ? '/' : ''}${name} [${String(attributes)}] ${selfClosing ? '/' : ''}`),
        text: (text) => tokens.push(`text ${text}`)
      })
      return tokens
    }
    const piece = fc.constantFrom('<', '>', '/', '/>', '</', '<w:t', '<a', ' ', '\u00A0', '\t', 'w:t', '_1', '.-:', '"', '=', '&amp;', '&#x41;', ' x="1"', " y='<'", 'é')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (xml) => {
        expect(byScanner(xml)).toEqual(byExpression(xml))
      }),
      { numRuns: 2000 }
    )
  })
})
