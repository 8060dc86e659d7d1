import { normalizeValue } from './mapping'

/**
 * Lifecycle stages and lead statuses of an export onto the workshop's own stages of step 2
 * (issue 13 §2), so the common language of step 3 meets the data. The room confirms or changes
 * the proposal; this only proposes.
 */

/** The usual stages, each with the names CRMs and workshops give it (normalised: lower case, single spaces). */
const KNOWN_STAGES: Record<string, readonly string[]> = {
  subscriber: ['subscriber', 'abonnent', 'newsletter abonnent'],
  lead: ['lead', 'open', 'open not contacted', 'new', 'neu', 'offen', 'offen nicht kontaktiert'],
  mql: ['mql', 'marketingqualifiedlead', 'marketing qualified lead', 'marketing qualifizierter lead', 'marketingqualifizierter lead'],
  sal: ['sal', 'sales accepted lead', 'vom vertrieb akzeptierter lead', 'working', 'working contacted', 'in bearbeitung', 'in bearbeitung kontaktiert', 'contacted', 'kontaktiert'],
  sql: ['sql', 'salesqualifiedlead', 'sales qualified lead', 'vertriebsqualifizierter lead', 'qualified', 'qualifiziert', 'closed converted', 'geschlossen konvertiert'],
  opportunity: ['opportunity', 'opportunities', 'verkaufschance', 'chance'],
  customer: ['customer', 'kunde', 'kundin', 'kunden', 'evangelist'],
  nurturing: ['nurturing', 'recycled', 'nurturing/recycled', 'recycling', 'closed not converted', 'geschlossen nicht konvertiert', 'unqualified', 'disqualified', 'nicht qualifiziert']
}

function knownStageOf(text: string): string | null {
  const value = normalizeValue(text)
  for (const [stage, names] of Object.entries(KNOWN_STAGES)) if (names.includes(value)) return stage
  // A workshop stage called "Nurturing/Recycled" or "Opportunity (Angebot)": its first word decides.
  const first = value.split(/[\s/(]/)[0] ?? ''
  for (const [stage, names] of Object.entries(KNOWN_STAGES)) if (names.includes(first)) return stage
  return null
}

/**
 * For each distinct value of the export, the workshop stage it proposes (null: none fits):
 * the stage of the same name, else the stage that means the same (`marketingqualifiedlead` → `MQL`).
 * Keys are the values as normalizeValue writes them, as CrmMapping.stages stores them.
 */
export function proposeStageMapping(values: Iterable<string>, stageNames: readonly string[]): Record<string, string | null> {
  const byName = new Map(stageNames.map((name) => [normalizeValue(name), name]))
  const byKnown = new Map<string, string>()
  for (const name of stageNames) {
    const known = knownStageOf(name)
    if (known !== null && !byKnown.has(known)) byKnown.set(known, name)
  }
  const proposal: Record<string, string | null> = {}
  for (const raw of values) {
    const value = normalizeValue(raw)
    if (value === '' || value in proposal) continue
    const known = knownStageOf(value)
    proposal[value] = byName.get(value) ?? (known === null ? null : (byKnown.get(known) ?? null))
  }
  return proposal
}

/** The workshop stage of one value under a stored mapping; null when it maps to none or was never mapped. */
export function stageOf(value: string, stages: Readonly<Record<string, string | null>>): string | null {
  return stages[normalizeValue(value)] ?? null
}
