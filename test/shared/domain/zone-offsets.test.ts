import { TZDate } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import { instantOfWallHour, wallOffsetAt } from '../../../shared/domain/zone-offsets'

const HOUR_MS = 3_600_000

describe('a time zone’s offsets, looked up once a day', () => {
  // Berlin and New York change their clocks on different days; Kolkata never does.
  for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
    it(`read every wall-clock hour of 2027 as TZDate does, the clock changes included (${timeZone})`, () => {
      const differences: string[] = []
      for (let wall = Date.UTC(2027, 0, 1); wall < Date.UTC(2028, 0, 1); wall += HOUR_MS) {
        const d = new Date(wall)
        const expected = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), 0, 0, timeZone).getTime()
        if (instantOfWallHour(timeZone, wall) !== expected) differences.push(d.toISOString())
      }
      expect(differences).toEqual([])
    })

    it(`read the wall clock at every instant of 2027, on the hour and between (${timeZone})`, () => {
      const differences: string[] = []
      for (let instant = Date.UTC(2027, 0, 1); instant < Date.UTC(2028, 0, 1); instant += HOUR_MS / 2) {
        const local = new TZDate(instant, timeZone)
        const wall = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes())
        if (instant + wallOffsetAt(timeZone, instant) !== wall) differences.push(new Date(instant).toISOString())
      }
      expect(differences).toEqual([])
    })
  }

  it('know the hour Berlin skips in spring and the one it repeats in autumn', () => {
    // 28 March 2027: 02:00 becomes 03:00; 31 October 2027: 03:00 becomes 02:00.
    expect(instantOfWallHour('Europe/Berlin', Date.UTC(2027, 2, 28, 1))).toBe(Date.UTC(2027, 2, 28, 0))
    expect(instantOfWallHour('Europe/Berlin', Date.UTC(2027, 2, 28, 3))).toBe(Date.UTC(2027, 2, 28, 1))
    expect(wallOffsetAt('Europe/Berlin', Date.UTC(2027, 9, 31, 0, 30))).toBe(2 * HOUR_MS)
    expect(wallOffsetAt('Europe/Berlin', Date.UTC(2027, 9, 31, 1, 30))).toBe(HOUR_MS)
  })
})
