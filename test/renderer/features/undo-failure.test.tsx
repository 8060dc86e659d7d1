import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { addItem } from '../../../renderer/db/item-repo'
import { clearUndo } from '../../../renderer/db/undo'
import { createWorkshop } from '../../../renderer/db/workshop-repo'
import { useNoticeStore } from '../../../renderer/store/notice-store'
import { useUiStore } from '../../../renderer/store/ui-store'
import type { Workshop } from '../../../shared/domain/workshop'

/**
 * Undo writes the old values back in one transaction. When the database refuses that write, the
 * person is told — and the step stays in the history, so Undo still brings the card back once
 * the database works again. Before, the failure escaped unhandled and the step was gone.
 */
let workshop: Workshop

beforeAll(async () => {
  await import('../../../renderer/features/workshop/WorkshopScreen')
})

beforeEach(async () => {
  workshop = await createWorkshop({ title: 'Undo', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  for (const text of ['First card', 'Second card']) await addItem(workshop.id, 'voice', { team: 'sales', kind: 'heard', text })
  clearUndo()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(db.tables.map((table) => table.clear()))
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
  useNoticeStore.setState({ notice: null })
  await i18next.changeLanguage('en')
})

const cardsShown = (region: string) =>
  within(screen.getByRole('region', { name: region }))
    .getAllByRole('textbox')
    .map((field) => (field as HTMLTextAreaElement).value)

/** The next write transaction fails as a broken database makes it fail. */
function refuseNextTransaction() {
  const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>
  let refused = false
  vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
    if (refused) return original(...args)
    refused = true
    return Promise.reject(new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'))
  }) as typeof db.transaction)
}

async function deleteSecondCard(removeLabel: string, region: string) {
  const user = userEvent.setup()
  act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId: workshop.id, section: 'awareness' }))
  render(<App />)
  await waitFor(() => expect(cardsShown(region)).toEqual(['First card', 'Second card']))
  await user.click(screen.getByRole('button', { name: removeLabel }))
  await waitFor(() => expect(cardsShown(region)).toEqual(['First card']))
  return user
}

describe('an undo the database refuses', () => {
  it('is told, and the step stays: the next Undo brings the card back', async () => {
    const user = await deleteSecondCard('Remove: card “Second card”', 'Sales hears about itself')
    const tools = screen.getByRole('group', { name: 'Workshop tools' })
    const undoButton = within(tools).getByRole('button', { name: 'Undo' })
    await waitFor(() => expect(undoButton).toBeEnabled())

    refuseNextTransaction()
    await user.click(undoButton)
    expect(
      await screen.findByText('Not undone: the change could not be written. The step stays in the history — please try again.')
    ).toBeInTheDocument()
    expect(screen.queryByText(/backing store/)).toBeNull()
    expect(cardsShown('Sales hears about itself')).toEqual(['First card'])
    expect(undoButton).toBeEnabled()

    await user.click(undoButton)
    await waitFor(() => expect(cardsShown('Sales hears about itself')).toEqual(['First card', 'Second card']))
  })

  it('is told in German when Ctrl+Z fails, and Ctrl+Z works once the database does', async () => {
    await i18next.changeLanguage('de')
    const user = await deleteSecondCard('Entfernen: Karte „Second card“', 'Vertrieb hört über sich')
    const undoButton = within(screen.getByRole('group', { name: 'Werkzeuge' })).getByRole('button', { name: 'Rückgängig' })
    await waitFor(() => expect(undoButton).toBeEnabled())

    refuseNextTransaction()
    ;(document.activeElement as HTMLElement | null)?.blur()
    await user.keyboard('{Control>}z{/Control}')
    expect(
      await screen.findByText(
        'Nicht rückgängig gemacht: Die Änderung konnte nicht gespeichert werden. Der Schritt bleibt erhalten – bitte versuchen Sie es noch einmal.'
      )
    ).toBeInTheDocument()
    expect(undoButton).toBeEnabled()

    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(cardsShown('Vertrieb hört über sich')).toEqual(['First card', 'Second card']))
  })
})
