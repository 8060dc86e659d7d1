import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { exportWorkshops, importBackup, planImport, ReplaceConflictError } from '../../../renderer/db/backup-repo'
import type { SmarketingDb } from '../../../renderer/db/db'
import { addParticipant } from '../../../renderer/db/participant-repo'
import { importSlaDocument } from '../../../renderer/db/sla-docx-import'
import { amendVersion, ensureDraftVersion, listVersions, readDraftContent, signVersion } from '../../../renderer/db/sla-repo'
import { createWorkshop, updateWorkshop } from '../../../renderer/db/workshop-repo'
import { createBackup, type BackupData } from '../../../shared/backup/format'
import { parseBackup } from '../../../shared/backup/parse-backup'
import { isConsistentChain } from '../../../shared/backup/replace-merge'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import type { Participant } from '../../../shared/domain/workshop'
import { SAMPLE_META } from '../../shared/backup/sample-backup'
import { freshDb } from './test-db'

type Db = ReturnType<typeof freshDb>
const databases: Db[] = []
function newDb(): Db {
  const database = freshDb()
  databases.push(database)
  return database
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.dispose()))
})

const sign = (database: SmarketingDb, workshopId: string, versionId: string, p: Participant) =>
  signVersion(workshopId, versionId, { participantId: p.id, name: p.name, place: 'Ulm', method: 'typed', image: null }, database)

async function workshopWithSigners(database: Db, title = 'Kick-off') {
  const workshop = await createWorkshop({ title, organisation: 'Müller GmbH', unit: '', language: 'de', facilitator: '', date: '2027-01-15' }, database)
  const anna = await addParticipant(workshop.id, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', email: '', signsSla: true }, database)
  const tom = await addParticipant(workshop.id, { name: 'Tom Weber', role: 'Vertriebsleiter', team: 'sales', email: '', signsSla: true }, database)
  return { workshop, anna, tom }
}

/** Through the file, as on another laptop: export, write the text, parse it again. */
async function backupOf(database: Db, ids: string[]): Promise<BackupData> {
  const result = await parseBackup(createBackup(await exportWorkshops(ids, database), SAMPLE_META))
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

async function tables(database: Db) {
  const all = await Promise.all([database.workshops, database.participants, database.items, database.slaVersions, database.signatures, database.reviews].map((t) => t.toArray()))
  return all
}

describe('every combination of ids leads to a working choice', () => {
  it('all ids new: imports with its ids', async () => {
    const source = newDb()
    const { workshop } = await workshopWithSigners(source)
    const data = await backupOf(source, [workshop.id])
    const target = newDb()
    const plan = await planImport(data, target)
    expect(plan).toMatchObject({ existingCount: 0, foreignCollision: false, canReplace: true })
    expect(await importBackup(data, 'replace', {}, target)).toMatchObject({ workshopIds: [workshop.id], replaced: 0 })
    expect(await target.participants.count()).toBe(2)
  })

  it('the workshop exists: both replacing and copying work', async () => {
    const database = newDb()
    const { workshop } = await workshopWithSigners(database)
    const data = await backupOf(database, [workshop.id])
    await updateWorkshop(workshop.id, { title: 'Renamed after the backup' }, database)
    const plan = await planImport(data, database)
    expect(plan).toMatchObject({ existingCount: 1, foreignCollision: false, canReplace: true })
    expect(plan.workshops[0]!.existing).toMatchObject({ title: 'Renamed after the backup' })

    const copy = await importBackup(data, 'copy', { titleSuffix: '(Kopie)' }, database)
    expect(copy.workshopIds[0]).not.toBe(workshop.id)
    expect((await database.workshops.get(copy.workshopIds[0]!))!.title).toBe('Kick-off (Kopie)')
    expect(await importBackup(data, 'replace', {}, database)).toMatchObject({ replaced: 1 })
    expect((await database.workshops.get(workshop.id))!.title).toBe('Kick-off')
  })

  it('the comparison shows which side’s signed version no longer matches its seal', async () => {
    const database = newDb()
    const { workshop, anna, tom } = await workshopWithSigners(database)
    const draft = await ensureDraftVersion(workshop.id, database)
    for (const signer of [anna, tom]) await sign(database, workshop.id, draft.id, signer)
    const data = await backupOf(database, [workshop.id])
    await database.slaVersions.update(draft.id, (v) => void (v.content!.organisation = 'Edited in IndexedDB GmbH'))
    const plan = await planImport(data, database)
    expect(plan.workshops[0]!.incoming.versions).toEqual([expect.objectContaining({ number: 1, state: 'signed', sealOk: true })])
    expect(plan.workshops[0]!.existing!.summary.versions).toEqual([expect.objectContaining({ number: 1, state: 'signed', sealOk: false })])
  })

  it('a workshop first opened from the draft SLA’s Word file: the backup imports as a copy, never dead-ends', async () => {
    const source = newDb()
    const { workshop } = await workshopWithSigners(source)
    const draft = await ensureDraftVersion(workshop.id, source)
    const { content } = await readDraftContent(workshop.id, source)
    const data = await backupOf(source, [workshop.id])

    const laptop = newDb()
    const opened = await importSlaDocument(
      { content, version: { number: draft.number, state: 'draft', signedAt: null, fingerprint: null, openItems: [] }, signatures: [] },
      true,
      laptop
    )
    expect(opened.kind).toBe('created')
    expect(opened.workshopId).not.toBe(workshop.id)
    const before = await tables(laptop)

    const plan = await planImport(data, laptop)
    expect(plan).toMatchObject({ existingCount: 0, foreignCollision: true, canReplace: false })
    // The ids are taken by the Word file's workshop: keeping them fails and changes nothing …
    await expect(importBackup(data, 'replace', {}, laptop)).rejects.toThrow()
    expect(await tables(laptop)).toEqual(before)
    // … which is why the dialog offers the copy, and the copy works.
    const { workshopIds } = await importBackup(data, 'copy', { titleSuffix: '(Kopie)' }, laptop)
    expect(await laptop.workshops.count()).toBe(2)
    expect(await laptop.participants.where('workshopId').equals(workshopIds[0]!).count()).toBe(2)
  })

  it('a workshop first opened from the signed SLA’s Word file: same workshop id, replace keeps its signed version', async () => {
    const source = newDb()
    const { workshop, anna, tom } = await workshopWithSigners(source)
    const data = await backupOf(source, [workshop.id])
    const v1 = await ensureDraftVersion(workshop.id, source)
    await sign(source, workshop.id, v1.id, anna)
    await sign(source, workshop.id, v1.id, tom)
    const [signed] = await listVersions(workshop.id, source)
    const signatures = await source.signatures.toArray()

    const laptop = newDb()
    const opened = await importSlaDocument(
      { content: signed!.content!, version: { number: 1, state: 'signed', signedAt: signed!.signedAt, fingerprint: signed!.fingerprint, openItems: [] }, signatures },
      false,
      laptop
    )
    expect(opened).toEqual({ kind: 'created', workshopId: workshop.id })

    const plan = await planImport(data, laptop)
    expect(plan).toMatchObject({ existingCount: 1, foreignCollision: false, canReplace: true })
    expect(plan.workshops[0]!.keeps).toEqual([{ number: 1, state: 'signed', signedAt: signed!.signedAt, signatures: 2, sealOk: true }])
    await importBackup(data, 'replace', {}, laptop)
    const [kept] = await listVersions(workshop.id, laptop)
    expect(kept).toMatchObject({ state: 'signed', fingerprint: signed!.fingerprint })
    expect(await laptop.signatures.count()).toBe(2)
  })

  it('the workshop exists and some records sit in another workshop: a copy still works', async () => {
    const database = newDb()
    const { workshop } = await workshopWithSigners(database)
    const other = await workshopWithSigners(database, 'Other')
    const data = await backupOf(database, [workshop.id])
    const entry = data.workshops[0]!
    entry.participants[0] = { ...entry.participants[0]!, id: other.anna.id }
    const plan = await planImport(data, database)
    expect(plan).toMatchObject({ existingCount: 1, foreignCollision: true, canReplace: false })
    const { workshopIds } = await importBackup(data, 'copy', {}, database)
    expect(await database.workshops.count()).toBe(3)
    expect(await database.participants.where('workshopId').equals(workshopIds[0]!).count()).toBe(2)
    expect(await database.participants.get(other.anna.id)).toMatchObject({ workshopId: other.workshop.id })
  })

  it('a file of several workshops, one here and one new, replaces and adds in one go', async () => {
    const database = newDb()
    const first = await workshopWithSigners(database, 'First')
    const second = await workshopWithSigners(database, 'Second')
    const data = await backupOf(database, [first.workshop.id, second.workshop.id])
    const laptop = newDb()
    await importBackup({ workshops: [data.workshops[0]!] }, 'replace', {}, laptop)
    const plan = await planImport(data, laptop)
    expect(plan).toMatchObject({ existingCount: 1, foreignCollision: false, canReplace: true })
    expect(await importBackup(data, 'replace', {}, laptop)).toMatchObject({ replaced: 1 })
    expect(await laptop.workshops.count()).toBe(2)
  })
})

describe('a replace never destroys a signed version', () => {
  it('keeps the version signed after the backup, with its signatures, and replaces the rest', async () => {
    const database = newDb()
    const { workshop, anna, tom } = await workshopWithSigners(database)
    const draft = await ensureDraftVersion(workshop.id, database)
    await sign(database, workshop.id, draft.id, anna)
    // The backup holds version 1 as a draft with one signature …
    const data = await backupOf(database, [workshop.id])
    await sign(database, workshop.id, draft.id, tom)
    await updateWorkshop(workshop.id, { facilitator: 'After the backup' }, database)
    const [signed] = await listVersions(workshop.id, database)
    expect(signed!.state).toBe('signed')

    const plan = await planImport(data, database)
    const entry = plan.workshops[0]!
    expect(entry.existing!.summary.versions).toEqual([{ number: 1, state: 'signed', signedAt: signed!.signedAt, signatures: 2, sealOk: true }])
    expect(entry.incoming.versions).toEqual([{ number: 1, state: 'draft', signedAt: null, signatures: 1, sealOk: undefined }])
    expect(entry.existing!.summary.lastChangedAt).toBeGreaterThan(entry.incoming.lastChangedAt)
    expect(entry.keeps).toHaveLength(1)

    // … and that incoming draft must not clobber the signed version.
    expect(await importBackup(data, 'replace', {}, database)).toMatchObject({ replaced: 1, keptVersions: 1 })
    const versions = await listVersions(workshop.id, database)
    expect(versions).toEqual([signed])
    expect(await slaFingerprint(versions[0]!.content!)).toBe(signed!.fingerprint)
    expect((await database.signatures.toArray()).map((s) => s.name).sort()).toEqual(['Anna Schmidt', 'Tom Weber'])
    expect((await database.workshops.get(workshop.id))!.facilitator).toBe('')
  })

  it('keeps a newer signed amendment and its superseded predecessor; the laptop’s later draft goes', async () => {
    const database = newDb()
    const { workshop, anna, tom } = await workshopWithSigners(database)
    const v1 = await ensureDraftVersion(workshop.id, database)
    await sign(database, workshop.id, v1.id, anna)
    await sign(database, workshop.id, v1.id, tom)
    const v2 = await amendVersion(workshop.id, null, database)
    const data = await backupOf(database, [workshop.id])
    await sign(database, workshop.id, v2.id, anna)
    await sign(database, workshop.id, v2.id, tom)
    await amendVersion(workshop.id, null, database)

    await importBackup(data, 'replace', {}, database)
    const versions = await listVersions(workshop.id, database)
    expect(versions.map((v) => [v.number, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'signed']
    ])
    expect(isConsistentChain(versions)).toBe(true)
    expect(await database.signatures.where('versionId').equals(v2.id).count()).toBe(2)
  })

  it('refuses a replace that would put two different signed versions 2 side by side, and offers the copy', async () => {
    const laptopA = newDb()
    const { workshop, anna, tom } = await workshopWithSigners(laptopA)
    const v1 = await ensureDraftVersion(workshop.id, laptopA)
    await sign(laptopA, workshop.id, v1.id, anna)
    await sign(laptopA, workshop.id, v1.id, tom)
    const laptopB = newDb()
    await importBackup(await backupOf(laptopA, [workshop.id]), 'replace', {}, laptopB)
    for (const database of [laptopA, laptopB]) {
      const v2 = await amendVersion(workshop.id, null, database)
      await sign(database, workshop.id, v2.id, anna)
      await sign(database, workshop.id, v2.id, tom)
    }
    const fromB = await backupOf(laptopB, [workshop.id])
    const before = await tables(laptopA)

    const plan = await planImport(fromB, laptopA)
    expect(plan.workshops[0]!.versionConflict).toBe(true)
    expect(plan.canReplace).toBe(false)
    await expect(importBackup(fromB, 'replace', {}, laptopA)).rejects.toBeInstanceOf(ReplaceConflictError)
    expect(await tables(laptopA)).toEqual(before)
    await importBackup(fromB, 'copy', {}, laptopA)
    expect(await laptopA.workshops.count()).toBe(2)
  })
})
