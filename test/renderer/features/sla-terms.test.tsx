import { act, render, screen, waitFor } from '@testing-library/react'
import i18next from 'i18next'
import userEvent from '@testing-library/user-event'
import { useLiveQuery } from 'dexie-react-hooks'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../renderer/db/db'
import { createWorkshop, getWorkshop, updateSlaClock } from '../../../renderer/db/workshop-repo'
import { GovernanceSection } from '../../../renderer/features/sla/ReportingGovernance'
import { GovernanceTermsRows } from '../../../renderer/features/sla/GovernanceTermsView'
import { flushAllSaves } from '../../../renderer/save/save-queue'
import { ReadOnly } from '../../../renderer/ui/read-only'
import { defaultGovernance, newGovernance } from '../../../shared/domain/sla-defaults'
import type { Workshop } from '../../../shared/domain/workshop'

/** Step 4's fields of issue 12 §4: scope, hand-over, the clock, term and end, second stage, data protection. */
let workshop: Workshop

/** Step 4's governance card as the workshop screen shows it: fed by a live query, read-only inside a signed version. */
function Governance({ id, readOnly }: { id: string; readOnly: boolean }) {
  const current = useLiveQuery(() => getWorkshop(id), [id])
  return current ? (
    <ReadOnly when={readOnly}>
      <GovernanceSection workshop={current} />
    </ReadOnly>
  ) : null
}

async function openStepFour(readOnly = false) {
  render(<Governance id={workshop.id} readOnly={readOnly} />)
  return screen.findByLabelText('Which leads the SLA covers')
}

const stored = async () => (await getWorkshop(workshop.id))!.governance

beforeEach(async () => {
  workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
})

afterEach(async () => {
  await flushAllSaves()
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('what the SLA contains, edited in step 4', () => {
  it('shows the proposed texts and saves an edit like every governance field', async () => {
    const user = userEvent.setup()
    expect(await openStepFour()).toHaveValue(workshop.governance.scopeLeads)
    expect(screen.getByLabelText('What a lead carries when marketing hands it to sales')).toHaveValue(workshop.governance.handoverData)
    expect(screen.getByLabelText('Data protection and works council')).toHaveValue(workshop.governance.dataProtection)
    expect(screen.getByLabelText('If commitments are still missed (second stage)')).toHaveValue(workshop.governance.consequences)
    const end = screen.getByLabelText('How the SLA ends')
    await user.clear(end)
    await user.paste('Ends when the business unit is sold.')
    await user.tab()
    await waitFor(async () => expect((await stored()).termination).toBe('Ends when the business unit is sold.'))
    await user.click(screen.getByLabelText('Which regions it covers'))
    await user.keyboard('{End}')
    await user.paste(' Austria excluded.')
    await user.tab()
    await waitFor(async () => expect((await stored()).scopeRegions).toBe('All sales regions of the organisation. Austria excluded.'))
  })

  it('sets the clock: working days, business day and time zone, and refuses a day that ends before it starts', async () => {
    const user = userEvent.setup()
    await openStepFour()
    expect(screen.getByLabelText('Time commitments count in')).toHaveValue('business')
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }))
    await waitFor(async () => expect((await stored()).clock?.workingDays).toEqual([1, 2, 3, 4]))
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }))
    await waitFor(async () => expect((await stored()).clock?.workingDays).toEqual([1, 2, 3, 4, 6]))

    const dayEnd = screen.getByLabelText('Business day ends')
    await user.clear(dayEnd)
    await user.type(dayEnd, '07:30')
    expect(await screen.findByText('The business day must end after it starts.')).toBeInTheDocument()
    await user.tab()
    expect((await stored()).clock?.dayEnd).toBe('17:00')
    await user.clear(dayEnd)
    await user.type(dayEnd, '16:30')
    await user.tab()
    await waitFor(async () => expect((await stored()).clock?.dayEnd).toBe('16:30'))

    await user.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Vienna')
    await waitFor(async () => expect((await stored()).clock?.timeZone).toBe('Europe/Vienna'))
    await user.selectOptions(screen.getByLabelText('Public holidays of the federal state'), 'Bavaria')
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.reviewPlan?.holidayRegion).toBe('BY'))

    await user.selectOptions(screen.getByLabelText('Time commitments count in'), 'Calendar hours: around the clock')
    await waitFor(async () => expect((await stored()).clock?.mode).toBe('calendar'))
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Monday' })).not.toBeInTheDocument())
    // The business settings are kept for a switch back.
    expect((await stored()).clock).toMatchObject({ workingDays: [1, 2, 3, 4, 6], dayEnd: '16:30', timeZone: 'Europe/Vienna' })
  })

  it('keeps the last working day: business hours without one could not count', async () => {
    await db.workshops.update(workshop.id, { 'governance.clock.workingDays': [3] })
    await openStepFour()
    expect(screen.getByRole('checkbox', { name: 'Wednesday' })).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: 'Monday' })).toBeEnabled()
    expect(screen.getByText('Business hours need at least one working day.')).toBeInTheDocument()
  })

  it('leaves a workshop from before as it was until the room chooses a clock', async () => {
    const user = userEvent.setup()
    await db.workshops.update(workshop.id, { governance: defaultGovernance('2027-02-01', 'en') })
    expect(await openStepFour()).toHaveValue('')
    expect(screen.getByLabelText('Time commitments count in')).toHaveValue('none')
    expect(screen.queryByRole('checkbox', { name: 'Monday' })).not.toBeInTheDocument()
    expect((await stored()).clock).toBeUndefined()
    await user.selectOptions(screen.getByLabelText('Time commitments count in'), 'Business hours')
    await waitFor(async () =>
      expect((await stored()).clock).toEqual({ mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin' })
    )
    expect(await screen.findByRole('checkbox', { name: 'Monday' })).toBeChecked()
    // "Not stated" is no longer offered once a clock is chosen.
    expect(screen.queryByRole('option', { name: 'Not stated (as before)' })).not.toBeInTheDocument()
  })

  it('is read-only inside a signed version, and the repository refuses a clock change while it is signed', async () => {
    const leads = await openStepFour(true)
    expect(leads).toHaveAttribute('readonly')
    expect(screen.getByLabelText('Data protection and works council')).toHaveAttribute('readonly')
    expect(screen.getByLabelText('Business day starts')).toHaveAttribute('readonly')
    expect(screen.getByRole('checkbox', { name: 'Monday' })).toBeDisabled()
    expect(screen.getByLabelText('Time zone')).toBeDisabled()
    expect(screen.getByLabelText('Time commitments count in')).toBeDisabled()
    await db.slaVersions.add({
      id: 'v1',
      workshopId: workshop.id,
      number: 1,
      state: 'signed',
      createdAt: 1,
      content: null,
      fingerprint: null,
      signedAt: 2,
      openItems: [],
      openItemsConfirmed: false,
      amends: null,
      reviewId: null,
      seal: null,
      sealedAt: null
    })
    await expect(updateSlaClock(workshop.id, (clock) => ({ ...clock!, dayEnd: '18:00' }))).rejects.toThrow()
    expect((await stored()).clock?.dayEnd).toBe('17:00')
  })

  it('never stores a clock that could not count business hours', async () => {
    await expect(updateSlaClock(workshop.id, (clock) => ({ ...clock!, workingDays: [] }))).rejects.toThrow(RangeError)
    await expect(updateSlaClock(workshop.id, (clock) => ({ ...clock!, dayStart: '18:00' }))).rejects.toThrow(RangeError)
    expect((await stored()).clock?.workingDays).toEqual([1, 2, 3, 4, 5])
  })
})

describe('a signed version in the version view', () => {
  afterEach(async () => {
    await act(() => i18next.changeLanguage('en'))
  })

  it('shows its clock, scope and the other new texts as signed, in the reader’s language', async () => {
    await act(() => i18next.changeLanguage('de'))
    const { clock, ...rest } = newGovernance('2027-02-01', 'de')
    render(<dl><GovernanceTermsRows governance={{ ...rest, clock: { ...clock!, holidayRegion: 'BY' } }} /></dl>)
    expect(screen.getByText('Geschäftszeiten: Mo–Fr, 08:00–17:00 (Europe/Berlin) · Bayern')).toBeInTheDocument()
    expect(screen.getByText('Für welche Leads das SLA gilt')).toBeInTheDocument()
    expect(screen.getByText(/Einwilligung zur Kontaktaufnahme/)).toBeInTheDocument()
  })

  it('shows nothing more for a version signed before these existed', () => {
    // As step 4 brought governance when it came: no clock, none of the new texts.
    const { clock: _none, ...before } = defaultGovernance('2027-02-01', 'en')
    const { container } = render(<dl><GovernanceTermsRows governance={before} /></dl>)
    expect(container.querySelectorAll('dt')).toHaveLength(0)
  })
})
