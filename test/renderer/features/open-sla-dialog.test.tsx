import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { db } from '../../../renderer/db/db'
import { addParticipant } from '../../../renderer/db/participant-repo'
import { ensureDraftVersion, listSignatures, signVersion } from '../../../renderer/db/sla-repo'
import { createWorkshop } from '../../../renderer/db/workshop-repo'
import { OpenSlaDialog } from '../../../renderer/features/workshops/OpenSlaDialog'
import type { SlaDocxData, SlaDocxReading } from '../../../shared/docx'
import { contentFingerprint } from '../../../shared/domain/sla-fingerprint'
import { sealOf } from '../../../shared/domain/sla-seal'

/**
 * Issue 12 §1: the dialog says exactly what was checked — the file against itself, against this
 * laptop's records, against the seal typed from paper — and a signed file that fails any of them
 * is only offered as a draft.
 */
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

/** A version signed on this laptop, as its Word file carries it. */
async function signedHere(): Promise<SlaDocxData> {
  const workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  const anna = await addParticipant(workshop.id, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', email: '', signsSla: true })
  const tom = await addParticipant(workshop.id, { name: 'Tom Weber', role: 'Head of Sales', team: 'sales', email: '', signsSla: true })
  const draft = await ensureDraftVersion(workshop.id)
  for (const signer of [anna, tom]) await signVersion(workshop.id, draft.id, { participantId: signer.id, name: signer.name, place: 'Hamburg', method: 'typed', image: null })
  const version = (await db.slaVersions.get(draft.id))!
  const { number, state, signedAt, fingerprint, openItems, seal, sealedAt } = version
  return {
    format: 'smarketing-studio/sla-docx',
    formatVersion: 2,
    layoutVersion: 2,
    generatedAt: signedAt!,
    timeZone: 'Europe/Berlin',
    version: { number, state, signedAt, fingerprint, openItems, seal, sealedAt },
    content: version.content!,
    signatures: await listSignatures(version.id),
    history: [],
    reviewDates: []
  }
}

/** The same file with its content changed and fingerprint, signatures and seal recomputed: it agrees with itself. */
function recomputedForgery(data: SlaDocxData): SlaDocxData {
  const content = { ...data.content, organisation: 'Müller Holding AG' }
  const fingerprint = contentFingerprint(content)
  const signatures = data.signatures.map((s) => ({ ...s, fingerprint }))
  const facts = { ...data.version, fingerprint }
  return { ...data, content, signatures, version: { ...facts, seal: sealOf(facts, signatures) } }
}

function open(data: SlaDocxData, reading: Partial<Extract<SlaDocxReading, { kind: 'sla' }>> = {}) {
  const sla: SlaDocxReading = { kind: 'sla', data, integrity: 'unchanged', reasons: [], checked: 'sealAndText', layoutVersion: 2, ...reading }
  render(<OpenSlaDialog opened={{ name: 'SLA v1.docx', reading: sla }} onClose={() => undefined} />)
}

const draftOnly = () => screen.findByRole('button', { name: 'Open as a new draft to check and sign again' })

describe('Open SLA from Word file', () => {
  it('says the file agrees with itself and matches the version kept on this laptop', async () => {
    open(await signedHere())
    expect(await screen.findByText(/The file agrees with itself/)).toBeInTheDocument()
    expect(await screen.findByText(/Matches the records on this laptop: exactly version 1 as kept here, signed on/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Create the workshop from this SLA' })).toBeInTheDocument()
  })

  it('offers a file that agrees with itself but not with this laptop’s records only as a draft', async () => {
    open(recomputedForgery(await signedHere()))
    expect(await screen.findByText(/The file agrees with itself/)).toBeInTheDocument()
    expect(await screen.findByText(/Does not match the records on this laptop: version 1 as kept here/)).toBeInTheDocument()
    expect(await draftOnly()).toBeInTheDocument()
    expect(screen.getByText('The workshop can only be created as a draft: the file’s signatures are not taken over.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Create the workshop from this SLA' })).not.toBeInTheDocument()
  })

  it('compares with the seal typed from the paper copy, where this laptop has no record', async () => {
    const data = await signedHere()
    await Promise.all(db.tables.map((table) => table.clear()))
    const user = userEvent.setup()
    open(data)
    expect(await screen.findByText('This laptop keeps no record of this version to compare the file with.')).toBeInTheDocument()
    const field = screen.getByLabelText('Seal or fingerprint from the paper copy (optional)')
    const groups = data.version.seal!.toUpperCase().match(/.{4}/g)!
    await user.type(field, groups.slice(0, 4).join(' '))
    expect(screen.getByText('Matches the seal on the paper copy (16 of 64 digits compared).')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Create the workshop from this SLA' })).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, groups.join(' '))
    expect(screen.getByText('Matches the seal on the paper copy (64 of 64 digits compared).')).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, data.version.fingerprint!.slice(0, 16))
    expect(screen.getByText(/Matches the fingerprint of the content on the paper copy/)).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, '1234 5678')
    expect(screen.getByText('Type at least 16 digits.')).toBeInTheDocument()
  })

  it('offers a file whose seal is not the one on paper only as a draft', async () => {
    const original = await signedHere()
    await Promise.all(db.tables.map((table) => table.clear()))
    const user = userEvent.setup()
    open(recomputedForgery(original))
    await user.type(screen.getByLabelText('Seal or fingerprint from the paper copy (optional)'), original.version.seal!.slice(0, 16))
    expect(screen.getByText('Does not match the paper copy: this file is not the version signed on paper.')).toBeInTheDocument()
    expect(await draftOnly()).toBeInTheDocument()
  })

  it('lists what changed and what the check rests on', async () => {
    open(await signedHere(), { integrity: 'changed', reasons: ['sealBroken', 'hiddenText'] })
    expect(await screen.findByText('the version number, the signatures or what was signed no longer match the seal')).toBeInTheDocument()
    expect(screen.getByText(/hidden or unreadable text/)).toBeInTheDocument()
    expect(await draftOnly()).toBeInTheDocument()
  })

  it('says an older file was checked by its content only', async () => {
    open(await signedHere(), { checked: 'contentOnly', layoutVersion: 1 })
    expect(await screen.findByText(/Older format, from before seals: only the content was checked/)).toBeInTheDocument()
  })
})
