import { SLA_LISTS, isListKind } from './items'
import type { SlaVersion } from './sla'

/**
 * While the current SLA version is signed, the content it froze is read-only until the SLA is
 * amended (SPEC §3). One rule for every path that writes: the repositories and undo/redo.
 */

/** The parts of the workshop record that are SLA content (definitions, reporting, calculator, governance). */
export const SLA_WORKSHOP_PARTS = ['stuckLeadRule', 'mql', 'sql', 'funnel', 'governance'] as const
export type SlaWorkshopPart = (typeof SLA_WORKSHOP_PARTS)[number]

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
  if (table === 'workshops') return paths.some((path) => (SLA_WORKSHOP_PARTS as readonly string[]).includes(path.split('.')[0]!))
  return false
}
