/**
 * The Word documents (SPEC §6): pure functions from the domain model to a docx Document, and
 * the last step that packs one into the bytes of a .docx file. The renderer loads this module
 * only when exporting (SPEC §9: the Word generator stays out of the initial bundle).
 *
 *   const bytes = await packDocx(buildSlaDocument(input))   // or exportSlaDocx(input)
 *   const reading = await readSlaDocx(bytes)                 // "Open SLA from Word file"
 *   const report = await exportReviewReportDocx(input)       // a quarterly review (SPEC §5)
 */
import { buildMinutesDocument } from './minutes/minutes-document'
import type { MinutesDocumentInput } from './minutes/minutes-input'
import { packDocx } from './pack'
import { buildReviewReportDocument } from './review/review-document'
import type { ReviewReportInput } from './review/review-input'
import { buildSlaDocument } from './sla/sla-document'
import type { SlaDocumentInput } from './sla/sla-input'

export { buildSlaDocument, buildMinutesDocument, buildReviewReportDocument, packDocx }
export { readSlaDocx, type SlaDocxReading, type IntegrityCheck, type IntegrityReason, type NotFromAppReason } from './sla/read-sla-docx'
export type { SlaDocumentInput, SlaVersionFacts, SlaHistoryEntry } from './sla/sla-input'
export type { SlaDocxData } from './sla/sla-data-schema'
export type { MinutesDocumentInput } from './minutes/minutes-input'
export type { ReviewReportInput, ReviewParticipant, ReviewAction } from './review/review-input'
export { xmlSafe } from './xml-safe-text'
export { amendmentSummary } from './sla/history'

/** The SLA as .docx bytes, its data part included. */
export async function exportSlaDocx(input: SlaDocumentInput): Promise<Uint8Array> {
  return packDocx(buildSlaDocument(input))
}

/** The workshop minutes as .docx bytes. */
export async function exportMinutesDocx(input: MinutesDocumentInput): Promise<Uint8Array> {
  return packDocx(buildMinutesDocument(input))
}

/** The review report of one quarterly review as .docx bytes. */
export async function exportReviewReportDocx(input: ReviewReportInput): Promise<Uint8Array> {
  return packDocx(buildReviewReportDocument(input))
}
