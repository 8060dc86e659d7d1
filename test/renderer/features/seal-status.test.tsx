import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { addParticipant } from '../../../renderer/db/participant-repo'
import { ensureDraftVersion, signVersion } from '../../../renderer/db/sla-repo'
import { createWorkshop, workshopData } from '../../../renderer/db/workshop-repo'
import { platform } from '../../../renderer/platform/platform'
import { SealBrokenError, exportSla } from '../../../renderer/features/export/exports'
import { useUiStore } from '../../../renderer/store/ui-store'
import type { SlaVersion } from '../../../shared/domain/sla'

/**
 * Issue 12 §1: a signed version edited directly in IndexedDB is shown as not matching its seal —
 * in the version banner, the list of versions and the version itself — and is not exported as
 * signed.
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

describe('a signed version checked against its seal', () => {
  it('shows an untouched version as signed and offers its export', async () => {
    openVersions()
    expect(await screen.findByText('Version 1 · Signed')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Export version 1 (.docx)' })).toBeInTheDocument()
    expect(screen.getByText(/Version 1 is signed/)).toBeInTheDocument()
    expect(screen.queryByText(/does not match its seal/i)).not.toBeInTheDocument()
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
    await user.click(screen.getByRole('button', { name: 'Export SLA (.docx)' }))
    expect(await screen.findByText('Version 1 does not match its seal and is not exported as signed.')).toBeInTheDocument()
    await user.click(within(list).getByRole('button', { name: 'Show version 1' }))
    expect(await screen.findByRole('heading', { name: 'Version 1 · Does not match its seal' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Export version 1 (.docx)' })).not.toBeInTheDocument()
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
