import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { itemsOf, listItems } from '../../../renderer/db/item-repo'
import { createWorkshop, getWorkshop } from '../../../renderer/db/workshop-repo'
import { ResponsibilitiesSection } from '../../../renderer/features/sla/ResponsibilitiesSection'
import { SignPanel } from '../../../renderer/features/sla/SignPanel'
import type { SlaState } from '../../../renderer/features/sla/useSla'
import { useUiStore } from '../../../renderer/store/ui-store'
import { itemsOf as itemsOfList, type ItemOf } from '../../../shared/domain/items'
import { completeDraft, copy } from '../../shared/domain/sla-fixture'

const noVersion: SlaState = { versions: [], current: undefined, previousSigned: undefined, signatures: [], locked: false, seals: {} }

beforeAll(async () => {
  await import('../../../renderer/features/workshop/WorkshopScreen')
})

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
})

describe('completeness check', () => {
  const check = () => within(screen.getByRole('region', { name: 'Completeness check' }))

  it('says "nothing missing" only when it lists nothing', () => {
    render(<SignPanel data={completeDraft()} sla={noVersion} />)
    expect(check().getByText(/Nothing is missing\. The SLA is ready to sign\./)).toBeInTheDocument()
    expect(check().queryByRole('list')).toBeNull()
  })

  it('never says "nothing missing" while it lists points to check', () => {
    const draft = copy(completeDraft())
    draft.workshop.steps.keepAtIt.completed = false
    render(<SignPanel data={draft} sla={noVersion} />)
    expect(check().queryByText(/Nothing is missing/)).toBeNull()
    expect(check().getByText('Not complete yet: 1 open item below.')).toBeInTheDocument()
    expect(check().getAllByRole('listitem')).toHaveLength(1)
  })

  it('lists an activity with an accountable team but nobody doing the work as missing', () => {
    const draft = copy(completeDraft())
    const handover = itemsOfList(draft.items, 'raci').find((a) => a.activity === 'Handing over MQLs')!
    handover.raci = { marketing: 'A', sales: 'I', management: '' }
    render(<SignPanel data={draft} sla={noVersion} />)
    const finding = check().getByText('Nobody is responsible for “Handing over MQLs”.').closest('li')!
    expect(finding).toHaveClass('blocking')
    expect(check().queryByText(/Nothing is missing/)).toBeNull()
  })
})

describe('RACI matrix', () => {
  const activity = (raci: ItemOf<'raci'>['raci']): ItemOf<'raci'> => ({
    id: 'r1',
    workshopId: 'w1',
    list: 'raci',
    order: 1,
    status: 'proposed',
    activity: 'Handing over MQLs',
    owner: '',
    raci
  })

  it('flags a row without R or with two A, and accepts one team holding A and R', () => {
    const { rerender } = render(<ResponsibilitiesSection workshopId="w1" activities={[activity({ marketing: 'A', sales: 'I', management: '' })]} />)
    expect(screen.getByText(/Nobody does the work \(R\)/)).toBeInTheDocument()
    rerender(<ResponsibilitiesSection workshopId="w1" activities={[activity({ marketing: 'AR', sales: 'A', management: '' })]} />)
    expect(screen.getByText(/More than one team is accountable/)).toBeInTheDocument()
    rerender(<ResponsibilitiesSection workshopId="w1" activities={[activity({ marketing: 'AR', sales: 'I', management: '' })]} />)
    expect(screen.queryAllByRole('note')).toEqual([])
    const cell = screen.getByLabelText('Marketing for “Handing over MQLs”')
    expect(within(cell).getByRole('option', { selected: true })).toHaveTextContent('A/R')
  })
})

describe('MQL example criteria', () => {
  it('adds fit and engagement examples with points and a threshold, and the definition then reads as a score', async () => {
    const user = userEvent.setup()
    const workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
    act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId: workshop.id, section: 'language' }))
    render(<App />)
    const mql = await screen.findByRole('region', { name: 'MQL definition' })
    await user.click(within(mql).getByRole('button', { name: 'Add example criterion: Visited the pricing or contact page' }))
    await waitFor(async () => expect(itemsOf(await listItems(workshop.id), 'mqlCriterion')).toHaveLength(1))
    await user.click(await within(mql).findByRole('button', { name: 'Add all examples with a threshold of 50 points' }))
    await waitFor(async () => expect(itemsOf(await listItems(workshop.id), 'mqlCriterion')).toHaveLength(8))
    const criteria = itemsOf(await listItems(workshop.id), 'mqlCriterion')
    expect(new Set(criteria.map((c) => c.kind))).toEqual(new Set(['fit', 'engagement']))
    expect(criteria.every((c) => c.points !== null && c.points > 0)).toBe(true)
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.mql.threshold).toBe(50))

    await user.click(within(mql).getByRole('button', { name: 'Write the definition from the criteria' }))
    await waitFor(async () =>
      expect((await getWorkshop(workshop.id))?.mql.sentence).toMatch(
        /^A lead is a Marketing Qualified Lead \(MQL\) as soon as it reaches a score of at least 50 points\. It gets points for: Visited the pricing or contact page \(15 points\); Industry/
      )
    )
  }, 30_000)
})
