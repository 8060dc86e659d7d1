import type { Language } from '../../shared/domain/language'
import type { en as listEn } from './list/en'
import type { en as workshopEn } from './workshop/en'
import type { en as stepsEn } from './steps/en'
import type { en as slaEn } from './sla/en'
import type { en as reviewEn } from './review/en'
import type { en as audienceEn } from './audience/en'
import type { en as roomEn } from './room/en'

/**
 * The UI texts are split by feature, one folder per part with en.ts and de.ts. The list's part
 * comes with the first page; every other part is loaded with the screens that speak it, in the
 * language on screen, and the other language only when the person switches.
 */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
/** A German part has exactly the keys of its English part: the compiler checks it. */
export type Messages<English> = Widen<English>

/** Every key of every part (parts share a top-level block only where the list needs a few of its texts early). */
export type AllMessages = typeof listEn & typeof workshopEn & typeof stepsEn & typeof slaEn & typeof reviewEn & typeof audienceEn & typeof roomEn

export type LazyPart = 'workshop' | 'steps' | 'sla' | 'review' | 'audience' | 'room'
export type Part = 'list' | LazyPart

type Catalogue = Record<string, unknown>
type Loader = () => Promise<Catalogue>

/** One line per part and language, so the bundler makes each a chunk of its own. */
export const LOADERS: Record<LazyPart, Record<Language, Loader>> = {
  workshop: { de: () => import('./workshop/de').then((m) => m.de), en: () => import('./workshop/en').then((m) => m.en) },
  steps: { de: () => import('./steps/de').then((m) => m.de), en: () => import('./steps/en').then((m) => m.en) },
  sla: { de: () => import('./sla/de').then((m) => m.de), en: () => import('./sla/en').then((m) => m.en) },
  review: { de: () => import('./review/de').then((m) => m.de), en: () => import('./review/en').then((m) => m.en) },
  audience: { de: () => import('./audience/de').then((m) => m.de), en: () => import('./audience/en').then((m) => m.en) },
  room: { de: () => import('./room/de').then((m) => m.de), en: () => import('./room/en').then((m) => m.en) }
}

/** The parts each lazy screen speaks (the list's part is always there). */
export const SCREEN_PARTS = {
  workshop: ['workshop', 'steps', 'sla', 'review', 'audience', 'room'],
  audience: ['workshop', 'steps', 'sla', 'audience', 'room']
} as const satisfies Record<string, readonly LazyPart[]>
