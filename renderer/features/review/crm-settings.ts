import type { FigureSettings } from '../../../shared/crm'
import { holidayRegionOf } from '../../../shared/domain/review-plan'
import type { Review } from '../../../shared/domain/review'
import type { SlaContent } from '../../../shared/domain/sla'
import { defaultClockSettings, type SlaClock } from '../../../shared/domain/sla-clock'
import type { Workshop } from '../../../shared/domain/workshop'

/**
 * What the CRM figures of a review are measured against: the reviewed quarter, and the clock,
 * commitments and stuck-lead rule of the signed version under review (not of today's draft).
 * An SLA signed before it had a clock counts calendar hours in the default time zone.
 */
export function crmFigureSettings(workshop: Workshop, content: SlaContent, review: Review, exportedAt: number): FigureSettings {
  const clock: SlaClock = content.governance.clock ?? { ...defaultClockSettings(), mode: 'calendar', holidayRegion: holidayRegionOf(workshop) }
  return {
    period: review.period,
    exportedAt,
    clock,
    commitments: content.commitments.map(({ id, kind, value, unit }) => ({ id, kind, value, unit })),
    stuckLeadDays: content.reporting.stuckLeadRule.days,
    // Team figures only in this slice: figures per owner need the works council's explicit choice (issue 13 §4).
    perOwner: false
  }
}

/** The workshop's own lifecycle stages of step 2, as signed, for mapping the export's values onto. */
export function stageNamesOf(content: SlaContent): string[] {
  return content.definitions.stages.map((stage) => stage.name).filter((name) => name.trim() !== '')
}
