import { describe, expect, it } from 'vitest'
import { reviewCalendar, type ReviewCalendarInput } from '../../../shared/calendar/ics'
import { foldContentLines } from '../../../shared/calendar/fold-lines'

const NOW = Date.UTC(2027, 0, 15, 17, 30)
const DATES = ['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15']

function calendar(overrides: Partial<ReviewCalendarInput> = {}): string {
  return reviewCalendar({
    dates: DATES,
    title: 'Kick-off',
    organisation: 'Müller GmbH',
    language: 'de',
    uidSeed: 'b3c6a2e0-5f1d-4b8e-9a4c-0d2f6e7a8b91',
    now: NOW,
    ...overrides
  })
}

/** RFC 5545 §3.1 unfolding, then each content line split into name (with parameters) and value. */
function contentLines(ics: string): Array<{ name: string; value: string }> {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':')
      return { name: line.slice(0, colon), value: line.slice(colon + 1) }
    })
}

/** The VEVENTs as maps of property name → value (the VALARM's own lines kept apart). */
function events(ics: string): Array<Map<string, string>> {
  const result: Array<Map<string, string>> = []
  let current: Map<string, string> | null = null
  let inAlarm = false
  for (const { name, value } of contentLines(ics)) {
    if (name === 'BEGIN' && value === 'VEVENT') current = new Map()
    else if (name === 'END' && value === 'VEVENT') result.push(current!)
    else if (name === 'BEGIN' && value === 'VALARM') inAlarm = true
    else if (name === 'END' && value === 'VALARM') inAlarm = false
    else if (current) current.set(inAlarm ? `VALARM.${name}` : name, value)
  }
  return result
}

const unescape = (text: string) => text.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1')

describe('review calendar (.ics)', () => {
  it('is one VCALENDAR of all-day VEVENTs with the app as producer', () => {
    const ics = calendar()
    const lines = contentLines(ics)
    expect(lines[0]).toEqual({ name: 'BEGIN', value: 'VCALENDAR' })
    expect(lines.at(-1)).toEqual({ name: 'END', value: 'VCALENDAR' })
    expect(lines).toContainEqual({ name: 'VERSION', value: '2.0' })
    expect(lines).toContainEqual({ name: 'PRODID', value: '-//Smarketing Studio//SLA review dates//DE' })
    expect(lines).toContainEqual({ name: 'METHOD', value: 'PUBLISH' })
    const list = events(ics)
    expect(list.map((e) => e.get('DTSTART;VALUE=DATE'))).toEqual(['20270415', '20270715', '20271015', '20280115'])
    expect(list.map((e) => e.get('DTEND;VALUE=DATE'))).toEqual(['20270416', '20270716', '20271016', '20280116'])
    expect(list.every((e) => e.get('DTSTAMP') === '20270115T173000Z')).toBe(true)
    expect(list.every((e) => e.get('TRANSP') === 'TRANSPARENT' && e.get('SEQUENCE') === '0')).toBe(true)
  })

  it('uses CRLF line ends only and no line longer than 75 octets, even in German with umlauts', () => {
    const ics = calendar({ organisation: 'Bäckerei Süß & Söhne – Größte Brötchenmanufaktur Süddeutschlands, Zweigstelle Überlingen' })
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const physical = ics.split('\r\n').slice(0, -1)
    const encoder = new TextEncoder()
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    // Folding is invisible once unfolded: the long summary comes back whole.
    expect(unescape(events(ics)[0]!.get('SUMMARY')!)).toBe(
      'Quartalsreview des SLA – Bäckerei Süß & Söhne – Größte Brötchenmanufaktur Süddeutschlands, Zweigstelle Überlingen'
    )
  })

  it('writes German and English texts', () => {
    const de = events(calendar())[1]!
    expect(unescape(de.get('SUMMARY')!)).toBe('Quartalsreview des SLA – Müller GmbH')
    expect(unescape(de.get('DESCRIPTION')!)).toContain('Review 2 von 4 des Service Level Agreements zwischen Marketing und Vertrieb (Müller GmbH).')
    // A review on a date in Q3 looks back on Q2, the quarter just ended.
    expect(unescape(de.get('DESCRIPTION')!)).toContain('Zeitraum: 2027-Q2')
    const en = events(calendar({ language: 'en', cadence: 'halfYearly', organisation: '' }))[0]!
    expect(unescape(en.get('SUMMARY')!)).toBe('Half-yearly SLA review')
    expect(unescape(en.get('DESCRIPTION')!)).toContain('Review 1 of 4 of the Service Level Agreement between marketing and sales.')
    expect(contentLines(calendar({ language: 'en' }))).toContainEqual({ name: 'PRODID', value: '-//Smarketing Studio//SLA review dates//EN' })
  })

  it('escapes commas, semicolons and backslashes in the texts', () => {
    const ics = calendar({ organisation: 'A, B; C\\D' })
    const summary = events(ics)[0]!.get('SUMMARY')!
    expect(summary).toBe('Quartalsreview des SLA – A\\, B\\; C\\\\D')
    expect(contentLines(ics)).toContainEqual({ name: 'X-WR-CALNAME', value: 'SLA-Reviews – A\\, B\\; C\\\\D' })
  })

  it('keeps UIDs stable across exports, so importing again updates the events', () => {
    const first = events(calendar()).map((e) => e.get('UID'))
    const again = events(calendar({ now: NOW + 86_400_000, sequence: 2, dates: ['2027-04-22', ...DATES.slice(1)] }))
    expect(first[0]).toBe('b3c6a2e0-5f1d-4b8e-9a4c-0d2f6e7a8b91-review-1@smarketing-studio')
    expect(again.map((e) => e.get('UID'))).toEqual(first)
    expect(again[0]!.get('SEQUENCE')).toBe('2')
    expect(new Set(first).size).toBe(4)
    expect(events(calendar({ uidSeed: 'other-workshop' }))[0]!.get('UID')).toBe('other-workshop-review-1@smarketing-studio')
  })

  it('reminds a week ahead at nine, or not at all', () => {
    const [event] = events(calendar())
    expect(event!.get('VALARM.ACTION')).toBe('DISPLAY')
    expect(event!.get('VALARM.TRIGGER')).toBe('-P6DT15H')
    expect(events(calendar({ reminderDays: 1 }))[0]!.get('VALARM.TRIGGER')).toBe('-PT15H')
    expect(calendar({ reminderDays: null })).not.toContain('VALARM')
  })

  it('refuses input that would make a calendar import wrongly', () => {
    expect(() => calendar({ dates: [] })).toThrow(RangeError)
    expect(() => calendar({ dates: ['2027-02-30'] })).toThrow(RangeError)
    expect(() => calendar({ uidSeed: 'a b\r\nX-EVIL:1' })).toThrow(RangeError)
  })
})

describe('line folding by octets', () => {
  it('folds at 75 octets without splitting a character and unfolds to the original', () => {
    const line = `DESCRIPTION:${'ä'.repeat(50)}${'😀'.repeat(20)}${'x'.repeat(100)}`
    const folded = foldContentLines(`${line}\r\n`)
    const encoder = new TextEncoder()
    for (const physical of folded.split('\r\n').slice(0, -1)) expect(encoder.encode(physical).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`)
    expect(folded).not.toContain('\uFFFD')
  })

  it('leaves short lines alone and keeps exactly 75 octets on one line', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`
    expect(foldContentLines(`BEGIN:VCALENDAR\r\n${exact}\r\n`)).toBe(`BEGIN:VCALENDAR\r\n${exact}\r\n`)
  })

  it('writes no character a calendar parser chokes on: controls, NUL, U+FFFE/U+FFFF and bidi overrides removed', () => {
    const ics = calendar({ title: 'Kick\u0000off\u0007 \uFFFE\uFFFF\u202Eevil\u202C', organisation: 'Müller\u001B GmbH' })
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/)
    const [first] = events(ics)
    expect(unescape(first!.get('DESCRIPTION')!)).toContain('Kickoff evil')
    expect(first!.get('SUMMARY')).toContain('Müller GmbH')
  })

  it('escapes every line end, a bare carriage return from an old backup too: no text becomes a property or an event', () => {
    const injected = 'Kick-off\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Fake\nDTSTART:20990101\r\nX'
    const ics = calendar({ title: injected, organisation: 'A\rB' })
    expect(events(ics)).toHaveLength(DATES.length)
    for (const line of ics.split('\r\n')) expect(line).not.toContain('\r')
    expect(events(ics).flatMap((e) => [...e.keys()])).not.toContain('DTSTART')
    expect(unescape(events(ics)[0]!.get('DESCRIPTION')!)).toContain('Kick-off\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Fake\nDTSTART:20990101\nX')
  })

  it('folds a 40,000-character organisation name like any other (the library alone took 48 s)', () => {
    const organisation = 'Ärger–GmbH '.repeat(3637).slice(0, 40_000)
    const ics = calendar({ organisation, dates: DATES.slice(0, 1) })
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(unescape(events(ics)[0]!.get('SUMMARY')!)).toContain(organisation.trimEnd())
  })
})
