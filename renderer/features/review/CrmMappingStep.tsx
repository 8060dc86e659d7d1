import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CRM_CONCEPTS, missingRequired, proposeStageMapping, recallMapping, REQUIRED_CONCEPTS, type CrmConcept, type CrmMapping, type ExportHead } from '../../../shared/crm'
import { normalizeHeader, normalizeValue } from '../../../shared/crm/mapping'

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const

/** The distinct lifecycle values in the preview rows, in the order they first appear. */
function lifecycleValues(head: ExportHead, column: string | undefined): string[] {
  if (column === undefined) return []
  const index = head.headers.findIndex((header) => normalizeHeader(header) === normalizeHeader(column))
  if (index < 0) return []
  return [...new Set(head.preview.map((row) => row[index]?.trim() ?? '').filter((value) => value !== ''))]
}

/** The mapping with the column of one concept changed; a new lifecycle column brings its own stage proposal. */
export function withColumn(mapping: CrmMapping, concept: CrmConcept, column: string | null, head: ExportHead, stageNames: readonly string[]): CrmMapping {
  const columns = { ...mapping.columns }
  if (column === null) delete columns[concept]
  else columns[concept] = column
  const stages = concept === 'lifecycle' ? proposeStageMapping(lifecycleValues(head, columns.lifecycle), stageNames) : mapping.stages
  return { ...mapping, columns, stages }
}

/**
 * The first mapping to show: the columns the workshop confirmed last time when the file has them
 * (`remembered`), else the recognised preset's, else nothing mapped; lifecycle values proposed
 * onto the workshop's stages, those mapped last time as they were (while the stage still exists).
 */
export function initialMapping(head: ExportHead, stageNames: readonly string[], remembered?: CrmMapping | null): { mapping: CrmMapping; recalled: boolean } {
  const recalled = recallMapping(remembered, head.headers, REQUIRED_CONCEPTS)
  const mapping: CrmMapping = recalled ?? (head.preset ? head.preset.mapping : { preset: null, columns: {}, stages: {} })
  const proposed = proposeStageMapping(lifecycleValues(head, mapping.columns.lifecycle), stageNames)
  const kept = Object.entries(recalled?.stages ?? {}).filter(([, stage]) => stage === null || stageNames.includes(stage))
  return { mapping: { ...mapping, stages: { ...proposed, ...Object.fromEntries(kept) } }, recalled: recalled !== null }
}

/**
 * Step 2 of the CRM import: the recognised preset or a column for each concept, with the file's
 * first rows to choose by, and the lifecycle values onto the workshop's stages.
 */
export function CrmMappingStep({
  name,
  head,
  mapping,
  stageNames,
  recalled,
  perOwner,
  onPerOwner,
  onChange,
  onConfirm,
  onDiscard
}: {
  name: string
  head: ExportHead
  mapping: CrmMapping
  stageNames: readonly string[]
  /** The columns are those the workshop confirmed at its last import. */
  recalled: boolean
  /** Figures per owner (works council): off unless the person chooses them for this import. */
  perOwner: boolean
  onPerOwner(perOwner: boolean): void
  onChange(mapping: CrmMapping): void
  onConfirm(): void
  onDiscard(): void
}) {
  const { t } = useTranslation()
  const id = useId()
  const missing = missingRequired(mapping, head.headers)
  const values = lifecycleValues(head, mapping.columns.lifecycle)
  const conceptName = (concept: CrmConcept) => t(`crmImport.concepts.${concept}`)
  return (
    <div className="crm-step">
      <h3>{t('crmImport.mappingTitle')}</h3>
      <p className="muted">
        {head.format === 'xlsx'
          ? t('crmImport.fileInfoWorkbook', { name, sheet: head.sheet })
          : t('crmImport.fileInfo', { name, encoding: t(`crmImport.encodings.${head.encoding}`), delimiter: t(`crmImport.delimiters.${DELIMITER_NAMES[head.delimiter]}`) })}
      </p>
      <p>
        {recalled
          ? t('crmImport.mappingRecalled')
          : head.preset
            ? t('crmImport.presetFound', { preset: t(`crmImport.presets.${head.preset.preset}`) })
            : t('crmImport.presetNone')}
      </p>
      {head.preset && head.preset.caveats.length > 0 && (
        <ul className="crm-caveats">
          {head.preset.caveats.map((caveat) => (
            <li key={caveat}>{t(`crmImport.caveats.${caveat}`)}</li>
          ))}
        </ul>
      )}
      <div className="crm-columns">
        {CRM_CONCEPTS.map((concept) => {
          const required = (REQUIRED_CONCEPTS as readonly string[]).includes(concept)
          return (
            <label key={concept} className="field">
              <span className="field-label">
                {conceptName(concept)} {required && <span className="muted">{t('crmImport.required')}</span>}
              </span>
              <select
                aria-label={t('crmImport.columnOf', { concept: conceptName(concept) })}
                value={mapping.columns[concept] ?? ''}
                onChange={(event) => onChange(withColumn(mapping, concept, event.target.value === '' ? null : event.target.value, head, stageNames))}
              >
                <option value="">{t('crmImport.notMapped')}</option>
                {head.headers.map((header, index) => (
                  <option key={`${index}-${header}`} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </label>
          )
        })}
      </div>

      {values.length > 0 && stageNames.length > 0 && (
        <fieldset className="crm-stages">
          <legend>{t('crmImport.stagesTitle')}</legend>
          {values.map((value) => {
            const key = normalizeValue(value)
            return (
              <label key={key} className="field">
                <span className="field-label">{t('crmImport.stageOf', { value })}</span>
                <select
                  value={mapping.stages[key] ?? ''}
                  onChange={(event) => onChange({ ...mapping, stages: { ...mapping.stages, [key]: event.target.value === '' ? null : event.target.value } })}
                >
                  <option value="">{t('crmImport.noStage')}</option>
                  {stageNames.map((stage) => (
                    <option key={stage} value={stage}>
                      {stage}
                    </option>
                  ))}
                </select>
              </label>
            )
          })}
        </fieldset>
      )}

      {/* A wide export scrolls sideways here: focusable, so a keyboard can scroll it too. */}
      <div className="crm-preview" role="region" aria-labelledby={`${id}-preview`} tabIndex={0}>
        <table className="data-table" aria-labelledby={`${id}-preview`}>
          <caption id={`${id}-preview`}>{t('crmImport.preview')}</caption>
          <thead>
            <tr>
              {head.headers.map((header, index) => (
                <th key={`${index}-${header}`} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {head.preview.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {head.headers.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {missing.length > 0 && (
        <p className="field-error" role="alert">
          {t('crmImport.needed', { concepts: missing.map(conceptName).join(', ') })}
        </p>
      )}
      {mapping.columns.owner !== undefined && (
        <div className="crm-per-owner">
          <label>
            <input type="checkbox" checked={perOwner} aria-describedby={`${id}-per-owner`} onChange={(event) => onPerOwner(event.target.checked)} /> {t('crmImport.perOwner')}
          </label>
          <p className="field-hint" id={`${id}-per-owner`}>
            {t('crmImport.perOwnerHint')}
          </p>
        </div>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onDiscard}>
          {t('crmImport.discard')}
        </button>
        <button type="button" className="button primary" disabled={missing.length > 0} onClick={onConfirm}>
          {t('crmImport.compute')}
        </button>
      </div>
    </div>
  )
}
