import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importExport, readExportHead } from '../../../shared/crm/import'
import { MAX_EXPORT_BYTES } from '../../../shared/crm/decode'
import type { CrmMapping } from '../../../shared/crm/mapping'
import { csv, Q1_SETTINGS, windows1252 } from './export-fixtures'

const SETTINGS = Q1_SETTINGS
const HEADER = ['Lead ID', 'Last Name', 'Created Date', 'Lead Status', 'Lead Owner', 'Converted', 'Converted Date', 'Last Activity']
const MAPPING: CrmMapping = {
  preset: 'salesforce',
  columns: { id: 'Lead ID', becameMql: 'Created Date', lifecycle: 'Lead Status', owner: 'Lead Owner', becameSql: 'Converted Date', firstContact: 'Last Activity' },
  stages: {}
}
const bytes = (text: string) => new TextEncoder().encode(text)
const row = (id: string, created: string, contact = '') => [id, `Name ${id}`, created, 'Open - Not Contacted', 'Owner', 'false', '', contact]

describe('readExportHead', () => {
  it('gives the header, the first rows and the preset of a Salesforce report with quoted line breaks', async () => {
    const text = csv([HEADER, ['1', 'Müller, "Jo"\nzweite Zeile', '01/15/2027 9:30 AM', 'Open', 'O', 'false', '', ''], row('2', '01/16/2027 10:00 AM')])
    const head = await readExportHead(bytes(text))
    expect(head.ok).toBe(true)
    if (!head.ok) return
    expect(head).toMatchObject({ format: 'csv', delimiter: ',' })
    expect(head.headers).toEqual(HEADER)
    expect(head.preview[0]?.[1]).toBe('Müller, "Jo"\nzweite Zeile')
    expect(head.preview).toHaveLength(2)
    expect(head.preset?.preset).toBe('salesforce')
  })

  it('tells a file without header row, an empty, a binary and a too large file apart', async () => {
    expect(await readExportHead(bytes(csv([row('1', '15.01.2027 09:30'), row('2', '16.01.2027 09:30')], ';')))).toEqual({ ok: false, problem: 'noHeader' })
    expect(await readExportHead(bytes(csv([['12', '46402,5', 'a@b.de']])))).toEqual({ ok: false, problem: 'noHeader' })
    expect(await readExportHead(new Uint8Array())).toEqual({ ok: false, problem: 'empty' })
    expect(await readExportHead(new Uint8Array([0, 1, 2, 3, 0xff, 0xfe]))).toEqual({ ok: false, problem: 'binary' })
    expect(await readExportHead(new Uint8Array(MAX_EXPORT_BYTES + 1))).toEqual({ ok: false, problem: 'tooLarge' })
  })
})

describe('importExport refuses bad input with a typed problem', () => {
  it('refuses an empty, a binary and a headerless file', async () => {
    expect(await importExport(new Uint8Array(), MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'empty' })
    expect(await importExport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'binary' })
    expect(await importExport(bytes(csv([row('1', '01/15/2027 9:30 AM')])), MAPPING, SETTINGS)).toMatchObject({ ok: false, problem: 'noHeader' })
  })

  it('names the required columns the file lacks', async () => {
    const text = csv([['Lead ID', 'Name', 'Status'], ['1', 'A', 'Open']])
    expect(await importExport(bytes(text), MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'missingColumns', missing: ['becameMql'] })
  })

  it('refuses a file with a header only, and settings it cannot compute with', async () => {
    expect(await importExport(bytes(csv([HEADER])), MAPPING, SETTINGS)).toEqual({ ok: false, problem: 'noRows' })
    const text = csv([HEADER, row('1', '01/15/2027 9:30 AM')])
    expect(await importExport(bytes(text), MAPPING, { ...SETTINGS, period: '2027-Q5' })).toEqual({ ok: false, problem: 'invalidSettings' })
    expect(await importExport(bytes(text), MAPPING, { ...SETTINGS, clock: { ...SETTINGS.clock, mode: 'business', workingDays: [] } })).toEqual({ ok: false, problem: 'invalidSettings' })
  })
})

describe('importExport never throws', () => {
  it('answers unreadable when something fails on the way (here a stored mapping that lost its stages)', async () => {
    const broken = JSON.parse(JSON.stringify({ ...MAPPING, stages: null })) as CrmMapping
    const text = csv([HEADER, row('1', '01/15/2027 9:30 AM')])
    expect(await importExport(bytes(text), broken, SETTINGS)).toEqual({ ok: false, problem: 'unreadable' })
  })
})

describe('importExport reports what it noticed', () => {
  it('counts rows with unreadable dates, gives three examples with row numbers and leaves them out', async () => {
    const text = csv([
      HEADER,
      row('1', '01/15/2027 9:30 AM'),
      row('2', '31.02.2027'),
      row('3', 'gestern'),
      row('4', '01/16/2027 9:30 AM', 'bald'),
      row('5', '2027-13-01'),
      row('6', '01/17/2027 9:30 AM')
    ])
    const result = await importExport(bytes(text), MAPPING, SETTINGS)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.findings.unreadableDates).toEqual({
      count: 4,
      examples: [
        { row: 3, concept: 'becameMql', text: '31.02.2027' },
        { row: 4, concept: 'becameMql', text: 'gestern' },
        { row: 5, concept: 'firstContact', text: 'bald' }
      ]
    })
    expect(result.figures.mqls.count).toBe(2)
  })

  it('skips a second header row (two exports pasted together), duplicate ids and rows without id', async () => {
    const text = csv([HEADER, row('1', '01/15/2027 9:30 AM'), HEADER, row('2', '01/15/2027 9:30 AM'), row('1', '01/20/2027 9:30 AM'), row('', '01/20/2027 9:30 AM')])
    const result = await importExport(bytes(text), MAPPING, SETTINGS)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.findings.repeatedHeaders).toEqual({ count: 1, examples: [{ row: 3 }] })
    expect(result.findings.duplicateIds).toEqual({ count: 1, examples: [{ row: 5, firstRow: 2 }] })
    expect(result.findings.missingIds).toEqual({ count: 1, examples: [{ row: 6 }] })
    expect(result.figures.mqls.count).toBe(2)
  })

  it('counts amounts it cannot read and keeps the row', async () => {
    const mapping: CrmMapping = { ...MAPPING, columns: { ...MAPPING.columns, dealAmount: 'Amount', becameCustomer: 'Won' } }
    const text = csv([
      ['Lead ID', 'Created Date', 'Won', 'Amount'],
      ['1', '15.01.2027', '20.01.2027', '1.234,50'],
      ['2', '15.01.2027', '20.01.2027', 'viel'],
      ['3', '15.01.2027', '20.01.2027', '500 €']
    ], ';')
    const result = await importExport(bytes(text), mapping, SETTINGS)
    if (!result.ok) throw new Error(result.problem)
    expect(result.findings.unreadableAmounts).toEqual({ count: 1, examples: [{ row: 3, text: 'viel' }] })
    expect(result.figures.revenue).toEqual({ sum: 1734.5, withAmount: 2, withoutAmount: 1 })
    expect(result.figures.customers.count).toBe(3)
  })
})

describe('importExport reads deal amounts in the file’s notation', () => {
  const mapping: CrmMapping = { ...MAPPING, columns: { ...MAPPING.columns, dealAmount: 'Amount', becameCustomer: 'Won' } }
  const revenueOf = async (amounts: string[], delimiter: string) => {
    const text = csv([['Lead ID', 'Created Date', 'Won', 'Amount'], ...amounts.map((amount, i) => [String(i + 1), '2027-01-15', '2027-01-20', amount])], delimiter)
    const result = await importExport(bytes(text), mapping, SETTINGS)
    if (!result.ok) throw new Error(result.problem)
    return result.figures.revenue
  }

  it('reads a decimal comma or point wherever only one reading is possible', async () => {
    expect(await revenueOf(['1234,5', '0.25', '-12', '7', 'EUR 1000.75', '2,0001'], ',')).toEqual({ sum: 1234.5 + 0.25 - 12 + 7 + 1000.75 + 2.0001, withAmount: 6, withoutAmount: 0 })
  })

  it('reads three digits after one separator as the file’s locale does: German with semicolons, English with commas', async () => {
    expect(await revenueOf(['1.234', '1.234,5'], ';')).toEqual({ sum: 1234 + 1234.5, withAmount: 2, withoutAmount: 0 })
    expect(await revenueOf(['1,234', '1,234.5', '1.234'], ',')).toEqual({ sum: 1234 + 1234.5 + 1.234, withAmount: 3, withoutAmount: 0 })
  })
})

describe('importExport reports progress and can be cancelled', () => {
  const many = csv([HEADER, ...Array.from({ length: 2000 }, (_, i) => row(String(i + 1), '01/15/2027 9:30 AM'))])

  it('reports progress chunk by chunk, rising to 1', async () => {
    const shares: number[] = []
    const result = await importExport(bytes(many), MAPPING, SETTINGS, { pieceBytes: 4096, onProgress: (share) => shares.push(share) })
    expect(result.ok && result.figures.mqls.count).toBe(2000)
    expect(shares.length).toBeGreaterThan(10)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(shares.at(-1)).toBe(1)
  })

  it('stops when the signal is aborted between chunks, and before it starts', async () => {
    const controller = new AbortController()
    let chunks = 0
    const result = await importExport(bytes(many), MAPPING, SETTINGS, {
      pieceBytes: 4096,
      signal: controller.signal,
      onProgress: () => {
        chunks++
        if (chunks === 2) controller.abort()
      }
    })
    expect(result).toEqual({ ok: false, problem: 'aborted' })
    expect(chunks).toBe(2)
    expect(await importExport(bytes(many), MAPPING, SETTINGS, { signal: controller.signal })).toEqual({ ok: false, problem: 'aborted' })
  })

  it('lets a cancel message in while it yields between chunks', async () => {
    const controller = new AbortController()
    let yields = 0
    const result = await importExport(bytes(many), MAPPING, SETTINGS, {
      pieceBytes: 4096,
      signal: controller.signal,
      yieldControl: async () => {
        yields++
        if (yields === 3) controller.abort()
      }
    })
    expect(result).toEqual({ ok: false, problem: 'aborted' })
    expect(yields).toBe(3)
  })

  it('gives the same result whatever the size of the pieces, in UTF-8 and Windows-1252', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Jörg „${i}“\r\nMüßig; €`, `${String((i % 28) + 1).padStart(2, '0')}.01.2027 09:30`, 'Offen', 'Ö', 'false', '', i % 4 === 0 ? '20.02.2027' : ''])
    const text = csv([HEADER, ...rows], ';')
    for (const file of [bytes(text), windows1252(text)]) {
      const whole = await importExport(file, MAPPING, SETTINGS)
      expect(whole.ok && whole.figures.mqls.count).toBe(120)
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 3000 }), async (pieceBytes) => {
          expect(await importExport(file, MAPPING, SETTINGS, { pieceBytes })).toEqual(whole)
        }),
        { seed: 13, numRuns: 40 }
      )
    }
  })

  it('gives the same figures in small chunks as in one, also with quoted line breaks across chunk borders', async () => {
    const quoted = csv([HEADER, ...Array.from({ length: 300 }, (_, i) => [String(i + 1), `Zeile 1\nZeile 2 "${i}"`, `01/${String((i % 28) + 1).padStart(2, '0')}/2027 9:30 AM`, 'Open', 'O', 'false', '', i % 3 === 0 ? '02/20/2027 10:00 AM' : ''])])
    const small = await importExport(bytes(quoted), MAPPING, SETTINGS, { pieceBytes: 97 })
    const whole = await importExport(bytes(quoted), MAPPING, SETTINGS)
    expect(small.ok && small.figures.mqls.count).toBe(300)
    expect(small).toEqual(whole)
  })
})
