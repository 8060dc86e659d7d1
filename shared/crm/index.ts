/**
 * The CRM import's core (issue 13), for the screens and the Web Worker that will run it:
 *
 * 1. `readExportHead(bytes)` → header row, preview, preset (or a problem to show), of a CSV file or
 *    an Excel workbook's first sheet (xlsx.ts): from here on both are the same rows;
 * 2. the person confirms or edits the `CrmMapping` (store it per workshop; `isCrmMapping` checks a
 *    stored one), with `proposeStageMapping` for the lifecycle values of the preview;
 * 3. `importExport(bytes, mapping, settings, { onProgress, signal, yieldControl })` → figures and
 *    findings, or a problem. In a worker pass `yieldControl` a turn of its event loop (a message to itself)
 *    so a cancel message can abort the signal between pieces.
 *
 * Only `figures` may be stored; `preview` and the findings' examples are for the screen.
 */
export { MAX_EXPORT_BYTES } from './decode'
export type { DecodeProblem, Encoding } from './decode'
export { dateReader } from './dates'
export { figureAccumulator, medianAndP90 } from './figures'
export type { CommitmentFigure, CrmFigures, CrmRecord, FigureSettings, MeasuredCommitment, OwnerFigure, SpanFigure, StageCohortFigure } from './figures'
export { importExport, MAX_EXAMPLES, PREVIEW_ROWS, readExportHead } from './import'
export type { AbortLike, ExportFormat, ExportHead, HeadProblem, HeadResult, ImportFindings, ImportOptions, ImportProblem, ImportResult } from './import'
export { MAX_UNPACKED_BYTES } from './xlsx'
export type { WorkbookProblem } from './xlsx'
export { proposeStageMapping, stageOf } from './lifecycle'
export { CRM_CONCEPTS, CRM_PRESETS, DATE_CONCEPTS, isCrmMapping, missingRequired, recognizePreset, REQUIRED_CONCEPTS } from './mapping'
export type { CrmConcept, CrmMapping, CrmPresetId, PresetCaveat, PresetMatch } from './mapping'
export { CRM_TEXT_LIMIT, crmImportRecord, MAX_STAGE_VALUES, mappingToRemember, recallMapping } from './stored'
export { figureDefinitions, figureLines, figureSource, spanLine } from './figure-lines'
export type { FigureDefinition, FigureItems, FigureLine, FigureLineInput } from './figure-lines'
export { CRM_FIGURE_TEXTS } from './figure-texts'
export type { CrmFigureTexts } from './figure-texts'
