import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SmarketingDb } from '../../../renderer/db/db'
import { addItem, itemsOf, listItems, SlaLockedError, updateItem } from '../../../renderer/db/item-repo'
import { addParticipant } from '../../../renderer/db/participant-repo'
import {
  amendVersion,
  confirmOpenItems,
  ContentChangedError,
  currentVersion,
  ensureDraftVersion,
  listSignatures,
  listVersions,
  readDraftContent,
  removeSignature,
  SignedVersionError,
  signVersion,
  updateDraftVersion
} from '../../../renderer/db/sla-repo'
import { createWorkshop, getWorkshop, updateWorkshopPart } from '../../../renderer/db/workshop-repo'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { reviewDateList } from '../../../shared/domain/review-plan'
import { checkSeal, sealOf } from '../../../shared/domain/sla-seal'
import type { Participant, Workshop } from '../../../shared/domain/workshop'
import { freshDb } from './test-db'

let database: ReturnType<typeof freshDb>
let workshop: Workshop
let anna: Participant
let tom: Participant

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en' as const, facilitator: '', date: '2027-01-15' }
const signatureOf = (p: Participant, place = 'Stuttgart') => ({
  participantId: p.id,
  name: p.name,
  role: p.role,
  team: p.team,
  place,
  method: 'typed' as const,
  image: null
})

beforeEach(async () => {
  database = freshDb()
  workshop = await createWorkshop(input, database)
  anna = await addParticipant(workshop.id, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', email: '', signsSla: true }, database)
  tom = await addParticipant(workshop.id, { name: 'Tom Weber', role: 'Head of Sales', team: 'sales', email: '', signsSla: true }, database)
})
afterEach(async () => {
  await database.dispose()
})

async function signAll() {
  const draft = await ensureDraftVersion(workshop.id, database)
  await signVersion(workshop.id, draft.id, signatureOf(anna), database)
  const result = await signVersion(workshop.id, draft.id, signatureOf(tom), database)
  return { draft, result }
}

describe('SLA versions', () => {
  it('signs version 1 when marketing and sales have signed, and freezes its content', async () => {
    const draft = await ensureDraftVersion(workshop.id, database)
    expect(draft).toMatchObject({ number: 1, state: 'draft' })
    const first = await signVersion(workshop.id, draft.id, signatureOf(anna), database)
    expect(first.versionSigned).toBe(false)
    const second = await signVersion(workshop.id, draft.id, signatureOf(tom), database)
    expect(second.versionSigned).toBe(true)

    const signed = await currentVersion(workshop.id, database)
    const { content } = await readDraftContent(workshop.id, database)
    expect(signed?.state).toBe('signed')
    expect(signed?.content).toEqual(content)
    expect(signed?.fingerprint).toBe(await slaFingerprint(content))
    const signatures = await listSignatures(draft.id, database)
    expect(signatures.map((s) => s.fingerprint)).toEqual([signed!.fingerprint, signed!.fingerprint])
  })

  it('seals the version when it is signed: content, number and every signature; signatures for other content are dropped', async () => {
    const clara = await addParticipant(workshop.id, { name: 'Clara Chef', role: 'CEO', team: 'management', email: '', signsSla: false }, database)
    const draft = await ensureDraftVersion(workshop.id, database)
    // Clara signs the content as it was, then the room changes it: her signature is for other content.
    await signVersion(workshop.id, draft.id, signatureOf(clara), database)
    const target = itemsOf(await listItems(workshop.id, database), 'target')[0]!
    await updateItem<'target'>(target.id, { value: 999 }, database)
    await signVersion(workshop.id, draft.id, signatureOf(anna), database, 1_000)
    await signVersion(workshop.id, draft.id, signatureOf(tom), database, 2_000)
    const signed = (await currentVersion(workshop.id, database))!
    const signatures = await listSignatures(draft.id, database)
    expect(signatures.map((s) => s.participantId)).toEqual([anna.id, tom.id])
    expect(signed).toMatchObject({ state: 'signed', signedAt: 2_000, sealedAt: 2_000, seal: sealOf({ ...signed, fingerprint: signed.fingerprint! }, signatures) })
    expect(checkSeal(signed, signatures)).toEqual({ ok: true, problems: [] })
  })

  it('waits for every participant marked as signer', async () => {
    const eva = await addParticipant(workshop.id, { name: 'Eva Roth', role: 'CEO', team: 'management', email: '', signsSla: true }, database)
    const { draft, result } = await signAll()
    expect(result.versionSigned).toBe(false)
    expect((await signVersion(workshop.id, draft.id, signatureOf(eva), database)).versionSigned).toBe(true)
  })

  it('invalidates signatures given for content that changed since', async () => {
    const draft = await ensureDraftVersion(workshop.id, database)
    await signVersion(workshop.id, draft.id, signatureOf(anna), database)
    const target = itemsOf(await listItems(workshop.id, database), 'target')[0]!
    await updateItem<'target'>(target.id, { value: 999 }, database)
    // Tom signs the changed content: Anna's signature is for other content, so v1 stays a draft.
    expect((await signVersion(workshop.id, draft.id, signatureOf(tom), database)).versionSigned).toBe(false)
    expect((await signVersion(workshop.id, draft.id, signatureOf(anna), database)).versionSigned).toBe(true)
    expect((await listSignatures(draft.id, database)).length).toBe(2)
  })

  it('refuses any change to a signed version and to the content it froze', async () => {
    const { draft } = await signAll()
    await expect(signVersion(workshop.id, draft.id, signatureOf(anna), database)).rejects.toBeInstanceOf(SignedVersionError)
    await expect(updateDraftVersion(draft.id, { reviewId: 'x' }, database)).rejects.toBeInstanceOf(SignedVersionError)
    await expect(confirmOpenItems(draft.id, true, database)).rejects.toBeInstanceOf(SignedVersionError)
    const [signature] = await listSignatures(draft.id, database)
    await expect(removeSignature(signature!.id, database)).rejects.toBeInstanceOf(SignedVersionError)
    const target = itemsOf(await listItems(workshop.id, database), 'target')[0]!
    await expect(updateItem<'target'>(target.id, { value: 1 }, database)).rejects.toBeInstanceOf(SlaLockedError)
    await expect(addItem(workshop.id, 'glossary', { term: 'x', definition: 'y' }, {}, database)).rejects.toBeInstanceOf(SlaLockedError)
    await expect(updateWorkshopPart(workshop.id, 'mql', { sentence: 'changed' }, database)).rejects.toBeInstanceOf(SlaLockedError)
    // What is not SLA content stays editable: the action plan and the room's voices.
    await addItem(workshop.id, 'action', { title: 'Training', owner: '', team: 'sales', due: '', state: 'open' }, {}, database)
    const frozen = (await currentVersion(workshop.id, database))!
    expect(frozen.state).toBe('signed')
    expect(frozen.fingerprint).toBe(await slaFingerprint(frozen.content!))
  })

  it('refuses a signature when the content changed while signing', async () => {
    const draft = await ensureDraftVersion(workshop.id, database)
    const signing = signVersion(workshop.id, draft.id, signatureOf(anna), database)
    await updateWorkshopPart(workshop.id, 'sql', { sentence: 'Changed meanwhile' }, database)
    await expect(signing).rejects.toBeInstanceOf(ContentChangedError)
  })

  it('records open items only when signing with them was confirmed', async () => {
    const draft = await ensureDraftVersion(workshop.id, database)
    await confirmOpenItems(draft.id, true, database)
    await signAll()
    const signed = (await currentVersion(workshop.id, database))!
    expect(signed.openItems.map((item) => item.code)).toContain('noMqlDefinition')
  })

  it('keeps the review dates of the version in force while an amendment is drafted (issue 12 §5)', async () => {
    await updateWorkshopPart(workshop.id, 'governance', { startDate: '2027-01-15', reviewCadence: 'quarterly' }, database)
    await signAll()
    const quarterly = reviewDateList((await getWorkshop(workshop.id, database))!)
    expect(quarterly.slice(0, 2)).toEqual(['2027-04-15', '2027-07-15'])
    await amendVersion(workshop.id, null, database)
    await updateWorkshopPart(workshop.id, 'governance', { reviewCadence: 'monthly' }, database)
    // The draft says monthly; the dates (list, navigation, step 5, calendar) stay those signed.
    expect(reviewDateList((await getWorkshop(workshop.id, database))!)).toEqual(quarterly)
    await signAll()
    expect(reviewDateList((await getWorkshop(workshop.id, database))!).slice(0, 2)).toEqual(['2027-02-15', '2027-03-15'])
  })

  it('amends: v2 starts as a draft from v1 and supersedes it once signed', async () => {
    const { draft: v1 } = await signAll()
    const v2 = await amendVersion(workshop.id, null, database)
    expect(v2).toMatchObject({ number: 2, state: 'draft', amends: v1.id })
    const target = itemsOf(await listItems(workshop.id, database), 'target')[0]!
    await updateItem<'target'>(target.id, { value: 450 }, database)
    await signVersion(workshop.id, v2.id, signatureOf(anna), database)
    await signVersion(workshop.id, v2.id, signatureOf(tom), database)
    // What was still open or only proposed when v2 was complete is listed in v2.
    const signedV2 = (await currentVersion(workshop.id, database))!
    expect(signedV2.openItems.map((item) => item.code)).toEqual(expect.arrayContaining(['noMqlDefinition', 'notAgreed']))
    const versions = await listVersions(workshop.id, database)
    expect(versions.map((v) => [v.number, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'signed']
    ])
    expect(versions[0]!.content!.targets.find((t) => t.id === target.id)?.value).toBeNull()
    expect(versions[1]!.content!.targets.find((t) => t.id === target.id)?.value).toBe(450)
    await expect(amendVersion(workshop.id, null, database)).resolves.toMatchObject({ number: 3 })
  })

  it('cannot amend a draft', async () => {
    await ensureDraftVersion(workshop.id, database)
    await expect(amendVersion(workshop.id, null, database)).rejects.toThrow()
  })
})

describe('schema upgrade', () => {
  it('brings a version 1 database to version 2 with every record kept and step 4 added', async () => {
    const name = `upgrade-${Date.now()}`
    const v1 = new Dexie(name)
    v1.version(1).stores({ workshops: 'id, updatedAt, deletedAt', participants: 'id, workshopId', items: 'id, workshopId, [workshopId+list]' })
    const { currency: _c, funnel: _f, governance: _g, ...oldWorkshop } = await getWorkshop(workshop.id, database).then((w) => w!)
    const oldItems = (await listItems(workshop.id, database)).filter((i) => !['raci', 'commitment', 'target', 'kpi'].includes(i.list))
    await v1.table('workshops').add(oldWorkshop)
    await v1.table('items').bulkAdd(oldItems)
    await v1.table('participants').add(anna)
    v1.close()

    const upgraded = new SmarketingDb(name)
    const migrated = await upgraded.workshops.get(workshop.id)
    expect(migrated).toMatchObject({ ...oldWorkshop, currency: 'EUR', governance: { reviewCadence: 'quarterly', startDate: '2027-01-15' } })
    const items = await listItems(workshop.id, upgraded)
    expect(items.filter((i) => oldItems.some((o) => o.id === i.id))).toHaveLength(oldItems.length)
    expect(itemsOf(items, 'raci').length).toBeGreaterThan(10)
    expect(itemsOf(items, 'commitment').some((c) => c.kind === 'firstContact' && c.value === 24)).toBe(true)
    expect(await upgraded.participants.get(anna.id)).toEqual(anna)
    expect(await upgraded.slaVersions.count()).toBe(0)
    upgraded.close()
    await upgraded.delete()
  })
})
