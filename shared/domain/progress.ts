import { AGREEABLE_LISTS, LIST_STEP, type Item } from './items'
import type { StepId, Workshop } from './workshop'

/** How many of a step's items (and agreement-bearing definitions) the room has agreed. */
export function agreementCount(workshop: Workshop, items: readonly Item[], step: StepId): { agreed: number; total: number } {
  const statuses = items
    .filter((item) => LIST_STEP[item.list] === step && AGREEABLE_LISTS.has(item.list))
    .map((item) => item.status)
  if (step === 'closedLoop') statuses.push(workshop.stuckLeadRule.status)
  if (step === 'language') statuses.push(workshop.mql.status, workshop.sql.status)
  if (step === 'sla') statuses.push(workshop.governance.status)
  return { agreed: statuses.filter((s) => s === 'agreed').length, total: statuses.length }
}

export function completedSteps(workshop: Workshop): number {
  return Object.values(workshop.steps).filter((step) => step.completed).length
}
