import 'fake-indexeddb/auto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportWorkshops, importBackup, planImport } from '../../../renderer/db/backup-repo'
import { SmarketingDb } from '../../../renderer/db/db'
import { addItem, itemsOf, listItems } from '../../../renderer/db/item-repo'
import { addParticipant, removeParticipant } from '../../../renderer/db/participant-repo'
import { closeReview, setActual, startReview } from '../../../renderer/db/review-repo'
import { keepRoomAnswers, mergeCards, releaseCard } from '../../../renderer/db/room-repo'
import type { Question, Submission } from '../../../shared/room/contract'
import { amendVersion, ensureDraftVersion, signVersion } from '../../../renderer/db/sla-repo'
import { createWorkshop, moveToTrash, updateWorkshopPart } from '../../../renderer/db/workshop-repo'
import { BACKUP_FORMAT_VERSION, createBackup, type BackupData } from '../../../shared/backup/format'
import { parseBackup } from '../../../shared/backup/parse-backup'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { checkSeal } from '../../../shared/domain/sla-seal'
import type { Participant } from '../../../shared/domain/workshop'
import { badValue, pathsOf, UNSAFE_KEYS, withKey, withReplaced } from '../../shared/backup/malformed-files'
import { PNG_DATA_URL, SAMPLE_META, type SampleFile } from '../../shared/backup/sample-backup'
import { dump, freshDb } from './test-db'

type Db = ReturnType<typeof freshDb>
const databases: Db[] = []
function newDb(): Db {
  const database = freshDb()
  databases.push(database)
  return database
}

let source: Db
beforeEach(() => {
  source = newDb()
})
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.dispose()))
})

/** A backup's records as tables, in the shape of dump(). */
function tablesOf(data: BackupData) {
  const sorted = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    workshops: sorted(data.workshops.map((w) => w.workshop)),
    participants: sorted(data.workshops.flatMap((w) => w.participants)),
    items: sorted(data.workshops.flatMap((w) => w.items)),
    slaVersions: sorted(data.workshops.flatMap((w) => w.slaVersions)),
    signatures: sorted(data.workshops.flatMap((w) => w.signatures)),
    reviews: sorted(data.workshops.flatMap((w) => w.reviews)),
    roomAnswers: sorted(data.workshops.flatMap((w) => w.roomAnswers))
  }
}

async function expectEmpty(database: Db) {
  expect(await dump(database)).toEqual({ workshops: [], participants: [], items: [], slaVersions: [], signatures: [], reviews: [], roomAnswers: [] })
}

const signatureOf = (p: Participant, drawn = false) => ({
  participantId: p.id,
  name: p.name,
  role: p.role,
  team: p.team,
  place: 'Stuttgart',
  method: drawn ? ('drawn' as const) : ('typed' as const),
  image: drawn ? PNG_DATA_URL : null
})

/** The room rated an area, wrote two voices (one released with the other merged into it) and agreed on the MQL. */
async function roomAnswersOf(workshopId: string, database: Db) {
  const [area] = itemsOf(await listItems(workshopId, database), 'friction')
  const questions: Question[] = [
    { kind: 'rate', id: 'rate', areas: [{ id: area!.id, title: area!.area }] },
    { kind: 'cards', id: 'cards-voice', card: 'voice', prompt: '' },
    { kind: 'agree', id: 'agree-mql', text: 'An MQL fits and engages.' }
  ]
  const from = (seq: number, question: string, answer: Submission['answer']): Submission => ({ seq, participant: 'phone1', team: 'sales', question, answer, minute: Date.UTC(2027, 0, 15, 10) })
  await keepRoomAnswers(
    workshopId,
    'run1',
    [
      from(1, 'rate', { kind: 'rate', area: area!.id, rating: 4 }),
      from(2, 'cards-voice', { kind: 'card', text: 'Leads are cold' }),
      from(3, 'cards-voice', { kind: 'card', text: 'Leads come too early' }),
      from(4, 'agree-mql', { kind: 'agree', answer: 'agree' })
    ],
    questions,
    database
  )
  await releaseCard('card:run1:2', undefined, database)
  await mergeCards('card:run1:2', 'card:run1:3', database)
}

/**
 * Two workshops made the way the app makes them: one with v1 superseded (reviewed, and the review
 * led to v2), v2 signed and a v3 draft with one signature, a removed participant and a parked
 * point; one German and trashed.
 */
async function buildThroughRepositories(database: Db) {
  const a = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: 'DACH', language: 'en', facilitator: 'Eva', date: '2027-01-15' }, database)
  const anna = await addParticipant(a.id, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', email: 'anna@example.com', signsSla: true }, database)
  const tom = await addParticipant(a.id, { name: 'Tom Weber', role: 'Head of Sales', team: 'sales', email: '', signsSla: true }, database)
  const clara = await addParticipant(a.id, { name: 'Clara Chef', role: 'CEO', team: 'management', email: '', signsSla: false }, database)
  await updateWorkshopPart(a.id, 'mql', { sentence: 'An MQL fits and engages.', threshold: 50 }, database)
  await addItem(a.id, 'glossary', { term: 'SAL', definition: 'Sales accepted lead — „angenommen“ 👍' }, { status: 'agreed' }, database)
  await addItem(a.id, 'parking', { text: 'CRM licences', raisedIn: 'sla', shown: true }, {}, database)
  const v1 = await ensureDraftVersion(a.id, database)
  await signVersion(a.id, v1.id, signatureOf(anna, true), database)
  await signVersion(a.id, v1.id, signatureOf(tom), database)
  const review = await startReview(a.id, v1.id, '2027-Q2', '2027-04-15', [anna.id, tom.id, clara.id], database)
  const [target] = itemsOf(await listItems(a.id, database), 'target')
  await setActual(review.id, target!.id, { value: 280, note: 'Fair fell through' }, database)
  await closeReview(review.id, database)
  await amendVersion(a.id, review.id, database)
  await updateWorkshopPart(a.id, 'sql', { sentence: 'An SQL has budget and need.' }, database)
  const v2 = await ensureDraftVersion(a.id, database)
  await signVersion(a.id, v2.id, signatureOf(anna), database)
  await signVersion(a.id, v2.id, signatureOf(tom, true), database)
  const v3 = await amendVersion(a.id, null, database)
  await signVersion(a.id, v3.id, signatureOf(tom), database)
  // Clara leaves the company: the signed versions still name her as she was.
  await removeParticipant(clara.id, database)
  await roomAnswersOf(a.id, database)

  const b = await createWorkshop({ title: 'Strategie 🚀', organisation: 'Bäckerei Süß', unit: '', language: 'de', facilitator: '', date: '2027-03-31' }, database)
  await addParticipant(b.id, { name: 'Jürgen Groß', role: '', team: 'other', email: '', signsSla: false }, database)
  await moveToTrash(b.id, database)
  return { a, b, anna, tom }
}

async function exportedText(database: Db, ids: readonly string[] | 'all') {
  return createBackup(await exportWorkshops(ids, database), SAMPLE_META)
}

async function parsed(text: string): Promise<BackupData> {
  const result = await parseBackup(text)
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.error)}`)
  expect(result.warnings).toEqual([])
  return result.data
}

describe('backup and restore through the repositories', () => {
  it('restores every table exactly into an empty database', async () => {
    const { a, b } = await buildThroughRepositories(source)
    const data = await parsed(await exportedText(source, [a.id, b.id]))
    const target = newDb()
    const result = await importBackup(data, 'replace', {}, target)
    expect(result).toEqual({ workshopIds: [a.id, b.id], replaced: 0, keptVersions: 0 })
    expect(await dump(target)).toEqual(await dump(source))
  })

  it('exports the workshop list without the trash for "all", and a trashed workshop when chosen', async () => {
    const { a, b } = await buildThroughRepositories(source)
    expect((await exportWorkshops('all', source)).workshops.map((w) => w.workshop.id)).toEqual([a.id])
    expect((await exportWorkshops([b.id], source)).workshops[0]!.workshop.deletedAt).not.toBeNull()
    await expect(exportWorkshops(['missing'], source)).rejects.toThrow('does not exist')
  })

  it('imports a copy with new ids everywhere, consistent references and the original untouched', async () => {
    const { a } = await buildThroughRepositories(source)
    const before = await dump(source)
    const data = await parsed(await exportedText(source, [a.id]))
    const { workshopIds } = await importBackup(data, 'copy', { titleSuffix: '(copy)' }, source)
    const after = await dump(source)
    const copyId = workshopIds[0]!
    const inCopy = <T extends { workshopId: string }>(records: T[]) => records.filter((r) => r.workshopId === copyId)
    const copy = {
      workshop: after.workshops.find((w) => w.id === copyId)!,
      participants: inCopy(after.participants),
      items: inCopy(after.items),
      slaVersions: inCopy(after.slaVersions),
      signatures: inCopy(after.signatures),
      reviews: inCopy(after.reviews),
      roomAnswers: inCopy(after.roomAnswers)
    }
    // The original is exactly as it was.
    const original = <T extends { id: string }>(records: T[], ids: T[]) => records.filter((r) => ids.some((o) => o.id === r.id))
    expect(original(after.participants, before.participants)).toEqual(before.participants)
    expect(original(after.signatures, before.signatures)).toEqual(before.signatures)
    expect(original(after.workshops, before.workshops)).toEqual(before.workshops)

    expect(copy.workshop.title).toBe('Kick-off (copy)')
    const oldIds = new Set([...before.workshops, ...before.participants, ...before.items, ...before.slaVersions, ...before.signatures].map((r) => r.id))
    const newIds = [copy.workshop, ...copy.participants, ...copy.items, ...copy.slaVersions, ...copy.signatures, ...copy.reviews, ...copy.roomAnswers].map((r) => r.id)
    expect(newIds.filter((id) => oldIds.has(id) || before.roomAnswers.some((r) => r.id === id))).toEqual([])
    // The room's answers follow the copy's items and cards.
    const itemIds = new Set(copy.items.map((item) => item.id))
    const cards = copy.roomAnswers.filter((r) => r.kind === 'card')
    const [released, merged] = [cards.find((card) => card.state === 'released')!, cards.find((card) => card.mergedInto !== null)!]
    expect(itemIds).toContain(released.itemId)
    expect(merged.mergedInto).toBe(released.id)
    expect(copy.roomAnswers.filter((r) => r.kind === 'rating').every((rating) => itemIds.has(rating.itemId))).toBe(true)
    expect(copy.roomAnswers.map((r) => r.kind).sort()).toEqual(['agreement', 'card', 'card', 'rating'])
    const itemsOfA = before.items.filter((i) => i.workshopId === a.id)
    expect([copy.participants.length, copy.items.length, copy.slaVersions.length, copy.signatures.length]).toEqual([2, itemsOfA.length, 3, 5])

    const versionIds = new Set(copy.slaVersions.map((v) => v.id))
    const participantIds = new Set(copy.participants.map((p) => p.id))
    for (const signature of copy.signatures) {
      expect(versionIds).toContain(signature.versionId)
      expect(participantIds).toContain(signature.participantId)
    }
    const [v1, v2, v3] = copy.slaVersions.sort((x, y) => x.number - y.number)
    expect([v1!.amends, v2!.amends, v3!.amends]).toEqual([null, v1!.id, v2!.id])
    // The review follows its version and the participants who attended; v2 names the review it came from.
    const [review] = copy.reviews
    expect(review!.versionId).toBe(v1!.id)
    expect(v2!.reviewId).toBe(review!.id)
    expect(review!.attendeeIds.filter((id) => participantIds.has(id))).toHaveLength(2)
    expect(Object.keys(review!.actuals)).toEqual(Object.keys(before.reviews[0]!.actuals))
    expect([v1!.state, v2!.state, v3!.state]).toEqual(['superseded', 'signed', 'draft'])
    // Frozen content keeps its item ids; its signatories follow the participants that still exist.
    const signatories = v2!.content!.parties.signatories.map((s) => s.participantId)
    expect(signatories.every((id) => participantIds.has(id))).toBe(true)
    const originalV2 = before.slaVersions.find((v) => v.number === 2)!
    expect(v2!.content!.targets.map((t) => t.id)).toEqual(originalV2.content!.targets.map((t) => t.id))
    expect(await slaFingerprint(v2!.content!)).toBe(originalV2.fingerprint)
    expect(v2!.fingerprint).toBe(originalV2.fingerprint)
    // Ids are outside the seal: the copy's signed versions match theirs, with the copy's signatures.
    for (const version of [v1!, v2!]) {
      expect(version.seal).toBe(before.slaVersions.find((v) => v.number === version.number)!.seal)
      expect(checkSeal(version, copy.signatures.filter((s) => s.versionId === version.id))).toEqual({ ok: true, problems: [] })
    }
  })

  it('replaces a workshop with the same id after asking, leaving the others alone', async () => {
    const { a, b } = await buildThroughRepositories(source)
    const exported = await dump(source)
    const data = await parsed(await exportedText(source, [a.id]))
    const other = await createWorkshop({ title: 'Other', organisation: 'X', unit: '', language: 'en', facilitator: '', date: '2027-05-01' }, source)
    await addItem(a.id, 'action', { title: 'Added after the backup', owner: '', team: 'sales', due: '', state: 'open' }, {}, source)
    const signedV2 = exported.slaVersions.find((v) => v.workshopId === a.id && v.number === 2)!
    await startReview(a.id, signedV2.id, '2027-Q3', '2027-07-15', [], source)

    const plan = await planImport(data, source)
    expect(plan).toMatchObject({ existingCount: 1, canReplace: true })
    expect(plan.workshops[0]).toMatchObject({ id: a.id, existing: { title: 'Kick-off', trashed: false } })

    expect(await importBackup(data, 'replace', {}, source)).toEqual({ workshopIds: [a.id], replaced: 1, keptVersions: 0 })
    const after = await dump(source)
    const without = <T extends { id: string }>(records: T[], id: string) => records.filter((r) => r.id !== id)
    expect(after.items.filter((i) => i.workshopId === a.id)).toEqual(exported.items.filter((i) => i.workshopId === a.id))
    expect(after.reviews).toEqual(exported.reviews)
    expect(after.slaVersions).toEqual(exported.slaVersions)
    expect(without(after.workshops, other.id)).toEqual(exported.workshops)
    expect(after.items.filter((i) => i.workshopId === b.id)).toEqual(exported.items.filter((i) => i.workshopId === b.id))
    expect(after.workshops.some((w) => w.id === other.id)).toBe(true)
  })

  it('writes nothing when one record cannot be written, and says so beforehand', async () => {
    const { a } = await buildThroughRepositories(source)
    const data = await parsed(await exportedText(source, [a.id]))
    const target = newDb()
    const intruder = await createWorkshop({ title: 'Intruder', organisation: 'X', unit: '', language: 'en', facilitator: '', date: '2027-05-01' }, target)
    const [item] = itemsOf(await listItems(intruder.id, target), 'raci')
    // The file's last item claims the id of an item of another workshop on this laptop.
    const entry = data.workshops[0]!
    entry.items[entry.items.length - 1] = { ...entry.items.at(-1)!, id: item!.id }
    const before = await dump(target)

    expect((await planImport(data, target)).canReplace).toBe(false)
    await expect(importBackup(data, 'replace', {}, target)).rejects.toThrow()
    expect(await dump(target)).toEqual(before)
  })
})

describe('refused files change nothing', () => {
  it('leaves a fresh database empty for every refused file, and imports every accepted one cleanly', async () => {
    const { a } = await buildThroughRepositories(source)
    const file = JSON.parse(await exportedText(source, [a.id])) as SampleFile
    const texts = fc.sample(
      fc.oneof(
        fc.tuple(fc.constantFrom(...pathsOf(file)), badValue).map(([path, value]) => JSON.stringify(withReplaced(file, path, value))),
        fc.tuple(fc.constantFrom(...pathsOf(file)), fc.constantFrom(...UNSAFE_KEYS)).map(([path, key]) => {
          const objectPath = path.slice(0, -1)
          return JSON.stringify(withKey(file, objectPath, key, { polluted: true }))
        }),
        fc.string({ unit: 'binary', maxLength: 100 })
      ),
      { numRuns: 150 }
    )
    let refused = 0
    for (const text of texts) {
      const database = newDb()
      const result = await parseBackup(text)
      if (!result.ok) {
        refused++
        await expectEmpty(database)
        continue
      }
      await importBackup(result.data, 'replace', {}, database)
      expect(await dump(database)).toEqual(tablesOf(result.data))
    }
    expect(refused).toBeGreaterThan(50)
  }, 120_000)
})

/** A file older than seals: brought up to date, and its two signed versions sealed at the import. */
function migratedAndSealed(from: number) {
  return [
    { code: 'migrated', params: { from, to: BACKUP_FORMAT_VERSION } },
    { code: 'sealedOnImport', params: { count: 2 } }
  ]
}

describe('the backup files of every format version', () => {
  const fixture = (name: string) => readFile(resolve(import.meta.dirname, '../../fixtures/backup', name), 'utf8')

  it('imports a version 1 file (before step 4) into an empty database with step 4 added', async () => {
    const result = await parseBackup(await fixture('v1-before-step-4.smarketing'))
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 1, to: BACKUP_FORMAT_VERSION } }])
    const target = newDb()
    await importBackup(result.data, 'replace', {}, target)
    const [workshop] = await target.workshops.toArray()
    expect(workshop).toMatchObject({ currency: 'EUR', governance: { startDate: workshop!.date, reviewCadence: 'quarterly' } })
    const items = await listItems(workshop!.id, target)
    expect(itemsOf(items, 'raci').length).toBeGreaterThan(0)
    expect(itemsOf(items, 'voice').map((v) => v.text)).toContain('Marketing liefert nur Masse statt Klasse')
    expect(await target.slaVersions.count()).toBe(0)
  })

  it.each([
    ['v2-signed-sla.smarketing', migratedAndSealed(2)],
    ['v3-reviews.smarketing', migratedAndSealed(3)],
    ['v4-agenda.smarketing', migratedAndSealed(4)],
    ['v5-signer-snapshot.smarketing', migratedAndSealed(5)],
    ['v6-seal.smarketing', []]
  ])('imports %s with its signed SLA unchanged', async (name, warnings) => {
    const result = await parseBackup(await fixture(name))
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.warnings).toEqual(warnings)
    const target = newDb()
    await importBackup(result.data, 'replace', {}, target)
    const signed = (await target.slaVersions.toArray()).filter((v) => v.state !== 'draft')
    expect(signed.length).toBeGreaterThan(0)
    for (const version of signed) {
      expect(await slaFingerprint(version.content!)).toBe(version.fingerprint)
      expect(checkSeal(version, await target.signatures.where('versionId').equals(version.id).toArray())).toEqual({ ok: true, problems: [] })
    }
    expect(await dump(target)).toEqual(tablesOf(result.data))
  })

  it('brings an old file to the same records as the database upgrade brings an old database', async () => {
    const text = await fixture('v1-before-step-4.smarketing')
    const file = JSON.parse(text) as { data: { workshops: Array<{ workshop: object; participants: object[]; items: object[] }> } }
    const name = `v1-upgrade-${Date.now()}`
    const old = new Dexie(name)
    old.version(1).stores({ workshops: 'id, updatedAt, deletedAt', participants: 'id, workshopId', items: 'id, workshopId, [workshopId+list]' })
    for (const entry of file.data.workshops) {
      await old.table('workshops').add(entry.workshop)
      await old.table('participants').bulkAdd(entry.participants)
      await old.table('items').bulkAdd(entry.items)
    }
    old.close()
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const restored = newDb()
    await importBackup(result.data, 'replace', {}, restored)

    // Step 4's examples get random ids on either path; everything else is the same record.
    const withoutIds = (tables: Awaited<ReturnType<typeof dump>>) => ({
      ...tables,
      items: tables.items.map(({ id: _id, ...rest }) => rest).sort((a, b) => (a.list < b.list ? -1 : a.list > b.list ? 1 : a.order - b.order))
    })
    const upgraded = new SmarketingDb(name)
    try {
      expect(withoutIds(await dump(restored))).toEqual(withoutIds(await dump(upgraded)))
    } finally {
      upgraded.close()
      await upgraded.delete()
    }
  })
})
