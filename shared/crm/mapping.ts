/**
 * Which column of an export holds which concept (issue 13 §2), as plain JSON the UI stores per
 * workshop, and the presets recognised from the header row of a HubSpot contact export and a
 * Salesforce lead report.
 */

/** What the figures need from an export; each maps to at most one column. */
export const CRM_CONCEPTS = [
  'id',
  'created',
  'becameMql',
  /** When sales accepted or rejected the MQL (a date). */
  'acceptedOrRejected',
  /** Why sales rejected it; a filled cell means rejected. */
  'rejectionReason',
  'becameSql',
  'becameCustomer',
  'firstContact',
  'owner',
  'source',
  'dealAmount',
  /** The lifecycle stage or lead status now. */
  'lifecycle'
] as const
export type CrmConcept = (typeof CRM_CONCEPTS)[number]

/** Without these no figure can be computed. */
export const REQUIRED_CONCEPTS = ['id', 'becameMql'] as const satisfies readonly CrmConcept[]

/** Concepts read as dates. */
export const DATE_CONCEPTS = ['created', 'becameMql', 'acceptedOrRejected', 'becameSql', 'becameCustomer', 'firstContact'] as const satisfies readonly CrmConcept[]
export type DateConcept = (typeof DATE_CONCEPTS)[number]

export const CRM_PRESETS = ['hubspot', 'salesforce'] as const
export type CrmPresetId = (typeof CRM_PRESETS)[number]

/** What a preset only approximates, so the UI can say so next to the figures. */
export type PresetCaveat = 'mqlIsCreated' | 'firstContactIsLastActivity' | 'firstContactIsFirstEngagement'

export interface CrmMapping {
  preset: CrmPresetId | null
  /** Concept → the column's header text as the file writes it. */
  columns: Partial<Record<CrmConcept, string>>
  /** Lifecycle or status value (as normalised by normalizeValue) → the workshop's stage name; null: not a stage. */
  stages: Record<string, string | null>
}

interface Preset {
  id: CrmPresetId
  /** Each concept's column names: English first, then the German interface's, where known. */
  columns: Partial<Record<CrmConcept, readonly string[]>>
  caveats: readonly PresetCaveat[]
}

/*
 * The German names are those a German HubSpot portal or Salesforce org writes into the header row
 * of an export. Confirmed from HubSpot's German knowledge base (Standardkontakteigenschaften,
 * Lifecycle-Phasen verwenden, Importdateien): the property "Lifecycle-Phase", the date properties
 * named "Datum der Konversion zum [Lifecycle-Phase]" with the stages "Marketing-Qualified-Lead",
 * "Sales-Qualified-Lead" and "Kunde", and the owner as "Zuständiger Mitarbeiter für [Objekt]" or,
 * in older portals, "Zuständiger Mitarbeiter in HubSpot". The others are the interface's labels as
 * we know them but could not confirm from a source ("Datensatz-ID", "Erstellungsdatum",
 * "Lebenszyklusphase", "Wurde zu einem …-qualifizierten Lead am", "Datum der ersten Interaktion",
 * "Kontaktinhaber", "Betrag des letzten Deals", and every Salesforce name). An export with other
 * names is mapped by hand, and the mapping is remembered.
 */
const PRESETS: readonly Preset[] = [
  {
    id: 'hubspot',
    columns: {
      id: ['Record ID', 'Datensatz-ID', 'Kontakt-ID'],
      created: ['Create Date', 'Erstellungsdatum'],
      lifecycle: ['Lifecycle Stage', 'Lifecycle-Phase', 'Lebenszyklusphase'],
      becameMql: ['Became a Marketing Qualified Lead Date', 'Datum der Konversion zum Marketing-Qualified-Lead', 'Wurde zu einem Marketing-qualifizierten Lead am'],
      becameSql: ['Became a Sales Qualified Lead Date', 'Datum der Konversion zum Sales-Qualified-Lead', 'Wurde zu einem Sales-qualifizierten Lead am'],
      becameCustomer: ['Became a Customer Date', 'Datum der Konversion zum Kunden', 'Datum der Konversion zum Kunde', 'Wurde zu einem Kunden am'],
      firstContact: ['Date of first engagement', 'Datum der ersten Interaktion'],
      owner: ['Contact owner', 'Kontaktinhaber', 'Zuständiger Mitarbeiter für Kontakt', 'Zuständiger Mitarbeiter in HubSpot'],
      dealAmount: ['Recent Deal Amount', 'Betrag des letzten Deals']
    },
    caveats: ['firstContactIsFirstEngagement']
  },
  {
    id: 'salesforce',
    columns: {
      id: ['Lead ID', 'Lead-ID'],
      // A lead report has no MQL date: a lead reaches sales when it is created.
      becameMql: ['Created Date', 'Erstelldatum', 'Erstellt am'],
      lifecycle: ['Lead Status', 'Lead-Status'],
      owner: ['Lead Owner', 'Lead-Inhaber'],
      becameSql: ['Converted Date', 'Konvertierungsdatum'],
      firstContact: ['Last Activity', 'Letzte Aktivität']
    },
    caveats: ['mqlIsCreated', 'firstContactIsLastActivity']
  }
]

/** Header texts compared without case, surrounding spaces, doubled spaces or a byte order mark. */
export function normalizeHeader(text: string): string {
  return text.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Values (lifecycle stages, statuses) compared the same way, and `marketingqualifiedlead` like `Marketing Qualified Lead`. */
export function normalizeValue(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_\-–]+/g, ' ')
}

function columnIn(headers: readonly string[], names: readonly string[]): string | undefined {
  const wanted = new Set(names.map(normalizeHeader))
  return headers.find((header) => wanted.has(normalizeHeader(header)))
}

export interface PresetMatch {
  preset: CrmPresetId
  mapping: CrmMapping
  caveats: readonly PresetCaveat[]
  /** Preset columns the file lacks (their figures will be missing). */
  missing: CrmConcept[]
}

/**
 * The preset whose required columns the header row holds, with the columns it found; the one with
 * most columns found when both would fit. Null when none fits — then the person maps by hand.
 */
export function recognizePreset(headers: readonly string[]): PresetMatch | null {
  let best: PresetMatch | null = null
  let bestFound = 0
  for (const preset of PRESETS) {
    const columns: CrmMapping['columns'] = {}
    const missing: CrmConcept[] = []
    for (const concept of CRM_CONCEPTS) {
      const names = preset.columns[concept]
      if (!names) continue
      const column = columnIn(headers, names)
      if (column === undefined) missing.push(concept)
      else columns[concept] = column
    }
    if (!REQUIRED_CONCEPTS.every((concept) => columns[concept] !== undefined)) continue
    const found = Object.keys(columns).length
    if (found > bestFound) {
      best = { preset: preset.id, mapping: { preset: preset.id, columns, stages: {} }, caveats: preset.caveats, missing }
      bestFound = found
    }
  }
  return best
}

/** Required concepts the mapping leaves out, or maps to a column the header row does not have. */
export function missingRequired(mapping: CrmMapping, headers: readonly string[]): CrmConcept[] {
  const present = new Set(headers.map(normalizeHeader))
  return REQUIRED_CONCEPTS.filter((concept) => {
    const column = mapping.columns[concept]
    return column === undefined || !present.has(normalizeHeader(column))
  })
}

/** Whether a stored value is a mapping (it comes back from IndexedDB or a backup file, so it is checked). */
export function isCrmMapping(value: unknown): value is CrmMapping {
  if (typeof value !== 'object' || value === null) return false
  const { preset, columns, stages } = value as Record<string, unknown>
  if (preset !== null && !(CRM_PRESETS as readonly unknown[]).includes(preset)) return false
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) return false
  for (const [concept, column] of Object.entries(columns)) {
    if (!(CRM_CONCEPTS as readonly string[]).includes(concept) || typeof column !== 'string') return false
  }
  if (typeof stages !== 'object' || stages === null || Array.isArray(stages)) return false
  return Object.values(stages).every((stage) => stage === null || typeof stage === 'string')
}
