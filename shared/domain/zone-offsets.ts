import { TZDate } from '@date-fns/tz'

/**
 * A time zone's offset from UTC, as the time-zone database gives it through TZDate, looked up once
 * per day for a whole day (a CRM export of 100,000 rows holds dates on some 400 days, and a lookup
 * takes the runtime some 15 µs). A day that has one offset at its first and its last hour has it
 * throughout: zones change their offset at most once a day. The two days a year with a change are
 * looked up hour by hour, as TZDate reads each hour. Offsets are facts of the zone, so every clock
 * of the process shares them.
 */

const HOUR_MS = 3_600_000

interface ZoneTables {
  /** Wall-clock day (days since 1970-01-01 on the wall) → its offset, or null on a day with a change. */
  wallDays: Map<number, number | null>
  /** Wall-clock hour (hours since 1970-01-01 on the wall) → its offset, on days with a change. */
  wallHours: Map<number, number>
  /** UTC day → the offset during it, or null on a day with a change. */
  utcDays: Map<number, number | null>
  utcHours: Map<number, number>
}

const zones = new Map<string, ZoneTables>()

function tablesOf(timeZone: string): ZoneTables {
  let tables = zones.get(timeZone)
  if (!tables) {
    tables = { wallDays: new Map(), wallHours: new Map(), utcDays: new Map(), utcHours: new Map() }
    zones.set(timeZone, tables)
  }
  return tables
}

/** The offset TZDate gives a wall-clock hour (hours since 1970 on the wall): what to add to the wall time to get UTC, negated. */
function wallHourOffset(timeZone: string, wallHour: number): number {
  const wall = new Date(wallHour * HOUR_MS)
  return new TZDate(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), 0, 0, timeZone).getTime() - wallHour * HOUR_MS
}

/** The offset at a UTC hour (hours since 1970): what to add to the instant to get the wall clock. */
function utcHourOffset(timeZone: string, utcHour: number): number {
  const local = new TZDate(utcHour * HOUR_MS, timeZone)
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()) - utcHour * HOUR_MS
}

/** Looks up an hour through its day: the day's offset when it has one, else the hour's own. */
function throughDay(days: Map<number, number | null>, hours: Map<number, number>, hour: number, lookUp: (hour: number) => number): number {
  const day = Math.floor(hour / 24)
  let offset = days.get(day)
  if (offset === undefined) {
    const first = lookUp(day * 24)
    offset = lookUp(day * 24 + 23) === first ? first : null
    days.set(day, offset)
  }
  if (offset !== null) return offset
  let own = hours.get(hour)
  if (own === undefined) {
    own = lookUp(hour)
    hours.set(hour, own)
  }
  return own
}

/**
 * The instant of a wall-clock hour in the zone (`Date.UTC` of the wall time, to the hour), as
 * TZDate reads it, also in the hour a clock change skips or repeats.
 */
export function instantOfWallHour(timeZone: string, wallUtcHour: number): number {
  const tables = tablesOf(timeZone)
  const hour = Math.floor(wallUtcHour / HOUR_MS)
  return wallUtcHour + throughDay(tables.wallDays, tables.wallHours, hour, (h) => wallHourOffset(timeZone, h))
}

/** What to add to an instant to read the wall clock in the zone at that instant. */
export function wallOffsetAt(timeZone: string, instant: number): number {
  const tables = tablesOf(timeZone)
  return throughDay(tables.utcDays, tables.utcHours, Math.floor(instant / HOUR_MS), (h) => utcHourOffset(timeZone, h))
}
