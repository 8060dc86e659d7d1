import { describe, expect, it } from 'vitest'
import { importExport, readExportHead, type ImportResult } from '../../../shared/crm/import'
import { proposeStageMapping } from '../../../shared/crm/lifecycle'
import type { CrmMapping } from '../../../shared/crm/mapping'
import type { FigureSettings } from '../../../shared/crm/figures'
import type { SlaClock } from '../../../shared/domain/sla-clock'
import { csv, HUBSPOT_HEADER, windows1252 } from './export-fixtures'

const CALENDAR: SlaClock = { mode: 'calendar', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BY' }
const BUSINESS: SlaClock = { ...CALENDAR, mode: 'business' }
const STAGES = ['Lead', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Customer', 'Nurturing/Recycled']

const HEADER = [...HUBSPOT_HEADER, 'Ablehnungsgrund']

type Row = [id: string, lifecycle: string, mql: string, sql: string, customer: string, contact: string, owner: string, amount: string, reason: string]
const person = (id: string) => [`Vorname${id}`, `Nachname${id}`, `person${id}@example.com`]

/** A small export whose figures are counted by hand below (times are Berlin wall-clock times). */
const ROWS: Row[] = [
  ['1', 'customer', '2027-01-04 09:00', '2027-01-10 10:00', '2027-02-01 10:00', '2027-01-04 11:00', 'Anna Alpha', '1000.50', ''],
  ['2', 'marketingqualifiedlead', '2027-01-05 10:00', '', '', '2027-01-06 14:00', 'Bernd Beta', '', 'Kein Budget'],
  ['3', 'marketingqualifiedlead', '2027-02-01 08:00', '', '', '', 'Anna Alpha', '', 'Falsche Zielgruppe'],
  // 23:30 on the last day of the quarter (summer time) still belongs to it; its SQL in April does not.
  ['4', 'salesqualifiedlead', '2027-03-31 23:30', '2027-04-02 09:00', '', '2027-04-01 00:30', 'Bernd Beta', '', ''],
  // MQL in the quarter before; SQL and customer in this one.
  ['5', 'customer', '2026-12-31 23:00', '2027-01-02 10:00', '2027-03-15 12:00', '2027-01-01 09:00', 'Anna Alpha', '2000', ''],
  // First contact a day before the MQL date: a data error.
  ['6', 'lead', '2027-02-10 10:00', '', '', '2027-02-09 10:00', 'Anna Alpha', '', ''],
  ['7', 'marketingqualifiedlead', '2027-04-01 00:30', '', '', '', 'Bernd Beta', '', ''],
  ['8', 'other', '2027-03-20 10:00', '', '', '', 'Bernd Beta', '', 'Kein Budget'],
  // The same id again: skipped.
  ['2', 'customer', '2027-01-05 10:00', '2027-01-05 11:00', '', '', 'Bernd Beta', '', '']
]

function exportOf(rows: Row[], header = HEADER): string {
  return csv([header, ...rows.map(([id, lifecycle, mql, sql, customer, contact, owner, amount, reason]) => [id, ...person(id), '2026-12-01 08:00', lifecycle, mql, sql, customer, contact, owner, amount, reason])])
}

const exportedAt = Date.parse('2027-04-05T10:00:00Z')

function settings(overrides: Partial<FigureSettings> = {}): FigureSettings {
  return {
    period: '2027-Q1',
    exportedAt,
    clock: CALENDAR,
    commitments: [
      { id: 'c24', kind: 'firstContact', value: 24, unit: 'hours' },
      { id: 'c2d', kind: 'firstContact', value: 2, unit: 'days' },
      { id: 'attempts', kind: 'attempts', value: 6, unit: 'attempts' }
    ],
    stuckLeadDays: 30,
    perOwner: false,
    ...overrides
  }
}

async function mappingOf(text: string): Promise<CrmMapping> {
  const head = await readExportHead(new TextEncoder().encode(text))
  if (!head.ok || !head.preset) throw new Error('no preset')
  const mapping = head.preset.mapping
  mapping.columns.rejectionReason = 'Ablehnungsgrund'
  mapping.stages = proposeStageMapping(['customer', 'marketingqualifiedlead', 'salesqualifiedlead', 'lead', 'other'], STAGES)
  return mapping
}

async function run(text: string | Uint8Array, overrides: Partial<FigureSettings> = {}, mapping?: CrmMapping): Promise<ImportResult> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  return importExport(bytes, mapping ?? (await mappingOf(exportOf(ROWS))), settings(overrides))
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.problem}`)
  return result
}

describe('importExport on a small HubSpot export with known figures', () => {
  it('counts MQLs, SQLs, customers and revenue of the quarter, and the MQL → SQL cohort', async () => {
    const { figures, rows } = ok(await run(exportOf(ROWS)))
    expect(rows).toBe(9)
    expect(figures.rows).toBe(8)
    // MQLs in Q1 (Berlin time): 1, 2, 3, 4, 6, 8.
    expect(figures.mqls).toEqual({ count: 6 })
    // SQLs in Q1: 1 (10 Jan) and 5 (2 Jan).
    expect(figures.sqls).toEqual({ count: 2 })
    expect(figures.customers).toEqual({ count: 2 })
    expect(figures.revenue).toEqual({ sum: 3000.5, withAmount: 2, withoutAmount: 0 })
    // Of the six MQLs, 1 and 4 became SQL by the export.
    expect(figures.mqlToSql).toEqual({ mqls: 6, becameSql: 2, share: 2 / 6 })
  })

  it('measures response times in calendar hours, with the never contacted and the data errors apart', async () => {
    const { figures, findings } = ok(await run(exportOf(ROWS)))
    // Measured: 1 → 2 h, 2 → 28 h, 4 → 1 h; never: 3 and 8; before the MQL: 6.
    expect(figures.firstContact).toEqual({ mqls: 6, measured: 3, never: 2, beforeMql: 1, medianHours: 2, p90Hours: 28 })
    expect(figures.commitments).toEqual([
      { id: 'c24', span: 'firstContact', hours: 24, within: 2, shareOfAll: 2 / 5, shareOfMeasured: 2 / 3, measured: 3, never: 2 },
      { id: 'c2d', span: 'firstContact', hours: 48, within: 3, shareOfAll: 3 / 5, shareOfMeasured: 1, measured: 3, never: 2 }
    ])
    expect(findings.contactBeforeMql).toEqual({ count: 1, examples: [{ row: 7 }] })
    expect(findings.duplicateIds).toEqual({ count: 1, examples: [{ row: 10, firstRow: 3 }] })
  })

  it('counts stuck leads, rejection reasons and the stages the MQLs stand in now', async () => {
    const { figures } = ok(await run(exportOf(ROWS)))
    // Only 3 waits longer than 30 days without contact; 8 waits 16 days.
    expect(figures.stuck).toEqual({ days: 30, count: 1, mqls: 6 })
    expect(figures.rejections).toEqual({ rejected: 3, mqls: 6, reasons: [{ reason: 'Kein Budget', count: 2 }, { reason: 'Falsche Zielgruppe', count: 1 }], otherReasons: 0 })
    expect(figures.stages).toEqual([
      { stage: 'MQL', count: 2 },
      { stage: 'Customer', count: 1 },
      { stage: 'SQL', count: 1 },
      { stage: 'Lead', count: 1 },
      { stage: null, count: 1 }
    ])
    expect(ok(await run(exportOf(ROWS), { stuckLeadDays: null })).figures.stuck).toBeNull()

    // Free-text reasons: the 20 most frequent are named, the long tail is counted together.
    const tail: Row[] = Array.from({ length: 30 }, (_, i) => [`t${i}`, 'lead', '2027-02-01 08:00', '', '', '', '', '', i < 3 ? 'Kein Budget' : `Grund ${i}`])
    const { rejections } = ok(await run(exportOf([...ROWS, ...tail]))).figures
    expect(rejections.rejected).toBe(33)
    expect(rejections.reasons).toHaveLength(20)
    expect(rejections.reasons[0]).toEqual({ reason: 'Kein Budget', count: 5 })
    expect(rejections.otherReasons).toBe(33 - rejections.reasons.reduce((sum, r) => sum + r.count, 0))
    // 29 different reasons: "Kein Budget" (5) and 19 reasons named once are listed, 9 reasons named once are not.
    expect(rejections.otherReasons).toBe(9)
    expect(ok(await run(exportOf(ROWS), { stuckLeadDays: 10 })).figures.stuck).toEqual({ days: 10, count: 2, mqls: 6 })
  })

  it('counts business hours on working days, without Bavaria’s holidays', async () => {
    const rows: Row[] = [
      // Tuesday 16:00 → Thursday 09:00 across Epiphany (6 January, a holiday in Bavaria): 1 h + 1 h.
      ['1', '', '2027-01-05 16:00', '', '', '2027-01-07 09:00', '', '', ''],
      // Friday 16:30 → Monday 08:30: half an hour on each side of the weekend.
      ['2', '', '2027-01-08 16:30', '', '', '2027-01-11 08:30', '', '', ''],
      // Saturday 10:00 → Saturday 12:00: the clock does not run.
      ['3', '', '2027-01-09 10:00', '', '', '2027-01-09 12:00', '', '', ''],
      // Monday 08:00 → Tuesday 12:00: 9 h + 4 h.
      ['4', '', '2027-01-11 08:00', '', '', '2027-01-12 12:00', '', '', '']
    ]
    const { figures } = ok(await run(exportOf(rows), { clock: BUSINESS }))
    expect(figures.clockMode).toBe('business')
    expect(figures.firstContact).toEqual({ mqls: 4, measured: 4, never: 0, beforeMql: 0, medianHours: 1.5, p90Hours: 13 })
    // One business day is 9 hours: all but the 13-hour one.
    expect(figures.commitments.find((c) => c.id === 'c2d')).toMatchObject({ hours: 18, within: 4 })
    expect(figures.commitments.find((c) => c.id === 'c24')).toMatchObject({ hours: 24, within: 4 })
    const calendar = ok(await run(exportOf(rows))).figures.firstContact
    // Around the clock: 41 h, 64 h, 2 h and 28 h.
    expect([calendar.medianHours, calendar.p90Hours]).toEqual([(28 + 41) / 2, 64])
  })

  it('reads the same export saved by German Excel: semicolons, Windows-1252, German dates and amounts', async () => {
    const german = (date: string) => (date === '' ? '' : `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}${date.slice(10)}`)
    const text = csv(
      [HEADER, ...ROWS.map(([id, lifecycle, mql, sql, customer, contact, owner, amount, reason]) => [id, 'Jörg', 'Müßig', `jm${id}@example.de`, '01.12.2026 08:00', lifecycle, german(mql), german(sql), german(customer), german(contact), owner, amount.replace('.', ','), reason])],
      ';'
    )
    const result = ok(await run(windows1252(text)))
    expect(result).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' })
    const english = ok(await run(exportOf(ROWS)))
    expect(result.figures).toEqual(english.figures)
  })

  it('gives figures per owner only when asked, and then only owner names with their aggregates', async () => {
    expect(ok(await run(exportOf(ROWS))).figures.owners).toBeUndefined()
    const { figures } = ok(await run(exportOf(ROWS), { perOwner: true }))
    expect(figures.owners).toEqual([
      { owner: 'Anna Alpha', mqls: 3, sqls: 2, firstContact: { mqls: 3, measured: 1, never: 1, beforeMql: 1, medianHours: 2, p90Hours: 2 } },
      { owner: 'Bernd Beta', mqls: 3, sqls: 0, firstContact: { mqls: 3, measured: 2, never: 1, beforeMql: 0, medianHours: 14.5, p90Hours: 28 } }
    ])
  })
})

describe('importExport keeps no personal data', () => {
  it('holds no name, e-mail, owner or id of the file in its serialised result', async () => {
    const text = exportOf(ROWS)
    const serialised = JSON.stringify(await run(text))
    for (const id of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      for (const value of [...person(id)]) expect(serialised).not.toContain(value)
    }
    expect(serialised).not.toContain('Anna Alpha')
    expect(serialised).not.toContain('Bernd Beta')
    expect(serialised).not.toContain('example.com')
  })
})
