import { describe, expect, it } from 'vitest'
import { defaultItems } from '../../../shared/domain/defaults'
import { mqlsPerCommitmentUnit, planFunnelTargets } from '../../../shared/domain/funnel-targets'
import type { FunnelResult } from '../../../shared/domain/funnel'
import type { Item, ItemOf } from '../../../shared/domain/items'

const items = defaultItems('de').map((seed, index) => ({ ...seed, id: `i${index}`, workshopId: 'w', order: index + 1, status: 'proposed' }) as Item)
const targets = items.filter((item): item is ItemOf<'target'> => item.list === 'target')
const commitments = items.filter((item): item is ItemOf<'commitment'> => item.list === 'commitment')
const values: FunnelResult = { revenue: 300000, customers: 30, sqls: 120, mqls: 1297, leads: 1500, visits: 75000, mqlsPerRep: 260, valueOfLead: 200, leadToCustomer: 2, leadToCustomerSource: 'stages' }

describe('the calculator’s figures as the SLA’s targets', () => {
  it('gives marketing’s MQL commitment the calculator’s MQLs in its own unit, so the SLA never promises two numbers', () => {
    const volume = commitments.find((c) => c.kind === 'leadVolume')!
    expect(volume).toMatchObject({ value: 50, unit: 'perMonth', measuredBy: 'CRM: übergebene MQLs pro Monat; die Zahl folgt dem Lead-Ziele-Rechner' })
    const plan = planFunnelTargets(targets, 'quarter', values, 'de', 'EUR', commitments)
    // 1,297 MQLs a quarter are 433 a month, rounded up as the calculator rounds its counts.
    expect(plan.commitmentUpdates).toEqual([{ id: volume.id, value: 433 }])
    // The example 50 is a value the room may have agreed on: the app asks before replacing it.
    expect(plan.overwritten).toEqual(['Das Marketing übergibt MQLs an den Vertrieb'])
    expect(plan.additions.find((t) => t.source === 'mqls')).toBeUndefined()
    expect(plan.updates).toContainEqual({ id: targets.find((t) => t.source === 'mqls')!.id, value: 1297 })
  })

  it('leaves the commitment alone when it already says so, or when the calculator has no MQLs', () => {
    const agreed = commitments.map((c) => (c.kind === 'leadVolume' ? { ...c, value: 433 } : c))
    expect(planFunnelTargets(targets, 'quarter', values, 'de', 'EUR', agreed).commitmentUpdates).toEqual([])
    expect(planFunnelTargets(targets, 'quarter', { ...values, mqls: null }, 'de', 'EUR', commitments).commitmentUpdates).toEqual([])
  })

  it('counts MQLs per month and per week from each period of the calculator', () => {
    expect(mqlsPerCommitmentUnit(1297, 'quarter', 'perMonth')).toBe(433)
    expect(mqlsPerCommitmentUnit(1200, 'year', 'perMonth')).toBe(100)
    expect(mqlsPerCommitmentUnit(100, 'month', 'perMonth')).toBe(100)
    expect(mqlsPerCommitmentUnit(130, 'quarter', 'perWeek')).toBe(10)
    expect(mqlsPerCommitmentUnit(100, 'quarter', 'percent')).toBeNull()
  })
})
