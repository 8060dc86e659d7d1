import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { itemsOf, listItems } from '../../../renderer/db/item-repo'
import { createWorkshop, getWorkshop } from '../../../renderer/db/workshop-repo'
import { useUiStore } from '../../../renderer/store/ui-store'
import type { Workshop } from '../../../shared/domain/workshop'
import type * as fieldsModule from '../../../renderer/ui/fields'

/**
 * Issue 14: after a keystroke's save, only what shows the changed data is drawn again — not every
 * row of step 1. Counts how often each text field is drawn by the component around it (the field's
 * own state, the text being typed, is not counted), by its label and value.
 */
const drawn = vi.hoisted(() => ({ counts: new Map<string, number>() }))

vi.mock('../../../renderer/ui/fields', async (importOriginal) => {
  const fields = await importOriginal<typeof fieldsModule>()
  function CountedTextField(props: Parameters<typeof fields.TextField>[0]) {
    const key = `${props.label}: ${props.value}`
    drawn.counts.set(key, (drawn.counts.get(key) ?? 0) + 1)
    return <fields.TextField {...props} />
  }
  return { ...fields, TextField: CountedTextField }
})

const timesDrawn = (label: string, value: string) => drawn.counts.get(`${label}: ${value}`) ?? 0

let workshop: Workshop

beforeAll(async () => {
  await import('../../../renderer/features/workshop/WorkshopScreen')
})

beforeEach(async () => {
  workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId: workshop.id, section: 'awareness' }))
  render(<App />)
  await screen.findByLabelText('Shared goal statement')
})

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
})

async function frictionAreas() {
  return itemsOf(await listItems(workshop.id), 'friction')
}

describe('step 1 after a keystroke’s save', () => {
  it('draws again the row of the friction area typed in, not the other areas’ rows', async () => {
    const user = userEvent.setup()
    const areas = await frictionAreas()
    expect(areas.length).toBeGreaterThan(3)
    const typedIn = areas[2]!
    const notes = screen.getAllByLabelText('Examples and notes')[2]!
    drawn.counts.clear()

    await user.type(notes, 'x')
    await waitFor(async () => expect((await frictionAreas())[2]?.notes).toBe('x'))
    // The saved note reaches the screen: the row typed in is drawn with it.
    await waitFor(() => expect(timesDrawn('Examples and notes', 'x')).toBeGreaterThan(0))
    expect(timesDrawn('Friction area', typedIn.area)).toBeGreaterThan(0)
    for (const area of areas.filter((a) => a.id !== typedIn.id)) expect(timesDrawn('Friction area', area.area), area.area).toBe(0)
  })

  it('draws again the shared goal, none of the lists above it', async () => {
    const user = userEvent.setup()
    const areas = await frictionAreas()
    drawn.counts.clear()

    await user.type(screen.getByLabelText('Shared goal statement'), 'y')
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.sharedGoal).toBe('y'))
    await waitFor(() => expect(timesDrawn('Shared goal statement', 'y')).toBeGreaterThan(0))
    expect([...drawn.counts.keys()]).toEqual(['Shared goal statement: y'])
    expect(areas.every((area) => timesDrawn('Friction area', area.area) === 0)).toBe(true)
  })
})
