import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { addItem, itemsOf, listItems } from '../../../renderer/db/item-repo'
import { clearUndo } from '../../../renderer/db/undo'
import { createWorkshop } from '../../../renderer/db/workshop-repo'
import { useUiStore } from '../../../renderer/store/ui-store'
import type { Workshop } from '../../../shared/domain/workshop'

let workshop: Workshop

beforeAll(async () => {
  await import('../../../renderer/features/workshop/WorkshopScreen')
})

beforeEach(async () => {
  workshop = await createWorkshop({ title: 'Undo', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  for (const text of ['First card', 'Second card', 'Third card']) {
    await addItem(workshop.id, 'voice', { team: 'sales', kind: 'heard', text })
  }
  clearUndo()
})

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
})

const cardsShown = () =>
  within(screen.getByRole('region', { name: 'Sales hears about itself' }))
    .getAllByLabelText('Card')
    .map((field) => (field as HTMLTextAreaElement).value)

describe('undo and redo in the workshop', () => {
  it('brings a deleted card back in its place; redo removes it again', async () => {
    const user = userEvent.setup()
    act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId: workshop.id, section: 'awareness' }))
    render(<App />)
    await waitFor(() => expect(cardsShown()).toEqual(['First card', 'Second card', 'Third card']))

    await user.click(screen.getByRole('button', { name: 'Remove: card “Second card”' }))
    await waitFor(() => expect(cardsShown()).toEqual(['First card', 'Third card']))

    const tools = screen.getByRole('group', { name: 'Workshop tools' })
    await waitFor(() => expect(within(tools).getByRole('button', { name: 'Undo' })).toBeEnabled())
    await user.click(within(tools).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(cardsShown()).toEqual(['First card', 'Second card', 'Third card']))
    const restored = itemsOf(await listItems(workshop.id), 'voice').find((v) => v.text === 'Second card')
    expect(restored?.order).toBe(2)

    // The keyboard does the same: Ctrl+Shift+Z redoes the deletion.
    ;(document.activeElement as HTMLElement | null)?.blur()
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await waitFor(() => expect(cardsShown()).toEqual(['First card', 'Third card']))
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(cardsShown()).toEqual(['First card', 'Second card', 'Third card']))
  })
})
