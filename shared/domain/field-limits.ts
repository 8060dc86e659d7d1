import type { ItemFields, ListKind } from './items'

/**
 * How much text each field holds (issue 12 §2): one set of limits for what can be typed, backed
 * up and read from a Word file, so the app never writes a backup it then refuses, and every
 * document it writes stays one LibreOffice lays out in seconds (a 100,000-character cell took it
 * minutes). Lengths count UTF-16 code units, as an input's `maxLength` does; a zod `max` counts
 * characters, never more, so whatever fits an input passes a backup's checks.
 */
export const FIELD_LIMITS = {
  /** A name, a role, an e-mail address, a place: one line in a narrow table column. */
  short: 200,
  /** What names a thing in a list: a workshop title, an action, a metric, a criterion, a voice. */
  title: 500,
  /** What the room writes out: a definition, the shared goal, notes, decisions, an escalation path. */
  long: 2_000
} as const

export type FieldKind = keyof typeof FIELD_LIMITS

/**
 * The most any field holds: the longest kind's limit. A text copied from a field (an open item
 * names a commitment or a role) is never longer.
 */
export const MAX_STORED_TEXT: number = Math.max(...Object.values(FIELD_LIMITS))

/**
 * What any text could hold before the field limits existed: what earlier versions backed up and
 * restored. A backup or a Word file written then may hold it in any field, and still opens.
 */
export const TEXT_BEFORE_LIMITS = 200_000

/** From how many characters before its limit a field shows how many are left. */
export function nearLimitFrom(kind: FieldKind): number {
  return Math.floor(FIELD_LIMITS[kind] * 0.9)
}

/** The fields that hold free text (`string` itself, not a choice such as a team, nor a date). */
type TextKeys<T> = Exclude<{ [K in keyof T]-?: string extends T[K] ? K : never }[keyof T], 'due'>

/** Every text field of every list, and what kind of text it is. */
type ItemTextFields = { [K in ListKind]: { [F in TextKeys<ItemFields[K]>]: FieldKind } }

/**
 * The kind of every text field a person types, by record and field. Inputs take their limit from
 * here; adding a text field to an item type without naming its kind here does not compile.
 */
export const TEXT_FIELDS = {
  workshop: { title: 'title', organisation: 'short', unit: 'short', facilitator: 'short', sharedGoal: 'long' },
  /** The workshop's single texts of steps 2–4. */
  stuckLeadRule: { action: 'long' },
  definition: { sentence: 'long' },
  governance: {
    escalation: 'long',
    amendments: 'long',
    scopeLeads: 'long',
    scopeRegions: 'title',
    handoverData: 'long',
    consequences: 'long',
    renewal: 'long',
    termination: 'long',
    dataProtection: 'long'
  },
  participant: { name: 'short', role: 'short', email: 'short' },
  /** Where a person signs, and the full name typed by one who cannot draw. */
  signature: { place: 'short', typedName: 'short' },
  agendaBreak: { name: 'short' },
  /** The guests are typed as one list, separated by commas. */
  review: { guests: 'long', decisions: 'long', actualNote: 'long' },
  items: {
    friction: { area: 'title', notes: 'long' },
    voice: { text: 'title' },
    giveGet: { text: 'title' },
    benefit: { text: 'title' },
    stage: { name: 'short', definition: 'long', entryCriteria: 'long', onStall: 'title' },
    report: { name: 'title', metrics: 'title', when: 'short', channel: 'short', owner: 'short' },
    rejection: { text: 'title' },
    mqlCriterion: { text: 'title' },
    sqlCriterion: { text: 'title' },
    glossary: { term: 'short', definition: 'long' },
    action: { title: 'title', owner: 'short' },
    concern: { text: 'long', response: 'long' },
    raci: { activity: 'title', owner: 'short' },
    commitment: { description: 'title', measuredBy: 'title' },
    target: { metric: 'title', unit: 'short' },
    kpi: { kpi: 'title', measure: 'title', reporter: 'short' },
    parking: { text: 'title' }
  } satisfies ItemTextFields
} as const satisfies Record<string, Record<string, FieldKind | Record<string, FieldKind>>>

/** The characters a field of this kind holds. */
export function fieldLimit(kind: FieldKind): number {
  return FIELD_LIMITS[kind]
}

/**
 * A copy's title: the original's, then the suffix ("(Kopie)"). When both would not fit the
 * title's limit, the original's end is cut (never half an emoji), so the copy's title can be
 * typed, backed up and read from Word like any other. A title already beyond the limit (typed
 * before the limits existed) is kept whole.
 */
export function copyTitle(title: string, suffix: string): string {
  const tail = suffix.trim()
  if (tail === '') return title
  const limit = FIELD_LIMITS[TEXT_FIELDS.workshop.title]
  const room = limit - tail.length - 1
  const whole = title.length <= room || title.length > limit
  const cut = /[\uD800-\uDBFF]/.test(title.charAt(room - 1)) ? title.slice(0, room - 1) : title.slice(0, room)
  return `${whole ? title : cut} ${tail}`.trim()
}
