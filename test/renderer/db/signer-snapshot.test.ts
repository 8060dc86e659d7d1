import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SmarketingDb } from '../../../renderer/db/db'
import { addParticipant, removeParticipant, updateParticipant } from '../../../renderer/db/participant-repo'
import {
  amendVersion,
  ensureDraftVersion,
  listSignatures,
  signVersion,
  TypedNameMismatchError,
  versionsSignedBy
} from '../../../renderer/db/sla-repo'
import { createWorkshop } from '../../../renderer/db/workshop-repo'
import { signatureRows } from '../../../shared/domain/signing'
import type { Participant, Workshop } from '../../../shared/domain/workshop'
import { freshDb } from './test-db'

let database: ReturnType<typeof freshDb>
let workshop: Workshop
let anna: Participant
let michael: Participant

const typed = (p: Participant, name = p.name) => ({ participantId: p.id, name, place: 'Stuttgart', method: 'typed' as const, image: null })

beforeEach(async () => {
  database = freshDb()
  workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'de', facilitator: '', date: '2027-01-15' }, database)
  anna = await addParticipant(workshop.id, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', email: '', signsSla: true }, database)
  michael = await addParticipant(workshop.id, { name: 'Michael Hoffmann', role: 'Vertriebsleiter', team: 'sales', email: '', signsSla: true }, database)
})
afterEach(async () => {
  await database.dispose()
})

async function signVersionOne() {
  const draft = await ensureDraftVersion(workshop.id, database)
  await signVersion(workshop.id, draft.id, typed(anna), database)
  await signVersion(workshop.id, draft.id, typed(michael, '  michael   HOFFMANN '), database)
  return (await database.slaVersions.get(draft.id))!
}

describe('a signature keeps its signer', () => {
  it('takes name, role and team from the participant record at signing, not from the caller', async () => {
    const draft = await ensureDraftVersion(workshop.id, database)
    await signVersion(workshop.id, draft.id, { ...typed(anna), role: 'Praktikantin', team: 'sales' } as ReturnType<typeof typed>, database)
    const [signature] = await listSignatures(draft.id, database)
    expect(signature).toMatchObject({ name: 'Anna Schmidt', signerName: 'Anna Schmidt', role: 'CMO', team: 'marketing' })
  })

  it('refuses a typed name that is not the signer’s — case, spacing and composed umlauts aside', async () => {
    const draft = await ensureDraftVersion(workshop.id, database)
    await expect(signVersion(workshop.id, draft.id, typed(michael, 'Michael Hoffman'), database)).rejects.toBeInstanceOf(TypedNameMismatchError)
    await expect(signVersion(workshop.id, draft.id, typed(michael, 'M. Hoffmann'), database)).rejects.toBeInstanceOf(TypedNameMismatchError)
    expect(await listSignatures(draft.id, database)).toEqual([])
    const jurgen = await addParticipant(workshop.id, { name: 'Jürgen Groß', role: '', team: 'sales', email: '', signsSla: false }, database)
    await signVersion(workshop.id, draft.id, typed(jurgen, 'ju\u0308rgen groß'), database)
    expect((await listSignatures(draft.id, database)).map((s) => s.signerName)).toEqual(['Jürgen Groß'])
  })

  it('deleting or renaming a signer changes nothing a signed or superseded version shows', async () => {
    const v1 = await signVersionOne()
    const before = signatureRows(v1.content!.parties.signatories, await listSignatures(v1.id, database), v1.fingerprint)
    expect(before.map((row) => [row.signatory.name, row.signatory.role, row.signature?.name])).toEqual([
      ['Anna Schmidt', 'CMO', 'Anna Schmidt'],
      ['Michael Hoffmann', 'Vertriebsleiter', 'michael   HOFFMANN']
    ])
    await amendVersion(workshop.id, null, database)
    await updateParticipant(anna.id, { name: 'Anna Berger', role: 'CEO' }, database)
    await removeParticipant(michael.id, database)

    const after = (await database.slaVersions.get(v1.id))!
    expect(after.state).toBe('signed')
    expect(signatureRows(after.content!.parties.signatories, await listSignatures(v1.id, database), after.fingerprint)).toEqual(before)
    // A signature whose signer is no longer among the version's signatories still shows as they signed.
    const orphan = signatureRows([], await listSignatures(v1.id, database), after.fingerprint)
    expect(orphan.map((row) => [row.signatory.name, row.signatory.role, row.signatory.team])).toEqual([
      ['Anna Schmidt', 'CMO', 'marketing'],
      ['Michael Hoffmann', 'Vertriebsleiter', 'sales']
    ])
  })

  it('tells which signed versions a participant signed, so deleting them can ask first', async () => {
    expect(await versionsSignedBy(anna.id, database)).toEqual([])
    const draft = await ensureDraftVersion(workshop.id, database)
    await signVersion(workshop.id, draft.id, typed(anna), database)
    // A signature on a draft is not yet part of a signed version.
    expect(await versionsSignedBy(anna.id, database)).toEqual([])
    await signVersion(workshop.id, draft.id, typed(michael), database)
    expect(await versionsSignedBy(anna.id, database)).toEqual([1])
    const v2 = await amendVersion(workshop.id, null, database)
    await signVersion(workshop.id, v2.id, typed(anna), database)
    await signVersion(workshop.id, v2.id, typed(michael), database)
    expect(await versionsSignedBy(michael.id, database)).toEqual([1, 2])
  })
})

describe('schema upgrade to version 4', () => {
  it('gives every signature its signer’s name: from the signed version, else the participant, else the signed name', async () => {
    const name = `upgrade-v4-${Date.now()}`
    const old = new Dexie(name)
    old.version(3).stores({
      workshops: 'id, updatedAt, deletedAt',
      participants: 'id, workshopId',
      items: 'id, workshopId, [workshopId+list]',
      slaVersions: 'id, workshopId, [workshopId+number]',
      signatures: 'id, versionId, workshopId',
      reviews: 'id, workshopId, versionId'
    })
    await old.open()
    const signatories = [{ participantId: 'p-anna', name: 'Anna Schmidt', role: 'CMO', team: 'marketing' }]
    await old.table('slaVersions').bulkAdd([
      { id: 'v1', workshopId: 'w', number: 1, state: 'signed', content: { parties: { signatories } } },
      { id: 'v2', workshopId: 'w', number: 2, state: 'draft', content: null }
    ])
    await old.table('participants').bulkAdd([
      { id: 'p-anna', workshopId: 'w', name: 'Anna Berger', order: 1 },
      { id: 'p-tom', workshopId: 'w', name: 'Tom Weber', order: 2 }
    ])
    const signature = { workshopId: 'w', role: '', team: 'sales', place: 'Ulm', signedAt: 1, fingerprint: 'f', method: 'typed', image: null }
    await old.table('signatures').bulkAdd([
      { ...signature, id: 's1', versionId: 'v1', participantId: 'p-anna', name: 'anna schmidt' },
      { ...signature, id: 's2', versionId: 'v2', participantId: 'p-tom', name: 'tom weber' },
      { ...signature, id: 's3', versionId: 'v2', participantId: 'p-gone', name: 'Eva Gone' }
    ])
    old.close()

    const upgraded = new SmarketingDb(name)
    try {
      const rows = await upgraded.signatures.orderBy('id').toArray()
      expect(rows.map((s) => [s.id, s.name, s.signerName])).toEqual([
        ['s1', 'anna schmidt', 'Anna Schmidt'],
        ['s2', 'tom weber', 'Tom Weber'],
        ['s3', 'Eva Gone', 'Eva Gone']
      ])
      expect(await versionsSignedBy('p-anna', upgraded)).toEqual([1])
    } finally {
      upgraded.close()
      await Dexie.delete(name)
    }
  })
})
