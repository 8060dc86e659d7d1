import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { useState } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { createWorkshop, getWorkshop } from '../../../renderer/db/workshop-repo'
import { useUiStore } from '../../../renderer/store/ui-store'
import { NumberField } from '../../../renderer/ui/fields'
import type { NumberKind } from '../../../shared/domain/numbers'

/**
 * A number field fed back by a store that answers late, as Dexie's live queries do: every save
 * lands a few milliseconds later and re-renders the field with the stored value.
 */
function Harness({
  initial = null,
  kind = 'quantity',
  saves,
  latency = 5,
  money = false
}: {
  initial?: number | null
  kind?: NumberKind
  saves: Array<number | null>
  latency?: number
  money?: boolean
}) {
  const [value, setValue] = useState<number | null>(initial)
  return (
    <>
      <NumberField
        label="Amount"
        kind={kind}
        money={money}
        value={value}
        onSave={async (next) => {
          saves.push(next)
          await new Promise((resolve) => setTimeout(resolve, latency))
          setValue(next)
        }}
      />
      <output aria-label="stored">{String(value)}</output>
      <button type="button">elsewhere</button>
    </>
  )
}

const field = () => screen.getByLabelText<HTMLInputElement>('Amount')
const stored = () => screen.getByLabelText('stored').textContent

async function inGerman() {
  await act(() => i18next.changeLanguage('de'))
}

afterEach(async () => {
  await act(() => i18next.changeLanguage('en'))
})

describe('the number field', () => {
  it('stores German 500.000 as five hundred thousand and shows it grouped after leaving', async () => {
    await inGerman()
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness saves={saves} />)
    await user.type(field(), '500.000')
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    await waitFor(() => expect(stored()).toBe('500000'))
    expect(field().value).toBe('500.000')
    // Autosave keeps up with the typing, so "5", "50" and "500" may be saved on the way; "500.",
    // "500.0" and "500.00" are not yet numbers and are never saved as anything; the last save is
    // what was meant.
    expect(saves.filter((value) => ![5, 50, 500, 500000].includes(value ?? -1))).toEqual([])
    expect(saves.at(-1)).toBe(500000)
  })

  it('shows an amount of money typed as German 1.234,50 with both digits of its cents after leaving', async () => {
    await inGerman()
    const user = userEvent.setup()
    render(<Harness saves={[]} money />)
    await user.type(field(), '1.234,50')
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    await waitFor(() => expect(stored()).toBe('1234.5'))
    expect(field().value).toBe('1.234,50')
  })

  it('stores English 500,000 and 1,234.5 as meant', async () => {
    const user = userEvent.setup()
    render(<Harness saves={[]} />)
    await user.type(field(), '1,234.5')
    await user.tab()
    await waitFor(() => expect(stored()).toBe('1234.5'))
    expect(field().value).toBe('1,234.5')
    await user.clear(field())
    await user.type(field(), '500,000')
    await user.tab()
    await waitFor(() => expect(stored()).toBe('500000'))
    expect(field().value).toBe('500,000')
  })

  it('keeps every character typed quickly while saves land in between', async () => {
    await inGerman()
    // Keystrokes slower than the save delay, so stored values come back between them.
    const user = userEvent.setup({ delay: 230 })
    const saves: Array<number | null> = []
    render(<Harness saves={saves} />)
    await user.type(field(), '1.234.567,5')
    expect(field().value).toBe('1.234.567,5')
    await waitFor(() => expect(stored()).toBe('1234567.5'))
    expect(field().value).toBe('1.234.567,5')
    // Each save was a number the text really meant at that moment.
    expect(saves).toEqual([1, 1234, 1234567, 1234567.5])
  }, 10_000)

  it('keeps every character typed without any pause', async () => {
    const user = userEvent.setup({ delay: null })
    render(<Harness saves={[]} />)
    await user.type(field(), '98,765,432.25')
    expect(field().value).toBe('98,765,432.25')
    await waitFor(() => expect(stored()).toBe('98765432.25'))
    expect(field().value).toBe('98,765,432.25')
  })

  it('refuses German 1,234.5 with a message in German, keeps the text and stores no other number', async () => {
    await inGerman()
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness initial={7} saves={saves} />)
    await user.clear(field())
    await user.type(field(), '1,234.5')
    expect(screen.getByRole('alert')).toHaveTextContent('Im Deutschen werden Zahlen anders geschrieben')
    expect(screen.getByRole('alert')).toHaveTextContent('500.000')
    await user.tab()
    expect(field().value).toBe('1,234.5')
    expect(field()).toHaveAttribute('aria-invalid', 'true')
    await new Promise((resolve) => setTimeout(resolve, 300))
    // Whatever was saved on the way, the value from before the edit is what stays.
    expect(saves.filter((s) => s !== null && s !== 7)).toEqual([])
    expect(stored()).toBe('7')
  })

  it('puts the value from before the edit back when slow typing saved a valid prefix of a refused text', async () => {
    await inGerman()
    // Keystrokes slower than autosave: "1", "1,2" and "1,23" are German numbers and land on the way
    // ("1,234" would be another number in English and waits).
    const user = userEvent.setup({ delay: 80 })
    const saves: Array<number | null> = []
    render(<Harness initial={10000} saves={saves} />)
    await user.clear(field())
    await user.type(field(), '1,234.5')
    await waitFor(() => expect(stored()).toBe('10000'))
    expect(saves).toContain(1.23)
    expect(field().value).toBe('1,234.5')
    expect(screen.getByRole('alert')).toHaveTextContent('Im Deutschen werden Zahlen anders geschrieben')
    await user.tab()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(stored()).toBe('10000')
  })

  it('puts the value from before the edit back when the refused text arrives while a prefix is still being stored', async () => {
    // A busy database: the save of "1" is still on its way when "1.234,5" is complete, so the
    // field still shows the value from before and cannot tell from it that something was saved.
    const user = userEvent.setup({ delay: 10 })
    const saves: Array<number | null> = []
    render(<Harness initial={10000} latency={800} saves={saves} />)
    await user.clear(field())
    await user.type(field(), '1.234,5')
    expect(screen.getByRole('alert')).toHaveTextContent('Numbers are written differently in English')
    await user.tab()
    await waitFor(() => expect(saves.at(-1)).toBe(10000), { timeout: 10_000 })
    await waitFor(() => expect(stored()).toBe('10000'), { timeout: 10_000 })
    expect(saves.filter((s) => s !== 10000).length).toBeGreaterThan(0)
    expect(field().value).toBe('1.234,5')
  })

  it('refuses letters and says so in English', async () => {
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness saves={saves} />)
    await user.type(field(), '12abc')
    expect(screen.getByRole('alert')).toHaveTextContent('Please enter a number, for example 500,000.')
    await user.tab()
    await new Promise((resolve) => setTimeout(resolve, 300))
    // "12" may be saved while it was what the field said; "12abc" puts back what was there before (nothing).
    expect(saves.every((s) => s === 1 || s === 12 || s === null)).toBe(true)
    expect(stored()).toBe('null')
  })

  it('waits with a message while a number is still being typed, and gives it when the field is left unfinished', async () => {
    await inGerman()
    const user = userEvent.setup()
    render(<Harness saves={[]} />)
    await user.type(field(), '500.')
    expect(screen.queryByRole('alert')).toBeNull()
    await user.tab()
    expect(screen.getByRole('alert')).toHaveTextContent('Punkte trennen die Tausender')
  })

  it('keeps a refused text and its message on screen when a prefix saved on the way is taken back', async () => {
    await inGerman()
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness saves={saves} />)
    // Typed slowly: "500" is a number and is saved before the "." arrives.
    await user.type(field(), '500')
    await waitFor(() => expect(saves).toContain(500))
    await user.type(field(), '.')
    await user.tab()
    await waitFor(() => expect(saves.at(-1)).toBeNull())
    expect(field().value).toBe('500.')
    expect(screen.getByRole('alert')).toHaveTextContent('Punkte trennen die Tausender')
  })

  it('refuses values outside the range of the kind', async () => {
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness kind="rate" saves={saves} />)
    await user.type(field(), '150')
    expect(screen.getByRole('alert')).toHaveTextContent('Please enter a rate above 0% and at most 100%.')
    await user.clear(field())
    await user.type(field(), '1234567890123456')
    expect(screen.getByRole('alert')).toHaveTextContent('Too many digits')
    await user.tab()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(saves.filter((s) => s !== null && s > 100)).toEqual([])
  })

  it('shows an absurd stored value from an old backup sanely, with a message, without crashing', async () => {
    render(<Harness initial={1e308} kind="count" saves={[]} />)
    expect(field().value).toBe('1E308')
    expect(screen.getByRole('alert')).toHaveTextContent('Too many digits')
  })

  it('refuses English 500.000, which a German reader means as five hundred thousand, and stores no other number', async () => {
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness initial={7} saves={saves} />)
    await user.clear(field())
    await user.type(field(), '500.000')
    await user.tab()
    expect(screen.getByRole('alert')).toHaveTextContent('Unclear: in German, “500.000” would be 500,000.')
    expect(field().value).toBe('500.000')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(stored()).toBe('7')
  })

  it('refuses German 1,234, which an English reader means as one thousand two hundred and thirty-four, and reads 0,125 and 1,2345', async () => {
    await inGerman()
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness initial={7} saves={saves} />)
    await user.clear(field())
    await user.type(field(), '1,234')
    await user.tab()
    expect(screen.getByRole('alert')).toHaveTextContent('Nicht eindeutig: Im Englischen hieße „1,234“ 1.234.')
    // Emptying the field saved "no number" on the way; the value from before the edit comes back.
    await waitFor(() => expect(stored()).toBe('7'))
    for (const [typed, meant] of [['0,125', '0.125'], ['1,2345', '1.2345']]) {
      await user.clear(field())
      await user.type(field(), typed!)
      await user.tab()
      await waitFor(() => expect(stored()).toBe(meant))
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    }
  })

  it('shows the number in the new notation when the UI language changes while the cursor is in the field', async () => {
    const user = userEvent.setup()
    const saves: Array<number | null> = []
    render(<Harness initial={2.5} saves={saves} />)
    await user.click(field())
    expect(field().value).toBe('2.5')
    await inGerman()
    expect(field().value).toBe('2,5')
    await user.tab()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(stored()).toBe('2.5')
  })

  it('follows a new stored value when not being edited, in the UI language', async () => {
    render(<Harness initial={1200000} saves={[]} />)
    expect(field().value).toBe('1,200,000')
    await inGerman()
    expect(field().value).toBe('1.200.000')
  })
})

describe('the number fields of a workshop', () => {
  beforeAll(async () => {
    await import('../../../renderer/features/workshop/WorkshopScreen')
  })

  afterEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
  })

  it('stores the German revenue goal 500.000 as 500000 and computes with it', async () => {
    await inGerman()
    const workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'de', facilitator: '', date: '2027-01-15' })
    const user = userEvent.setup()
    act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId: workshop.id, section: 'sla', tab: 'calculator' }))
    render(<App />)
    const goal = await screen.findByLabelText('Umsatzziel')
    await user.clear(goal)
    await user.type(goal, '500.000')
    await user.tab()
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.funnel.revenueGoal).toBe(500000))
    expect(goal).toHaveValue('500.000')
    for (const [label, text] of [['Anteil aus Marketing-Leads', '60'], ['Durchschnittlicher Auftragswert', '10.000'], ['Lead → Kunde (wenn die Stufenraten unbekannt sind)', '2,5']]) {
      await user.type(screen.getByLabelText(label), text)
    }
    await user.tab()
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.funnel).toMatchObject({ marketingShare: 60, dealSize: 10000, leadToCustomer: 2.5 }))
    const revenue = (await screen.findByText('Umsatz aus Marketing-Leads')).closest('div')
    expect(revenue?.textContent?.replace(/\s/g, ' ')).toBe('Umsatz aus Marketing-Leads300.000 €')
  }, 20_000)
})
