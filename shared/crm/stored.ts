import { FIELD_LIMITS } from '../domain/field-limits'
import type { ReviewCrmImport } from '../domain/review'
import type { CrmFigures } from './figures'
import { CRM_CONCEPTS, normalizeHeader, type CrmConcept, type CrmMapping } from './mapping'

/**
 * What the app keeps of a CRM import (issue 13 §2, §5): the mapping per workshop, and the team
 * figures in the review. Texts taken from the file (column names, lifecycle values, rejection
 * reasons, the file's name) are held to a title field's limit, so everything kept also passes
 * a backup's checks (shared/backup/crm-schemas.ts) and never grows without bound.
 */
export const CRM_TEXT_LIMIT = FIELD_LIMITS.title
/** Lifecycle or status values remembered per workshop; a real CRM has a dozen. */
export const MAX_STAGE_VALUES = 500

const fits = (text: string) => text.length <= CRM_TEXT_LIMIT

/** The mapping to remember for the workshop: without names too long to be a column or a stage. */
export function mappingToRemember(mapping: CrmMapping): CrmMapping {
  const columns: CrmMapping['columns'] = {}
  for (const concept of CRM_CONCEPTS) {
    const column = mapping.columns[concept]
    if (column !== undefined && fits(column)) columns[concept] = column
  }
  const stages = Object.fromEntries(
    Object.entries(mapping.stages)
      .filter(([value, stage]) => fits(value) && (stage === null || fits(stage)))
      .slice(0, MAX_STAGE_VALUES)
  )
  return { preset: mapping.preset, columns, stages }
}

/**
 * A remembered mapping for a file with these column names: each remembered column the file has
 * (as the file spells it now), and every remembered stage. Null when the file lacks a column the import needs, so the person
 * maps again rather than import with half a mapping.
 */
export function recallMapping(remembered: CrmMapping | null | undefined, headers: readonly string[], required: readonly CrmConcept[]): CrmMapping | null {
  if (!remembered) return null
  const present = new Map(headers.map((header) => [normalizeHeader(header), header]))
  const columns: CrmMapping['columns'] = {}
  for (const concept of CRM_CONCEPTS) {
    const column = remembered.columns[concept]
    const header = column === undefined ? undefined : present.get(normalizeHeader(column))
    if (header !== undefined) columns[concept] = header
  }
  if (!required.every((concept) => columns[concept] !== undefined)) return null
  return { preset: remembered.preset, columns, stages: { ...remembered.stages } }
}

const cut = (text: string) => (fits(text) ? text : `${text.slice(0, CRM_TEXT_LIMIT - 1)}…`)

/** What a review keeps of an import: the team figures, never the figures per owner. */
export function crmImportRecord({ fileName, importedAt, rows, mapped, timeZone, figures }: Omit<ReviewCrmImport, 'figures' | 'mapped'> & { mapped: readonly CrmConcept[]; figures: CrmFigures }): ReviewCrmImport {
  const { owners: _owners, ...team } = figures
  return {
    fileName: cut(fileName),
    importedAt,
    rows,
    mapped: CRM_CONCEPTS.filter((concept) => mapped.includes(concept)),
    timeZone,
    figures: {
      ...team,
      rejections: { ...team.rejections, reasons: team.rejections.reasons.map(({ reason, count }) => ({ reason: cut(reason), count })) },
      stages: team.stages.map(({ stage, count }) => ({ stage: stage === null ? null : cut(stage), count }))
    }
  }
}
