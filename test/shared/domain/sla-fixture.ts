import { defaultItems } from '../../../shared/domain/defaults'
import type { Item } from '../../../shared/domain/items'
import { newWorkshop } from '../../../shared/domain/new-workshop'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import type { SlaContent } from '../../../shared/domain/sla'
import type { Participant, Workshop } from '../../../shared/domain/workshop'

/**
 * A workshop the room has finished: every step completed, everything agreed, every target with a
 * value, signatories from both sides. Tests break one thing at a time from here.
 */
export interface Draft {
  workshop: Workshop
  participants: Participant[]
  items: Item[]
}

export function completeDraft(): Draft {
  const base = newWorkshop('w1', { title: 'Kick-off', organisation: 'Müller GmbH', unit: 'DACH', language: 'en', facilitator: 'Eva', date: '2027-01-15' }, 1)
  const workshop: Workshop = {
    ...base,
    steps: {
      awareness: { ...base.steps.awareness, completed: true },
      closedLoop: { ...base.steps.closedLoop, completed: true },
      language: { ...base.steps.language, completed: true },
      sla: { ...base.steps.sla, completed: false },
      keepAtIt: { ...base.steps.keepAtIt, completed: true }
    },
    sharedGoal: 'Together we win 30 new customers per quarter.',
    stuckLeadRule: { days: 30, action: 'Owner is notified', status: 'agreed' },
    mql: { sentence: 'An MQL is a lead that fits and engages.', threshold: 50, status: 'agreed' },
    sql: { sentence: 'An SQL has budget, authority, need and timeline.', status: 'agreed' },
    funnel: { ...base.funnel, revenueGoal: 500000, marketingShare: 60, dealSize: 10000, sqlToCustomer: 25, mqlToSql: 40, leadToMql: 20 },
    governance: { ...base.governance, status: 'agreed' }
  }
  const participants: Participant[] = [
    { id: 'p1', workshopId: 'w1', order: 1, name: 'Anna Marketing', role: 'Head of marketing', team: 'marketing', email: '', signsSla: true },
    { id: 'p2', workshopId: 'w1', order: 2, name: 'Bernd Vertrieb', role: 'Head of sales', team: 'sales', email: '', signsSla: true },
    { id: 'p3', workshopId: 'w1', order: 3, name: 'Clara Chef', role: 'CEO', team: 'management', email: '', signsSla: false }
  ]
  const items = defaultItems('en').map((seed, index): Item => {
    const withValue = seed.list === 'target' ? { ...seed, value: 10 + index } : seed
    return { ...withValue, id: `${seed.list}-${index}`, workshopId: 'w1', order: index, status: 'agreed' }
  })
  return { workshop, participants, items }
}

export function completeContent(): SlaContent {
  const { workshop, participants, items } = completeDraft()
  return buildSlaContent(workshop, participants, items)
}

/** A deep copy to change freely without touching the original. */
export function copy<T>(value: T): T {
  return structuredClone(value)
}
