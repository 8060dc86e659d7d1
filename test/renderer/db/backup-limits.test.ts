import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { addBreak } from '../../../renderer/db/agenda-repo'
import { exportWorkshops, importBackup } from '../../../renderer/db/backup-repo'
import { addItem } from '../../../renderer/db/item-repo'
import { addParticipant } from '../../../renderer/db/participant-repo'
import { setActual, startReview, updateReview } from '../../../renderer/db/review-repo'
import { ensureDraftVersion, signVersion } from '../../../renderer/db/sla-repo'
import { createWorkshop, duplicateWorkshop, updateWorkshop, updateWorkshopPart } from '../../../renderer/db/workshop-repo'
import { BACKUP_FORMAT_VERSION, createBackup } from '../../../shared/backup/format'
import { parseBackup } from '../../../shared/backup/parse-backup'
import { FIELD_LIMITS, TEXT_BEFORE_LIMITS, TEXT_FIELDS, type FieldKind } from '../../../shared/domain/field-limits'
import { exportSlaDocx, readSlaDocx } from '../../../shared/docx/index'
import { LIST_KINDS, type ItemFields, type ListKind } from '../../../shared/domain/items'
import { contentAtLimits, mixedText, slaInputAtLimits } from '../../shared/docx/at-limits'
import { signedSlaInput, slaContent } from '../../shared/docx/docx-fixtures'
import { signedHoldableSla } from '../../shared/docx/hostile-arbitraries'
import { importSlaDocument } from '../../../renderer/db/sla-docx-import'
import { PNG_DATA_URL, SAMPLE_META } from '../../shared/backup/sample-backup'
import { dump, freshDb } from './test-db'

/**
 * Issue 12 §2 "Every backup the app writes restores": whatever a person can type within the field
 * limits (shared/domain/field-limits.ts) — in every text field of the workshop, its governance,
 * its participants, every list, the agenda, the signatures and a review, from nothing to exactly
 * the limit, in any script — and a copy of it are backed up in the current format (held to the
 * limits), read back without a warning and restored exactly, signed version included.
 */
const databases: Array<ReturnType<typeof freshDb>> = []
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.dispose()))
})

function newDb() {
  const database = freshDb()
  databases.push(database)
  return database
}

/** What an input of this kind lets through: any text up to its limit, never half an emoji at the end. */
function typed(kind: FieldKind): fc.Arbitrary<string> {
  const limit = FIELD_LIMITS[kind]
  return fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constant(mixedText(limit)),
      fc.string({ unit: 'grapheme-ascii', minLength: limit, maxLength: limit }),
      fc.string({ unit: 'grapheme', minLength: limit - 20, maxLength: limit })
    )
    .map((text) => {
      const cut = text.slice(0, limit)
      return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
    })
}

/** One typed text for each of a record's text fields. */
function record<F extends Record<string, FieldKind>>(fields: F): fc.Arbitrary<{ [K in keyof F]: string }> {
  return fc.record(Object.fromEntries(Object.entries(fields).map(([field, kind]) => [field, typed(kind)]))) as fc.Arbitrary<{ [K in keyof F]: string }>
}

const itemTexts: { [K in ListKind]: fc.Arbitrary<Record<string, string>> } = Object.fromEntries(
  LIST_KINDS.map((list) => [list, record<Record<string, FieldKind>>(TEXT_FIELDS.items[list])])
) as { [K in ListKind]: fc.Arbitrary<Record<string, string>> }
const items = fc.record(itemTexts)

const workshopTexts = fc.record({
  workshop: record(TEXT_FIELDS.workshop),
  stuckLeadRule: record(TEXT_FIELDS.stuckLeadRule),
  mql: record(TEXT_FIELDS.definition),
  sql: record(TEXT_FIELDS.definition),
  governance: record(TEXT_FIELDS.governance),
  people: fc.tuple(record(TEXT_FIELDS.participant), record(TEXT_FIELDS.participant)),
  places: fc.tuple(typed(TEXT_FIELDS.signature.place), typed(TEXT_FIELDS.signature.place)),
  breakName: typed(TEXT_FIELDS.agendaBreak.name),
  review: record(TEXT_FIELDS.review),
  items
})

type Texts = typeof workshopTexts extends fc.Arbitrary<infer T> ? T : never

/** A workshop typed through the repositories, as the screens save it, and its SLA signed. */
async function typeWorkshop(texts: Texts, database: ReturnType<typeof freshDb>): Promise<string> {
  const { title, organisation, unit, facilitator, sharedGoal } = texts.workshop
  const workshop = await createWorkshop({ title, organisation, unit, facilitator, language: 'de', date: '2027-01-15' }, database)
  await updateWorkshop(workshop.id, { sharedGoal }, database)
  await updateWorkshopPart(workshop.id, 'stuckLeadRule', { action: texts.stuckLeadRule.action }, database)
  await updateWorkshopPart(workshop.id, 'mql', { sentence: texts.mql.sentence }, database)
  await updateWorkshopPart(workshop.id, 'sql', { sentence: texts.sql.sentence }, database)
  await updateWorkshopPart(workshop.id, 'governance', texts.governance, database)
  const [marketing, sales] = texts.people
  const anna = await addParticipant(workshop.id, { name: marketing.name, role: marketing.role, email: marketing.email, team: 'marketing', signsSla: true }, database)
  const tom = await addParticipant(workshop.id, { name: sales.name, role: sales.role, email: sales.email, team: 'sales', signsSla: true }, database)
  const added = []
  for (const list of LIST_KINDS) added.push(await addItem(workshop.id, list, texts.items[list] as Partial<ItemFields[typeof list]>, { status: 'agreed' }, database))
  const target = added.find((item) => item.list === 'target')
  await addBreak(workshop.id, 'sla', { name: texts.breakName, minutes: 15 }, database)

  const version = await ensureDraftVersion(workshop.id, database)
  const [annasPlace, tomsPlace] = texts.places
  await signVersion(workshop.id, version.id, { participantId: anna.id, name: anna.name, place: annasPlace, method: 'drawn', image: PNG_DATA_URL }, database)
  const { versionSigned } = await signVersion(workshop.id, version.id, { participantId: tom.id, name: tom.name, place: tomsPlace, method: 'drawn', image: PNG_DATA_URL }, database)
  expect(versionSigned).toBe(true)

  const review = await startReview(workshop.id, version.id, '2027-Q2', '2027-04-15', [anna.id, tom.id], database)
  await updateReview(review.id, { guests: [texts.review.guests], decisions: texts.review.decisions }, database)
  await setActual(review.id, target?.id ?? '', { value: 1, note: texts.review.actualNote }, database)
  return workshop.id
}

describe('field limits and backups', () => {
  it('every workshop typed within the field limits backs up and restores exactly', async () => {
    await fc.assert(
      fc.asyncProperty(workshopTexts, async (texts) => {
        const source = newDb()
        const id = await typeWorkshop(texts, source)
        // A copy's title gets its suffix and still fits (copyTitle).
        const copy = await duplicateWorkshop(id, '(Kopie)', source)
        const text = createBackup(await exportWorkshops([id, copy.id], source), SAMPLE_META)
        // Held to the field limits, not written as a file from before them.
        expect((JSON.parse(text) as { version: number }).version).toBe(BACKUP_FORMAT_VERSION)
        const parsed = await parseBackup(text)
        if (!parsed.ok) throw new Error(`The backup was refused: ${JSON.stringify(parsed.error)}`)
        expect(parsed.warnings).toEqual([])
        const target = newDb()
        await importBackup(parsed.data, 'replace', {}, target)
        expect(await dump(target)).toEqual(await dump(source))
      }),
      // A failing case is reported as found: shrinking a workshop of this size would take minutes.
      { numRuns: 12, endOnFailure: true }
    )
  }, 240_000)

  it('every workshop opened from a Word file the app reads backs up and restores exactly', async () => {
    const opened = async (bytes: Uint8Array, database: ReturnType<typeof freshDb>) => {
      const reading = await readSlaDocx(bytes)
      if (reading.kind !== 'sla') throw new Error(`read as ${JSON.stringify(reading)}`)
      const result = await importSlaDocument(reading.data, false, database)
      if (result.kind !== 'created') throw new Error('not created')
      return result.workshopId
    }
    const restores = async (bytes: Uint8Array) => {
      const source = newDb()
      const id = await opened(bytes, source)
      const parsed = await parseBackup(createBackup(await exportWorkshops([id], source), SAMPLE_META))
      if (!parsed.ok) throw new Error(`The backup was refused: ${JSON.stringify(parsed.error)}`)
      expect(parsed.warnings).toEqual([])
      const target = newDb()
      await importBackup(parsed.data, 'replace', {}, target)
      expect(await dump(target)).toEqual(await dump(source))
    }
    // The largest SLA that can be typed, and one holding texts from before the limits (format 2).
    await restores(await exportSlaDocx(slaInputAtLimits(await signedSlaInput('de', contentAtLimits(slaContent('de'))))))
    await restores(await exportSlaDocx(slaInputAtLimits(await signedSlaInput('en'), () => TEXT_BEFORE_LIMITS / 10)))
    // Any odd content the reader takes.
    await fc.assert(
      fc.asyncProperty(signedHoldableSla, async (input) => restores(await exportSlaDocx(input))),
      { numRuns: 10, endOnFailure: true }
    )
  }, 240_000)
})
