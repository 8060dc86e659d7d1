import { describe, expect, it } from 'vitest'
import { importExport, readExportHead } from '../../../shared/crm/import'
import type { FigureSettings } from '../../../shared/crm/figures'
import { BASE, generate, hubspot, hubspotXlsx, inQ1, instantOf, salesforce, type Truth } from './export-generator'

/*
 * Seeded exports whose expected figures this test counts itself from the generated truth, with its
 * own simple rules, not the implementation's.
 */

const exportedAt = instantOf((Date.UTC(2027, 4, 20, 12) - BASE) / 60_000)
const SETTINGS: FigureSettings = {
  period: '2027-Q1',
  exportedAt,
  clock: { mode: 'calendar', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BUND' },
  commitments: [{ id: 'first24', kind: 'firstContact', value: 24, unit: 'hours' }, { id: 'first3d', kind: 'firstContact', value: 3, unit: 'days' }],
  stuckLeadDays: 60,
  perOwner: false
}

/** The figures counted from the truth, the way the issue defines them. */
function expected(truth: Truth[]) {
  const mqls = truth.filter((t) => inQ1(t.mql))
  const customers = truth.filter((t) => inQ1(t.customer))
  const hours: number[] = []
  let never = 0
  let before = 0
  for (const t of mqls) {
    if (t.contact === null) never++
    else if (t.contact < t.mql!) before++
    else hours.push((instantOf(t.contact) - instantOf(t.mql!)) / 3_600_000)
  }
  hours.sort((a, b) => a - b)
  const n = hours.length
  const median = n % 2 ? hours[(n - 1) / 2] : (hours[n / 2 - 1]! + hours[n / 2]!) / 2
  const p90 = hours[Math.ceil(n * 0.9) - 1]
  const within = (limit: number) => hours.filter((h) => h <= limit).length
  return {
    mqls: mqls.length,
    sqls: truth.filter((t) => inQ1(t.sql)).length,
    customers: customers.length,
    revenueCents: customers.reduce((sum, t) => sum + (t.cents ?? 0), 0),
    cohort: mqls.filter((t) => t.sql !== null).length,
    sqlCustomers: truth.filter((t) => inQ1(t.sql) && t.customer !== null && instantOf(t.customer) <= exportedAt).length,
    firstContact: { mqls: mqls.length, measured: n, never, beforeMql: before, medianHours: median, p90Hours: p90 },
    within24: within(24),
    within72: within(72),
    stuck: mqls.filter((t) => t.contact === null && t.sql === null && exportedAt - instantOf(t.mql!) > 60 * 24 * 3_600_000).length
  }
}

const CSV_COMMA = { format: 'csv', delimiter: ',' }
const CSV_SEMICOLON = { format: 'csv', delimiter: ';' }
const CASES = [
  { name: 'HubSpot, English (UTF-8 with BOM, commas, ISO dates)', seed: 11, make: (t: Truth[]) => hubspot(t, false), preset: 'hubspot', format: CSV_COMMA, dateOnly: { contact: false, sql: false } },
  { name: 'HubSpot, German Excel (Windows-1252, semicolons, German dates, Excel serial numbers, decimal comma)', seed: 12, make: (t: Truth[]) => hubspot(t, true), preset: 'hubspot', format: CSV_SEMICOLON, dateOnly: { contact: false, sql: false } },
  { name: 'HubSpot, Excel workbook (shared strings, date cells, serial numbers, ISO date cells)', seed: 15, make: (t: Truth[]) => hubspotXlsx(t, { strings: 'shared', sheet: 'Kontakte' }), preset: 'hubspot', format: { format: 'xlsx', sheet: 'Kontakte' }, dateOnly: { contact: false, sql: false } },
  { name: 'HubSpot, Excel workbook in the 1904 date system with inline strings', seed: 16, make: (t: Truth[]) => hubspotXlsx(t, { strings: 'inline', date1904: true }), preset: 'hubspot', format: { format: 'xlsx', sheet: 'Sheet1' }, dateOnly: { contact: false, sql: false } },
  { name: 'Salesforce, English (US dates with AM/PM)', seed: 13, make: (t: Truth[]) => salesforce(t, false), preset: 'salesforce', format: CSV_COMMA, dateOnly: { contact: true, sql: true } },
  { name: 'Salesforce, German (semicolons, German dates)', seed: 14, make: (t: Truth[]) => salesforce(t, true), preset: 'salesforce', format: CSV_SEMICOLON, dateOnly: { contact: true, sql: true } }
]

describe('figures of seeded generated exports match those counted by hand', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const truth = generate(c.seed, 1500, c.dateOnly)
      const bytes = c.make(truth)
      const head = await readExportHead(bytes)
      if (!head.ok || !head.preset) throw new Error('preset not recognised')
      expect(head).toMatchObject(c.format)
      const result = await importExport(bytes, head.preset.mapping, SETTINGS, { pieceBytes: 64 * 1024 })
      if (!result.ok) throw new Error(result.problem)
      const want = expected(truth)
      const { figures, findings } = result
      expect(result.rows).toBe(truth.length)
      expect(findings.unreadableDates.count).toBe(0)
      expect(findings.unreadableAmounts.count).toBe(0)
      expect(figures.mqls.count).toBe(want.mqls)
      expect(figures.sqls.count).toBe(want.sqls)
      expect(figures.mqlToSql).toEqual({ mqls: want.mqls, becameSql: want.cohort, share: want.cohort / want.mqls })
      // A Salesforce lead report has no customer date: none of its SQLs is known to have become customer.
      const sqlCustomers = c.preset === 'hubspot' ? want.sqlCustomers : 0
      expect(figures.sqlToCustomer).toEqual({ base: want.sqls, advanced: sqlCustomers, share: sqlCustomers / want.sqls })
      // HubSpot's contacts are created when they became MQL here (the generator writes it so); a Salesforce lead report has no create date of its own.
      expect(figures.leadToMql).toEqual(c.preset === 'hubspot' ? { base: want.mqls, advanced: want.mqls, share: 1 } : { base: 0, advanced: 0, share: null })
      expect(figures.firstContact.mqls).toBe(want.firstContact.mqls)
      expect(figures.firstContact.measured).toBe(want.firstContact.measured)
      expect(figures.firstContact.never).toBe(want.firstContact.never)
      expect(figures.firstContact.beforeMql).toBe(want.firstContact.beforeMql)
      expect(figures.firstContact.medianHours).toBeCloseTo(want.firstContact.medianHours!, 6)
      expect(figures.firstContact.p90Hours).toBeCloseTo(want.firstContact.p90Hours!, 6)
      expect(findings.contactBeforeMql.count).toBeGreaterThanOrEqual(want.firstContact.beforeMql)
      expect(figures.commitments.map((x) => [x.id, x.within, x.measured, x.never])).toEqual([
        ['first24', want.within24, want.firstContact.measured, want.firstContact.never],
        ['first3d', want.within72, want.firstContact.measured, want.firstContact.never]
      ])
      expect(figures.stuck).toEqual({ days: 60, count: want.stuck, mqls: want.mqls })
      if (c.preset === 'hubspot') {
        expect(figures.customers.count).toBe(want.customers)
        expect(Math.round(figures.revenue.sum * 100)).toBe(want.revenueCents)
      }
      // The figures are not trivial: every kind of MQL occurs.
      expect(Math.min(want.mqls, want.firstContact.never, want.firstContact.beforeMql, want.stuck, want.cohort, want.within24, want.sqlCustomers)).toBeGreaterThan(0)
      const serialised = JSON.stringify(result)
      for (const t of truth.slice(0, 200)) for (const value of [t.email, `${t.last} GmbH`, t.owner]) expect(serialised).not.toContain(value)
    })
  }
})

describe('an Excel workbook gives the figures of the same rows as CSV', () => {
  const truth = generate(21, 1200, { contact: false, sql: false })
  const figuresOf = async (bytes: Uint8Array) => {
    const head = await readExportHead(bytes)
    if (!head.ok || !head.preset) throw new Error('preset not recognised')
    const result = await importExport(bytes, head.preset.mapping, SETTINGS, { pieceBytes: 16 * 1024 })
    if (!result.ok) throw new Error(result.problem)
    return { figures: result.figures, rows: result.rows, findings: result.findings }
  }

  it.each([
    ['shared strings, 1900 date system', { strings: 'shared' as const }],
    ['inline strings, 1904 date system', { strings: 'inline' as const, date1904: true }]
  ])('%s', async (_, options) => {
    const csv = await figuresOf(hubspot(truth, false))
    const xlsx = await figuresOf(hubspotXlsx(truth, options))
    expect(xlsx).toEqual(csv)
    expect(csv.figures.mqls.count).toBeGreaterThan(100)
  })
})
