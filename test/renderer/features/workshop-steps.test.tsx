import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { itemsOf, listItems } from '../../../renderer/db/item-repo'
import { listParticipants } from '../../../renderer/db/participant-repo'
import { createWorkshop, getWorkshop } from '../../../renderer/db/workshop-repo'
import { useUiStore } from '../../../renderer/store/ui-store'
import { flushAllSaves } from '../../../renderer/save/save-queue'
import type { Workshop } from '../../../shared/domain/workshop'

let workshop: Workshop

async function openSection(section: string) {
  act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId: workshop.id, section }))
  render(<App />)
}

// The work surface is loaded lazily by the app; load it once up front so no test waits for it.
beforeAll(async () => {
  await import('../../../renderer/features/workshop/WorkshopScreen')
})

beforeEach(async () => {
  workshop = await createWorkshop({
    title: 'Kick-off',
    organisation: 'Müller GmbH',
    unit: '',
    language: 'en',
    facilitator: '',
    date: '2027-01-15'
  })
})

afterEach(async () => {
  await i18next.changeLanguage('en')
  await Promise.all(db.tables.map((table) => table.clear()))
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
})

describe('autosave', () => {
  it('saves typing shortly after the last keystroke and shows saving → saved', async () => {
    const user = userEvent.setup()
    await openSection('awareness')
    const goal = await screen.findByLabelText('Shared goal statement')
    // Saves land within a few dozen milliseconds, so watch the indicator rather than race it.
    const shown: string[] = []
    const indicator = screen.getByText('All changes saved')
    const observer = new MutationObserver(() => shown.push(indicator.textContent ?? ''))
    observer.observe(indicator, { characterData: true, childList: true, subtree: true })
    await user.type(goal, 'One process, one language')
    // How fast is measured by `npm run bench` (autosave); here only that it lands, and is shown.
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.sharedGoal).toBe('One process, one language'))
    observer.disconnect()
    expect(shown).toContain('Saving…')
    expect(await screen.findByText('All changes saved')).toBeInTheDocument()
  })

  it('saves at once when the field loses focus', async () => {
    const user = userEvent.setup()
    await openSection('awareness')
    await user.type(await screen.findByLabelText('Shared goal statement'), 'Now')
    await user.tab()
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.sharedGoal).toBe('Now'), { timeout: 150 })
  })
})

describe('participants', () => {
  it('explains an invalid e-mail and does not save it; flags duplicate names', async () => {
    const user = userEvent.setup()
    await openSection('overview')
    await user.click(await screen.findByRole('button', { name: 'Add participant' }))
    await user.type(await screen.findByLabelText('Name'), 'Anna Schmidt')
    await user.type(screen.getByLabelText('E-mail (optional)'), 'anna@')
    expect(await screen.findByText(/Please enter a valid e-mail address/)).toBeInTheDocument()
    await user.tab()
    await waitFor(async () => expect((await listParticipants(workshop.id))[0]?.name).toBe('Anna Schmidt'))
    expect((await listParticipants(workshop.id))[0]?.email).toBe('')

    await user.click(screen.getByRole('button', { name: 'Add participant' }))
    await waitFor(() => expect(screen.getAllByLabelText('Name')).toHaveLength(2))
    await user.type(screen.getAllByLabelText('Name')[1]!, 'anna schmidt')
    await user.tab()
    expect(await screen.findAllByText(/This name appears more than once/)).toHaveLength(2)
  })
})

describe('lists', () => {
  it('refuses negative days with a message and keeps the last valid value', async () => {
    const user = userEvent.setup()
    await openSection('closedLoop')
    const days = await screen.findByLabelText('Days without activity')
    await user.tripleClick(days)
    await user.keyboard('-3')
    expect(await screen.findByText('Please enter a whole number, 0 or more.')).toBeInTheDocument()
    await user.tab()
    await flushAllSaves()
    expect((await getWorkshop(workshop.id))?.stuckLeadRule.days).toBe(30)
    expect(days).toHaveValue('-3')
  })

  it('removes a stage and puts it back in its place with Undo', async () => {
    const user = userEvent.setup()
    await openSection('closedLoop')
    await user.click(await screen.findByRole('button', { name: 'Remove: stage “SAL”' }))
    await waitFor(async () => expect(itemsOf(await listItems(workshop.id), 'stage').map((s) => s.name)).not.toContain('SAL'))
    const notice = await screen.findByRole('status', { name: 'Notifications' })
    expect(await within(notice).findByText('stage “SAL” removed.')).toBeInTheDocument()
    // Switched to German while it is shown, the notice names the stage in German too, and so does its button.
    await act(() => i18next.changeLanguage('de'))
    expect(within(notice).getByText('Stufe „SAL“ entfernt.')).toBeInTheDocument()
    await user.click(within(notice).getByRole('button', { name: 'Rückgängig' }))
    await waitFor(async () =>
      expect(itemsOf(await listItems(workshop.id), 'stage').map((s) => s.name).slice(0, 4)).toEqual(['Lead', 'MQL', 'SAL', 'SQL'])
    )
  })

  it('marks a stage agreed and counts it for the step', async () => {
    const user = userEvent.setup()
    await openSection('closedLoop')
    // The closed-loop step renders 7 stages, 13 toggles and several tables: on a loaded machine that takes longer than 1 s.
    const toggle = await screen.findByRole('button', { name: 'Agreed: stage “MQL”' }, { timeout: 5000 })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Agreed: stage “MQL”' })).toHaveAttribute('aria-pressed', 'true'), { timeout: 5000 })
    const nav = screen.getByRole('navigation', { name: 'Workshop sections' })
    expect(within(nav).getByText('1 of 13 agreed')).toBeInTheDocument()
    // The step's own count is green ("done") only once everything in it is agreed.
    const stepCount = () => screen.getAllByText(/of 13 agreed$/).find((element) => element.tagName === 'P')
    expect(stepCount()).toHaveTextContent('1 of 13 agreed')
    expect(stepCount()).not.toHaveClass('all-agreed')
    await user.click(screen.getByRole('button', { name: /Mark the other 12 as agreed/ }))
    await waitFor(() => expect(stepCount()).toHaveTextContent('13 of 13 agreed'), { timeout: 5000 })
    expect(stepCount()).toHaveClass('all-agreed')
  })

  it('offers suggested actions without adding them, and adds one on request', async () => {
    const user = userEvent.setup()
    await openSection('keepAtIt')
    expect(await screen.findByText('No actions yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add “Joint communication training”' }))
    await waitFor(async () =>
      expect(itemsOf(await listItems(workshop.id), 'action').map((a) => a.title)).toEqual(['Joint communication training'])
    )
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Add “Joint communication training”' })).not.toBeInTheDocument()
    )
  })

  it('writes the SQL definition from its criteria', async () => {
    const user = userEvent.setup()
    await openSection('language')
    const sql = await screen.findByRole('region', { name: 'SQL definition' })
    await user.click(within(sql).getByRole('button', { name: 'Write the definition from the criteria' }))
    await waitFor(async () =>
      expect((await getWorkshop(workshop.id))?.sql.sentence).toMatch(/^A lead is a Sales Qualified Lead \(SQL\) when it meets all of these criteria: Budget/)
    )
  })
})
