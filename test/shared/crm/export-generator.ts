import { csv, HUBSPOT_HEADER, windows1252 } from './export-fixtures'
import { serialOf, workbook, type WorkbookCell, type WorkbookOptions } from './xlsx-writer'

/*
 * Seeded CRM exports in the presets' real column names, English and German formats, with the
 * truth they were made from (for the tests to count the expected figures) — also what
 * `npm run bench` imports. Times are Berlin wall-clock times, where 2027's summer time starts on
 * 28 March at 02:00.
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
export type Wall = number
export const BASE = Date.UTC(2026, 10, 1)
const wallParts = (wall: Wall) => {
  const d = new Date(BASE + wall * 60_000)
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes() }
}
const SUMMER_TIME = (Date.UTC(2027, 2, 28, 2) - BASE) / 60_000
/** The instant of a wall time: UTC+1 in winter, UTC+2 from 28 March 2027 02:00. */
export const instantOf = (wall: Wall) => BASE + wall * 60_000 - (wall >= SUMMER_TIME ? 2 : 1) * 3_600_000
const Q1 = [(Date.UTC(2027, 0, 1) - BASE) / 60_000, (Date.UTC(2027, 3, 1) - BASE) / 60_000]
export const inQ1 = (wall: Wall | null) => wall !== null && wall >= Q1[0]! && wall < Q1[1]!

export interface Truth {
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
export const DAY = 24 * 60

export function generate(seed: number, count: number, dateOnly: { contact: boolean; sql: boolean }): Truth[] {
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

export function hubspot(truth: Truth[], german: boolean): Uint8Array {
  const date = german ? FORMATS.german : FORMATS.iso
  const amount = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace('.', german ? ',' : '.'))
  const rows = truth.map((t) => [t.id, t.first, t.last, t.email, cell(t.mql ?? 0, date), t.sql ? 'salesqualifiedlead' : 'marketingqualifiedlead', cell(t.mql, date), cell(t.sql, date), cell(t.customer, german ? FORMATS.excel : date), cell(t.contact, date), t.owner, amount(t.cents)])
  const text = csv([HUBSPOT_HEADER, ...rows], german ? ';' : ',')
  return german ? windows1252(text) : new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
}

/**
 * The same export as an Excel workbook, as HubSpot offers it: the id and the amount as numbers, the
 * dates as serial numbers through Excel's built-in date format, a custom German one and none at all,
 * and the first contact as an ISO date cell — each a way workbooks hold dates.
 */
export function hubspotXlsx(truth: Truth[], options: WorkbookOptions): Uint8Array {
  const serial = (wall: Wall | null, format: 'builtIn' | 'custom' | null): WorkbookCell => {
    if (wall === null) return null
    const number = serialOf(BASE + wall * 60_000, options.date1904)
    return format === null ? number : { serial: number, format }
  }
  const iso = (wall: Wall | null): WorkbookCell => (wall === null ? null : { iso: FORMATS.iso(wall).replace(' ', 'T') + ':00' })
  const rows = truth.map((t): WorkbookCell[] => [Number(t.id), t.first, t.last, t.email, serial(t.mql ?? 0, 'builtIn'), t.sql ? 'salesqualifiedlead' : 'marketingqualifiedlead', serial(t.mql, 'custom'), serial(t.sql, 'builtIn'), serial(t.customer, null), iso(t.contact), t.owner, t.cents === null ? null : { amount: t.cents / 100 }])
  return workbook([HUBSPOT_HEADER, ...rows], options)
}

const SALESFORCE_HEADER = ['Lead ID', 'First Name', 'Last Name', 'Company', 'Email', 'Created Date', 'Lead Status', 'Lead Owner', 'Converted', 'Converted Date', 'Last Activity']
export function salesforce(truth: Truth[], german: boolean): Uint8Array {
  const [time, day] = german ? [FORMATS.german, FORMATS.germanDay] : [FORMATS.us, FORMATS.usDay]
  const rows = truth.map((t) => [t.id, t.first, t.last, `${t.last} GmbH; Werk "Süd"`, t.email, cell(t.mql, time), t.sql ? 'Closed - Converted' : 'Working - Contacted', t.owner, t.sql ? 'true' : 'false', cell(t.sql, day), cell(t.contact, day)])
  const text = csv([SALESFORCE_HEADER, ...rows], german ? ';' : ',')
  return german ? windows1252(text) : new TextEncoder().encode(text)
}

