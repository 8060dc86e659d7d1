import { describe, expect, it } from 'vitest'
import { importExport, readExportHead } from '../../../shared/crm/import'
import type { FigureSettings } from '../../../shared/crm/figures'
import { csv, HUBSPOT_HEADER, windows1252 } from './export-fixtures'

/*
 * Seeded exports in the presets' real column names, English and German formats, whose expected
 * figures this test counts itself from the generated truth — with its own simple rules, not the
 * implementation's: wall-clock times in Berlin, where 2027's summer time starts on 28 March at 02:00.
 */

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A Berlin wall-clock time as minutes since 2026-11-01 00:00 wall time. */
type Wall = number
const BASE = Date.UTC(2026, 10, 1)
const wallParts = (wall: Wall) => {
  const d = new Date(BASE + wall * 60_000)
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes() }
}
const SUMMER_TIME = (Date.UTC(2027, 2, 28, 2) - BASE) / 60_000
/** The instant of a wall time: UTC+1 in winter, UTC+2 from 28 March 2027 02:00. */
const instantOf = (wall: Wall) => BASE + wall * 60_000 - (wall >= SUMMER_TIME ? 2 : 1) * 3_600_000
const Q1 = [(Date.UTC(2027, 0, 1) - BASE) / 60_000, (Date.UTC(2027, 3, 1) - BASE) / 60_000]
const inQ1 = (wall: Wall | null) => wall !== null && wall >= Q1[0]! && wall < Q1[1]!

interface Truth {
  id: string
  first: string
  last: string
  email: string
  owner: string
  mql: Wall | null
  contact: Wall | null
  sql: Wall | null
  customer: Wall | null
  cents: number | null
}

const FIRST = ['Jörg', 'Anna', 'Søren', 'Müjde', 'Zoë', 'Björn']
const LAST = ['Müller', 'Schäfer', 'Groß', 'Öztürk', 'Weiß', "O'Neil"]
const OWNERS = ['Ute Übel', 'Karl Käfer', 'Lena Löw']
const DAY = 24 * 60

function generate(seed: number, count: number, dateOnly: { contact: boolean; sql: boolean }): Truth[] {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const minutes = (max: number) => Math.floor(random() * max)
  const truncate = (wall: Wall | null, toDay: boolean) => (wall === null || !toDay ? wall : wall - (wall % DAY))
  return Array.from({ length: count }, (_, i) => {
    // MQLs from mid-November to mid-April (the quarter and both sides of it), some leads never MQL.
    const mql = random() < 0.15 ? null : 15 * DAY + minutes(150 * DAY)
    let contact: Wall | null = null
    const roll = random()
    if (mql !== null && roll < 0.65) contact = mql + minutes(roll < 0.3 ? DAY : 6 * DAY)
    else if (mql !== null && roll < 0.72) contact = mql - 60 - minutes(3 * DAY)
    const sql = mql !== null && random() < 0.4 ? mql + 60 + minutes(40 * DAY) : null
    const customer = sql !== null && random() < 0.4 ? sql + minutes(30 * DAY) : null
    const cents = customer !== null && random() < 0.9 ? 100_000 + minutes(5_000_000) : null
    return {
      id: String(100_000 + i),
      first: pick(FIRST),
      last: pick(LAST),
      email: `kontakt${i}@firma-${i % 7}.example`,
      owner: pick(OWNERS),
      mql,
      contact: truncate(contact, dateOnly.contact),
      sql: truncate(sql, dateOnly.sql),
      customer,
      cents
    }
  })
}

const pad = (n: number) => String(n).padStart(2, '0')
const FORMATS = {
  iso: (w: Wall) => { const p = wallParts(w); return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}` },
  german: (w: Wall) => { const p = wallParts(w); return `${pad(p.d)}.${pad(p.mo)}.${p.y} ${pad(p.h)}:${pad(p.mi)}` },
  germanDay: (w: Wall) => { const p = wallParts(w); return `${pad(p.d)}.${pad(p.mo)}.${p.y}` },
  us: (w: Wall) => { const p = wallParts(w); return `${pad(p.mo)}/${pad(p.d)}/${p.y} ${p.h % 12 === 0 ? 12 : p.h % 12}:${pad(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}` },
  usDay: (w: Wall) => { const p = wallParts(w); return `${p.mo}/${p.d}/${p.y}` },
  excel: (w: Wall) => String((Date.UTC(2026, 10, 1) - Date.UTC(1899, 11, 30)) / 86_400_000 + w / DAY).replace('.', ',')
}
const cell = (wall: Wall | null, format: (w: Wall) => string) => (wall === null ? '' : format(wall))

function hubspot(truth: Truth[], german: boolean): Uint8Array {
  const date = german ? FORMATS.german : FORMATS.iso
  const amount = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace('.', german ? ',' : '.'))
  const rows = truth.map((t) => [t.id, t.first, t.last, t.email, cell(t.mql ?? 0, date), t.sql ? 'salesqualifiedlead' : 'marketingqualifiedlead', cell(t.mql, date), cell(t.sql, date), cell(t.customer, german ? FORMATS.excel : date), cell(t.contact, date), t.owner, amount(t.cents)])
  const text = csv([HUBSPOT_HEADER, ...rows], german ? ';' : ',')
  return german ? windows1252(text) : new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
}

const SALESFORCE_HEADER = ['Lead ID', 'First Name', 'Last Name', 'Company', 'Email', 'Created Date', 'Lead Status', 'Lead Owner', 'Converted', 'Converted Date', 'Last Activity']
function salesforce(truth: Truth[], german: boolean): Uint8Array {
  const [time, day] = german ? [FORMATS.german, FORMATS.germanDay] : [FORMATS.us, FORMATS.usDay]
  const rows = truth.map((t) => [t.id, t.first, t.last, `${t.last} GmbH; Werk "Süd"`, t.email, cell(t.mql, time), t.sql ? 'Closed - Converted' : 'Working - Contacted', t.owner, t.sql ? 'true' : 'false', cell(t.sql, day), cell(t.contact, day)])
  const text = csv([SALESFORCE_HEADER, ...rows], german ? ';' : ',')
  return german ? windows1252(text) : new TextEncoder().encode(text)
}

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
    firstContact: { mqls: mqls.length, measured: n, never, beforeMql: before, medianHours: median, p90Hours: p90 },
    within24: within(24),
    within72: within(72),
    stuck: mqls.filter((t) => t.contact === null && t.sql === null && exportedAt - instantOf(t.mql!) > 60 * 24 * 3_600_000).length
  }
}

const CASES = [
  { name: 'HubSpot, English (UTF-8 with BOM, commas, ISO dates)', seed: 11, make: hubspot, german: false, dateOnly: { contact: false, sql: false } },
  { name: 'HubSpot, German Excel (Windows-1252, semicolons, German dates, Excel serial numbers, decimal comma)', seed: 12, make: hubspot, german: true, dateOnly: { contact: false, sql: false } },
  { name: 'Salesforce, English (US dates with AM/PM)', seed: 13, make: salesforce, german: false, dateOnly: { contact: true, sql: true } },
  { name: 'Salesforce, German (semicolons, German dates)', seed: 14, make: salesforce, german: true, dateOnly: { contact: true, sql: true } }
]

describe('figures of seeded generated exports match those counted by hand', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const truth = generate(c.seed, 1500, c.dateOnly)
      const bytes = c.make(truth, c.german)
      const head = readExportHead(bytes)
      if (!head.ok || !head.preset) throw new Error('preset not recognised')
      expect(head.delimiter).toBe(c.german ? ';' : ',')
      const result = await importExport(bytes, head.preset.mapping, SETTINGS, { chunkSize: 64 * 1024 })
      if (!result.ok) throw new Error(result.problem)
      const want = expected(truth)
      const { figures, findings } = result
      expect(result.rows).toBe(truth.length)
      expect(findings.unreadableDates.count).toBe(0)
      expect(findings.unreadableAmounts.count).toBe(0)
      expect(figures.mqls.count).toBe(want.mqls)
      expect(figures.sqls.count).toBe(want.sqls)
      expect(figures.mqlToSql).toEqual({ mqls: want.mqls, becameSql: want.cohort, share: want.cohort / want.mqls })
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
      if (c.make === hubspot) {
        expect(figures.customers.count).toBe(want.customers)
        expect(Math.round(figures.revenue.sum * 100)).toBe(want.revenueCents)
      }
      // The figures are not trivial: every kind of MQL occurs.
      expect(Math.min(want.mqls, want.firstContact.never, want.firstContact.beforeMql, want.stuck, want.cohort, want.within24)).toBeGreaterThan(0)
      const serialised = JSON.stringify(result)
      for (const t of truth.slice(0, 200)) for (const value of [t.email, `${t.last} GmbH`, t.owner]) expect(serialised).not.toContain(value)
    })
  }
})
