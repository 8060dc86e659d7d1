import type { Paragraph } from 'docx'
import type { Governance } from '../../domain/workshop'
import { bullets, paragraph, type Block } from '../blocks'
import { termEnd } from '../locale-format'
import { statusDetails, type DocContext } from './context'

function termSentence(governance: Governance, ctx: DocContext): string {
  const t = ctx.texts.sla.governance
  if (governance.startDate.trim() === '') return t.noStart
  const start = ctx.formats.isoDate(governance.startDate)
  const end = termEnd(governance.startDate, governance.termMonths)
  if (end === null || governance.termMonths === null) return t.inForceOpenEnded(start)
  return t.inForce(start, ctx.formats.number(governance.termMonths), ctx.formats.isoDate(end))
}

/**
 * How the agreement is run (SPEC §4 "Governance"): term, reviews with their dates, escalation,
 * amendments — each a numbered clause, as a contract reads.
 */
export function governanceBlocks(
  governance: Governance,
  reviewDates: readonly string[],
  ctx: DocContext,
  subheading: (title: string) => Paragraph,
  /** A signed amendment that applies from a later day than the agreement's start (SLA document only). */
  amendment: { number: number; from: string } | null = null
): Block[] {
  const t = ctx.texts.sla.governance
  const cadence = t.cadences[governance.reviewCadence] ?? governance.reviewCadence
  const dates = reviewDates.map((date) => ctx.formats.isoDate(date))
  return [
    ...statusDetails(governance.status, ctx).map((detail) => paragraph(detail, { run: { italics: true } })),
    subheading(t.term),
    paragraph(termSentence(governance, ctx)),
    ...(amendment ? [paragraph(t.versionInForce(ctx.formats.number(amendment.number), ctx.formats.isoDate(amendment.from)))] : []),
    subheading(t.reviews),
    paragraph(t.reviewCadence(cadence)),
    ...(dates.length > 0 ? [paragraph(t.reviewDates, { keepNext: true }), ...bullets(dates)] : [paragraph(t.noReviewDates)]),
    subheading(t.escalation),
    paragraph(governance.escalation.trim() ? governance.escalation : t.notRecorded),
    subheading(t.amendments),
    // The room's own rule; the app's rule only where the room recorded none (both said it twice before).
    paragraph(governance.amendments.trim() ? governance.amendments : t.amendmentClause)
  ]
}
