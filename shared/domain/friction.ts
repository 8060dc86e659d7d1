import type { ItemOf, Rating } from './items'

export const RATING_MIN = 1
export const RATING_MAX = 5

/** Ratings are whole numbers 1–5; anything else is not a rating. */
export function toRating(value: unknown): Rating | undefined {
  if (value === null || value === '') return null
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= RATING_MIN && n <= RATING_MAX ? (n as Rating) : undefined
}

/**
 * The perception gap of one friction area: how differently marketing and sales feel it.
 * Null until both sides have rated it.
 */
export function perceptionGap(item: Pick<ItemOf<'friction'>, 'ratings'>): number | null {
  return gapBetween(item.ratings.marketing, item.ratings.sales)
}

/** How far apart marketing's and sales' values of one area are (typed ratings or the room's averages). */
export function gapBetween(marketing: number | null, sales: number | null): number | null {
  return marketing === null || sales === null ? null : Math.abs(marketing - sales)
}

/** A gap of two points or more is worth talking about in the room. */
export const NOTABLE_GAP = 2
