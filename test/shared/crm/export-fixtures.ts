import type { FigureSettings } from '../../../shared/crm/figures'

/** Test helpers for CRM exports: encoding as German Excel saves, CSV lines, and the settings of a review of 2027-Q1. */

/** Windows-1252 codes of the few letters the tests use outside Latin-1 (from the code page's table). */
const CP1252: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, 'Š': 0x8a }

/** Windows-1252 bytes of a text whose characters are ASCII, Latin-1 letters or one of those above. */
export function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const special = CP1252[text[i]!]
    if (special !== undefined) bytes[i] = special
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code
    else throw new RangeError(`Not in this test encoder: ${text[i]}`)
  }
  return bytes
}

/** One CSV line: cells with the delimiter, a quote or a line break are quoted. */
export function csvLine(cells: readonly string[], delimiter: string): string {
  return cells.map((cell) => (/["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter)
}

export function csv(rows: readonly (readonly string[])[], delimiter = ',', newline = '\r\n'): string {
  return rows.map((row) => csvLine(row, delimiter)).join(newline) + newline
}

/** The columns of a HubSpot contact export: the preset's nine and the personal ones HubSpot adds. */
export const HUBSPOT_HEADER = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Create Date',
  'Lifecycle Stage',
  'Became a Marketing Qualified Lead Date',
  'Became a Sales Qualified Lead Date',
  'Became a Customer Date',
  'Date of first engagement',
  'Contact owner',
  'Recent Deal Amount'
]

/** A review of 2027-Q1 in Berlin on a calendar clock, without commitments, exported on 5 April. */
export const Q1_SETTINGS: FigureSettings = {
  period: '2027-Q1',
  exportedAt: Date.parse('2027-04-05T10:00:00Z'),
  clock: { mode: 'calendar', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BUND' },
  commitments: [],
  stuckLeadDays: 30,
  perOwner: false
}
