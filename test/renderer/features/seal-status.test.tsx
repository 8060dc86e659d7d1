import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { addParticipant } from '../../../renderer/db/participant-repo'
import { ensureDraftVersion, signVersion, workshopSla } from '../../../renderer/db/sla-repo'
import { startReview } from '../../../renderer/db/review-repo'
import { AudienceFocus } from '../../../renderer/features/audience/AudienceFocus'
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/review'
import { part, textOf } from '../../shared/docx/docx-test-support'
import { createWorkshop, workshopData } from '../../../renderer/db/workshop-repo'
import { platform } from '../../../renderer/platform/platform'
import { SealBrokenError, exportMinutes, exportReviewReport, exportSla } from '../../../renderer/features/export/exports'
import { useUiStore } from '../../../renderer/store/ui-store'
import type { SlaVersion } from '../../../shared/domain/sla'

/**
 * Issue 12 §1: a signed version edited directly in IndexedDB is shown as not matching its seal —
 * in the version banner, the list of versions, the version itself, the workshop list, the audience
 * view, the reviews and the minutes — and is not exported as signed.
 */
let workshopId: string
let version: SlaVersion

beforeAll(async () => {
  await import('../../../renderer/features/workshop/WorkshopScreen')
})

beforeEach(async () => {
  const workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  workshopId = workshop.id
  const anna = await addParticipant(workshopId, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', email: '', signsSla: true })
  const tom = await addParticipant(workshopId, { name: 'Tom Weber', role: 'Head of Sales', team: 'sales', email: '', signsSla: true })
  const draft = await ensureDraftVersion(workshopId)
  for (const signer of [anna, tom]) await signVersion(workshopId, draft.id, { participantId: signer.id, name: signer.name, place: 'Hamburg', method: 'typed', image: null })
  version = (await db.slaVersions.get(draft.id))!
})

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(db.tables.map((table) => table.clear()))
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
})

function openVersions() {
  act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId, section: 'sla', tab: 'versions' }))
  render(<App />)
}

const tamperContent = () => db.slaVersions.update(version.id, (v) => void (v.content!.organisation = 'Edited in IndexedDB GmbH'))

function openList() {
  act(() => useUiStore.getState().navigate({ screen: 'workshops' }))
  render(<App />)
}

async function renderAudienceSigning() {
  const [data, sla] = [(await workshopData(workshopId))!, await workshopSla(workshopId)]
  render(<AudienceFocus focus="signing" data={data} sla={sla} plan={null} />)
}

/** The minutes as they are saved: the text of their body. */
async function minutesText(): Promise<string> {
  const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ canceled: false, path: 'minutes.docx' })
  await exportMinutes((await workshopData(workshopId))!, 'Word')
  return textOf(part(save.mock.calls[0]![0].data, 'word/document.xml')).replace(/\u00A0/g, ' ')
}

describe('a signed version checked against its seal', () => {
  it('shows an untouched version as signed and offers its export', async () => {
    openVersions()
    expect(await screen.findByText('Version 1 · Signed')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Export version 1 (.docx)' })).toBeInTheDocument()
    expect(screen.getByText(/Version 1 is signed/)).toBeInTheDocument()
    expect(screen.queryByText(/does not match its seal/i)).not.toBeInTheDocument()
  })

  it('lists an untouched version as signed in the workshop list, the audience view and the minutes', async () => {
    openList()
    const card = (await screen.findByRole('link', { name: 'Kick-off' })).closest('li')!
    expect(within(card).getByText('Version 1 · Signed')).toBeInTheDocument()
    cleanup()
    await renderAudienceSigning()
    expect(screen.getByRole('heading', { name: 'Version 1 · Signed' })).toBeInTheDocument()
    expect(await minutesText()).toMatch(/Version 1, signed on .* by Anna Schmidt and Tom Weber\./)
  })

  it.each<[string, () => Promise<unknown>]>([
    ['its content', () => db.slaVersions.update(version.id, (v) => void (v.content!.organisation = 'Edited in IndexedDB GmbH'))],
    [
      'its content and fingerprint',
      () =>
        db.slaVersions.update(version.id, (v) => {
          v.content!.organisation = 'Edited GmbH'
          v.fingerprint = 'a'.repeat(64)
        })
    ],
    ['a signature’s place', () => db.signatures.where('versionId').equals(version.id).first((s) => db.signatures.update(s!.id, { place: 'Berlin' }))],
    ['its signing date', () => db.slaVersions.update(version.id, { signedAt: version.signedAt! - 86_400_000 })]
  ])('shows a version with %s edited in IndexedDB as not matching its seal, and does not export it', async (_what, edit) => {
    await edit()
    const save = vi.spyOn(platform, 'saveFile')
    const user = userEvent.setup()
    openVersions()
    expect(await screen.findByText('Version 1 · Does not match its seal')).toBeInTheDocument()
    const list = screen.getByRole('region', { name: 'Versions' })
    expect(within(list).getByText(/Does not match its seal/)).toBeInTheDocument()
    expect(within(list).getAllByRole('alert')[0]).toHaveTextContent('Version 1 was changed after it was signed')
    expect(screen.queryByRole('button', { name: 'Export version 1 (.docx)' })).not.toBeInTheDocument()
    expect(screen.queryByText('Signed', { selector: '.state-badge' })).not.toBeInTheDocument()
    expect(screen.queryByText(/Version 1 is signed/)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Amend SLA' })).toBeInTheDocument()
    // The banner offers no export of it, and says how the agreement comes back into force.
    expect(screen.queryByRole('button', { name: 'Export SLA (.docx)' })).not.toBeInTheDocument()
    expect(screen.getByText(/start an amendment: the signatories check the text of version 2 and sign it anew/)).toBeInTheDocument()
    await user.click(within(list).getByRole('button', { name: 'Show version 1' }))
    expect(await screen.findByRole('heading', { name: 'Version 1 · Does not match its seal' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Export version 1 (.docx)' })).not.toBeInTheDocument()
    expect(save).not.toHaveBeenCalled()
  })

  it('says so on the workshop card, in the audience view and in the minutes, which name no signers', async () => {
    await tamperContent()
    openList()
    const card = (await screen.findByRole('link', { name: 'Kick-off' })).closest('li')!
    expect(await within(card).findByText('Version 1 · Does not match its seal')).toBeInTheDocument()
    expect(within(card).queryByText(/Signed/)).not.toBeInTheDocument()
    cleanup()
    await renderAudienceSigning()
    expect(screen.getByRole('heading', { name: 'Version 1 · Does not match its seal' })).toBeInTheDocument()
    const minutes = await minutesText()
    expect(minutes).toContain('Version 1 was changed after signing: it no longer matches its seal and does not count as signed.')
    expect(minutes).not.toMatch(/signed on .* by/)
  })

  it('offers no review of it and no review report, and refuses the report itself', async () => {
    const review = await startReview(workshopId, version.id, '2027-Q1', '2027-04-01', [])
    await tamperContent()
    act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId, section: 'reviews' }))
    render(<App />)
    expect(await screen.findByText(/Version 1 was changed after it was signed/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start review' })).not.toBeInTheDocument()
    act(() => useUiStore.getState().navigate({ screen: 'workshop', workshopId, section: 'reviews', tab: review.id }))
    expect(await screen.findByRole('heading', { level: 1, name: /Review 2027-Q1/ })).toBeInTheDocument()
    expect(screen.getByText(/Version 1 was changed after it was signed/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Export review report (.docx)' })).not.toBeInTheDocument()
    const save = vi.spyOn(platform, 'saveFile')
    const edited = (await db.slaVersions.get(version.id))!
    await expect(exportReviewReport((await workshopData(workshopId))!, review, edited, DEFAULT_THRESHOLDS, 'Word')).rejects.toEqual(new SealBrokenError(1))
    expect(save).not.toHaveBeenCalled()
  })

  it('refuses the export itself, whoever asks for it, with a reason the person is told', async () => {
    await db.slaVersions.update(version.id, (v) => void (v.content!.organisation = 'Edited in IndexedDB GmbH'))
    const save = vi.spyOn(platform, 'saveFile')
    const data = (await workshopData(workshopId))!
    const edited = (await db.slaVersions.get(version.id))!
    await expect(exportSla(data, edited, 'Word')).rejects.toEqual(new SealBrokenError(1))
    expect(save).not.toHaveBeenCalled()
  })
})
