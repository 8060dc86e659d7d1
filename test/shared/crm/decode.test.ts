import { describe, expect, it } from 'vitest'
import { decodeExport, MAX_EXPORT_BYTES } from '../../../shared/crm/decode'
import { windows1252 } from './export-fixtures'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeExport', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeExport(utf8('Name;Stadt\nJörg;Köln\n'))).toEqual({ ok: true, text: 'Name;Stadt\nJörg;Köln\n', encoding: 'utf-8' })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Record ID\n1\n')])
    expect(decodeExport(withBom)).toEqual({ ok: true, text: 'Record ID\n1\n', encoding: 'utf-8' })
  })

  it('falls back to Windows-1252 when the bytes are no UTF-8 (German Excel)', () => {
    const bytes = windows1252('Name;Straße;Betrag\r\nJörg Müller;„Hauptstraße“;1.234,50 €\r\n')
    expect(bytes).toContain(0xf6)
    expect(decodeExport(bytes)).toEqual({ ok: true, text: 'Name;Straße;Betrag\r\nJörg Müller;„Hauptstraße“;1.234,50 €\r\n', encoding: 'windows-1252' })
  })

  it('refuses an empty file, also one holding only a byte order mark or blank lines', () => {
    expect(decodeExport(new Uint8Array())).toEqual({ ok: false, problem: 'empty' })
    expect(decodeExport(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, problem: 'empty' })
    expect(decodeExport(utf8('\r\n\n  \n'))).toEqual({ ok: false, problem: 'empty' })
  })

  it('refuses a binary file renamed .csv, a zip among them, and names an old or protected Excel workbook as such', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(decodeExport(png)).toEqual({ ok: false, problem: 'binary' })
    expect(decodeExport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toEqual({ ok: false, problem: 'binary' })
    expect(decodeExport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ ok: false, problem: 'legacyWorkbook' })
  })

  it('refuses a file over the size limit before reading it', () => {
    // A view claiming more bytes than the limit, without allocating them twice.
    const big = new Uint8Array(MAX_EXPORT_BYTES + 1)
    expect(decodeExport(big)).toEqual({ ok: false, problem: 'tooLarge' })
  })
})
