import { LIST_STEP, SLA_LISTS, isListKind } from './items'
import { oneOf } from './one-of'
import type { SlaVersion } from './sla'
import type { StepId } from './workshop'

/**
 * While the current SLA version is signed, the content it froze is read-only until the SLA is
 * amended (SPEC §3). One rule for every path that writes: the repositories and undo/redo.
 */

/** The parts of the workshop record that are SLA content (definitions, reporting, calculator, governance). */
export const SLA_WORKSHOP_PARTS = ['stuckLeadRule', 'mql', 'sql', 'funnel', 'governance'] as const
export type SlaWorkshopPart = (typeof SLA_WORKSHOP_PARTS)[number]
const isSlaWorkshopPart = oneOf(SLA_WORKSHOP_PARTS)

/** The step each SLA part of the workshop record is edited in. */
export const SLA_PART_STEP: Record<SlaWorkshopPart, StepId> = {
  stuckLeadRule: 'closedLoop',
  mql: 'language',
  sql: 'language',
  funnel: 'sla',
  governance: 'sla'
}

/**
 * The parts the room marks as agreed, each with its own status (the calculator's inputs are
 * agreed as targets, not on their own).
 */
export const AGREED_PARTS = ['mql', 'sql', 'stuckLeadRule', 'governance'] as const satisfies readonly SlaWorkshopPart[]
export type AgreedPart = (typeof AGREED_PARTS)[number]

/**
 * The steps whose content is part of the SLA, and so read-only while a signed version stands:
 * the steps of the SLA's lists and of its parts of the workshop record.
 */
export const SLA_STEPS: ReadonlySet<StepId> = new Set([...[...SLA_LISTS].map((list) => LIST_STEP[list]), ...Object.values(SLA_PART_STEP)])

export function isCurrentVersionSigned(versions: readonly Pick<SlaVersion, 'number' | 'state'>[]): boolean {
  const current = [...versions].sort((a, b) => a.number - b.number).at(-1)
  return current?.state === 'signed'
}

/**
 * Whether a change to a stored record reaches into the SLA's content: an item of an SLA list,
 * or one of the SLA parts of the workshop (`paths` are the dotted fields the change writes).
 */
export function changeTouchesSla(table: string, records: readonly (Record<string, unknown> | undefined)[], paths: readonly string[]): boolean {
  if (table === 'items') return records.some((record) => record !== undefined && isListKind(record.list) && SLA_LISTS.has(record.list))
  if (table === 'workshops') return paths.some((path) => isSlaWorkshopPart(path.split('.')[0]))
  return false
}
