import { z } from 'zod'
import { isStartTime, minuteOfDay } from '../domain/agenda'
import { HOLIDAY_REGIONS } from '../domain/holidays'
import { CLOCK_MODES, ISO_WEEKDAYS, MAX_TIME_ZONE_LENGTH, TIME_ZONE_SHAPE, type SlaClock, type SlaClockSettings } from '../domain/sla-clock'

/**
 * The SLA's clock as a backup and a Word file's data carry it (issue 12 §4): the one schema for
 * both, so neither accepts a clock the other refuses. The time zone is checked for its shape, not
 * against this laptop's time-zone data: a file from a laptop with newer data must still open.
 */
const timeOfDay = z.string().refine(isStartTime, 'time')

const clockShape = {
  mode: z.enum(CLOCK_MODES),
  workingDays: z
    .array(z.literal(ISO_WEEKDAYS))
    .min(1)
    .max(ISO_WEEKDAYS.length)
    .refine((days) => new Set(days).size === days.length, 'workingDays'),
  dayStart: timeOfDay,
  dayEnd: timeOfDay,
  timeZone: z.string().max(MAX_TIME_ZONE_LENGTH).regex(TIME_ZONE_SHAPE, 'timeZone')
}

const endAfterStart = (clock: { dayStart: string; dayEnd: string }) => (minuteOfDay(clock.dayEnd) ?? 0) > (minuteOfDay(clock.dayStart) ?? 0)

export const clockSettingsSchema: z.ZodType<SlaClockSettings> = z.strictObject(clockShape).refine(endAfterStart, 'dayEnd')

export const slaClockSchema: z.ZodType<SlaClock> = z
  .strictObject({ ...clockShape, holidayRegion: z.enum(HOLIDAY_REGIONS) })
  .refine(endAfterStart, 'dayEnd')
