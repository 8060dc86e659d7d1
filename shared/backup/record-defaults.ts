import { blankItem } from '../domain/blank-items'
import { isListKind, type ItemFields, type ListKind } from '../domain/items'
import { isLanguage } from '../domain/language'
import { newWorkshop } from '../domain/new-workshop'
import { isIsoDate } from '../domain/iso-date'
import type { Review } from '../domain/review'
import type { SlaVersion } from '../domain/sla'
import type { Participant, Workshop } from '../domain/workshop'

/**
 * What a record gets for a field it is missing (STYLE "Validate, then restore with defaults").
 * Only fields with an honest neutral value are here: an empty text, "not rated", "proposed" (never
 * "agreed"), the app's own defaults for a new workshop. Ids, names, titles, teams and the like
 * are not guessed; a record missing them is left out. Signed SLA versions and signatures get no
 * defaults at all: what was signed is never changed.
 */

type Defaults = Record<string, unknown>

/** Fields the workshop record cannot do without: who it is, what it is called, when it began. */
type RequiredWorkshopKey = 'id' | 'title' | 'organisation' | 'language' | 'createdAt'

export function workshopDefaults(raw: Record<string, unknown>): Defaults | null {
  // The language decides the default texts (governance), so without it nothing can be filled.
  if (!isLanguage(raw.language)) return null
  const date = typeof raw.date === 'string' && isIsoDate(raw.date) ? raw.date : ''
  const template = newWorkshop('restored', { title: '', organisation: '', unit: '', language: raw.language, facilitator: '', date }, 0)
  const { id: _id, title: _t, organisation: _o, language: _l, createdAt: _c, ...rest } = template
  const defaults: Omit<Workshop, RequiredWorkshopKey> = rest
  // A record that never changed after it was created was last updated when it was created.
  return typeof raw.createdAt === 'number' ? { ...defaults, updatedAt: raw.createdAt } : omit(defaults, 'updatedAt')
}

export function participantDefaults(position: number): Partial<Participant> {
  return { order: position + 1, role: '', team: 'other', email: '', signsSla: false }
}

/**
 * Per list, the fields of the blank item that a restore does not guess: who owns or sends
 * something, which side a card is on, a cadence or period. A record missing one is left out.
 */
const NOT_GUESSED: { readonly [K in ListKind]: ReadonlyArray<keyof ItemFields[K]> } = {
  friction: [],
  voice: ['team', 'kind'],
  giveGet: ['team'],
  benefit: [],
  stage: ['owner'],
  report: ['from', 'to', 'cadence'],
  rejection: [],
  mqlCriterion: [],
  sqlCriterion: [],
  glossary: [],
  action: ['team'],
  concern: [],
  raci: [],
  commitment: ['unit', 'direction', 'team'],
  target: ['period'],
  kpi: ['cadence'],
  parking: []
}

/** The fields of a list that have a neutral value: its blank item without what is not guessed. */
function itemFieldDefaults<K extends ListKind>(list: K): Partial<ItemFields[K]> {
  const defaults: Partial<ItemFields[K]> = blankItem(list)
  for (const field of NOT_GUESSED[list]) delete defaults[field]
  return defaults
}

/** A missing order puts the item where it stands in the file; ties are broken by id anyway. */
export function itemDefaults(raw: Record<string, unknown>, position: number): Defaults | null {
  if (!isListKind(raw.list)) return null
  return { order: position + 1, status: 'proposed', ...itemFieldDefaults(raw.list) }
}

/** Only drafts: their content is still the workshop itself, so nothing signed is touched. */
export function draftVersionDefaults(): Partial<SlaVersion> {
  return { content: null, fingerprint: null, signedAt: null, seal: null, sealedAt: null, openItems: [], openItemsConfirmed: false, amends: null, reviewId: null }
}

/** A review is the record of a meeting: what is missing was not said, so it stays empty. */
export function reviewDefaults(): Partial<Review> {
  return {
    attendeeIds: [],
    guests: [],
    actuals: {},
    actualRates: { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null },
    decisions: '',
    closedAt: null
  }
}

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value
  return rest
}
