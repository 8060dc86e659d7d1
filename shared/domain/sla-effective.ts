import { isIsoDate, isoDateOf } from './iso-date'

/**
 * The day a moment falls on in a time zone (the zone the document is printed in, so every
 * laptop that rebuilds the document reads the same day).
 */
export function isoDateIn(moment: number, timeZone: string): string | null {
  const date = new Date(moment)
  // A moment a Date cannot hold (a damaged or hostile file) falls on no day.
  if (Number.isNaN(date.getTime())) return null
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date)
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value)
  return isoDateOf(part('year'), part('month'), part('day'))
}

/**
 * From when a signed version applies (issue 12 §3): the agreement's start date, or the day the
 * version was signed when that is later — an amendment signed on 16 April applies from 16 April,
 * not from the start of the agreement in January. A version not signed yet applies from nothing.
 */
export function effectiveFrom(startDate: string, signedAt: number | null, timeZone: string): string | null {
  if (signedAt === null) return null
  const signedOn = isoDateIn(signedAt, timeZone)
  if (signedOn === null) return isIsoDate(startDate) ? startDate : null
  if (!isIsoDate(startDate)) return signedOn
  return startDate > signedOn ? startDate : signedOn
}
