import { copyRoomAnswers } from '../../shared/backup/copy-ids'
import { copyTitle } from '../../shared/domain/field-limits'
import { defaultItems } from '../../shared/domain/defaults'
import type { Item } from '../../shared/domain/items'
import { newWorkshop, type NewWorkshopInput } from '../../shared/domain/new-workshop'
import { AGREEABLE_LISTS, LIST_STEP } from '../../shared/domain/items'
import type { SlaState, SlaVersion } from '../../shared/domain/sla'
import { checkSeal } from '../../shared/domain/sla-seal'
import type { Participant, StepId, StepRecord, Workshop } from '../../shared/domain/workshop'
import type { Review } from '../../shared/domain/review'
import type { UpdateSpec } from 'dexie'
import { db, schemaIdentity, type SmarketingDb } from './db'
import { newId } from './ids'
import { keepListSnapshot, OVERVIEW_TABLES, readAndKeep, takeListSnapshot } from './list-snapshot'
import { assertSlaEditable, listItems } from './item-repo'
import { listParticipants } from './participant-repo'
import { AGREED_PARTS, SLA_PART_STEP, SLA_STEPS, type SlaWorkshopPart } from '../../shared/domain/sla-lock'
import { clockProblems, type SlaClockSettings } from '../../shared/domain/sla-clock'

export interface WorkshopOverview {
  /** Most recently changed first; only the first `limit` unless all were asked for. */
  active: Workshop[]
  activeCount: number
  /** The trashed workshops; empty in the list's first frame when drawn from its snapshot (trashCount counts them). */
  trash: Workshop[]
  trashCount: number
  /** Per shown workshop: its current SLA version (a signed one checked against its seal, unless drawn from the snapshot) and the periods already reviewed. */
  sla: Record<string, CurrentVersionState | undefined>
  reviewedPeriods: Record<string, string[]>
}

/** What the list shows of a workshop's current SLA version. */
export interface CurrentVersionState {
  number: number
  state: SlaState
  /**
   * For a signed or superseded version, whether it matches its seal; undefined for a draft, and
   * for a signed one not checked yet (the list's first frame from its snapshot, list-snapshot.ts).
   */
  sealOk?: boolean
}

/** The list shows this many of the most recently changed workshops first; the rest on request or through the search. */
export const LIST_FIRST_PAGE = 24

/**
 * Cards drawn in the list's first frame, more than fit on a laptop's or a projector's screen. The
 * app reads only these as it starts; the rest of the page follows right after (SPEC §9).
 */
export const LIST_FIRST_FRAME = 6

/**
 * What the workshop list shows. With a limit, only that many workshop records are read, so the
 * list starts as fast with 200 stored workshops as with one (SPEC §9). Keys are cheap to read and
 * records are not (a workshop record takes Chromium about 0.3 ms): the order comes from the keys,
 * and then only the shown records are fetched, with their SLA versions and reviews alongside.
 */
export async function workshopOverview(limit: number | null, database: SmarketingDb = db): Promise<WorkshopOverview> {
  return database.transaction('r', [...OVERVIEW_TABLES], async () => {
    const [trash, newestFirst] = await Promise.all([
      // Only trashed workshops are in the deletedAt index (null is not an IndexedDB key).
      database.workshops.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
      database.workshops.orderBy('updatedAt').reverse().primaryKeys()
    ])
    const trashed = new Set(trash.map((w) => w.id))
    const activeIds = newestFirst.filter((id) => !trashed.has(id))
    const ids = limit === null ? activeIds : activeIds.slice(0, limit)
    const [records, versions, reviews] = await Promise.all([
      database.workshops.bulkGet(ids),
      database.slaVersions.where('workshopId').anyOf(ids).toArray(),
      database.reviews.where('workshopId').anyOf(ids).toArray()
    ])
    const active = records.filter((w) => w !== undefined)
    return { active, activeCount: activeIds.length, trash, trashCount: trash.length, ...(await shownVersionsAndReviews(versions, reviews, database)) }
  })
}

async function shownVersionsAndReviews(
  versions: SlaVersion[],
  reviews: Pick<Review, 'workshopId' | 'period'>[],
  database: SmarketingDb
): Promise<Pick<WorkshopOverview, 'sla' | 'reviewedPeriods'>> {
  const latest = new Map<string, SlaVersion>()
  for (const version of versions) {
    const known = latest.get(version.workshopId)
    if (!known || version.number > known.number) latest.set(version.workshopId, version)
  }
  // A signed version is listed as signed only while it matches its seal (issue 12 §1).
  const signed = [...latest.values()].filter((version) => version.state !== 'draft')
  const signatures = signed.length === 0 ? [] : await database.signatures.where('versionId').anyOf(signed.map((v) => v.id)).toArray()
  const sla: WorkshopOverview['sla'] = {}
  for (const [workshopId, version] of latest) {
    const sealOk = version.state === 'draft' ? undefined : checkSeal(version, signatures.filter((s) => s.versionId === version.id)).ok
    sla[workshopId] = { state: version.state, number: version.number, sealOk }
  }
  const reviewedPeriods: Record<string, string[]> = {}
  for (const review of reviews) reviewedPeriods[review.workshopId] = [...(reviewedPeriods[review.workshopId] ?? []), review.period]
  return { sla, reviewedPeriods }
}

const readFirstFrame = (database: SmarketingDb) => workshopOverview(LIST_FIRST_FRAME, database)

/** The answer of the read made as the app started, until the list has been shown once. */
let earlyList: { answer?: WorkshopOverview } | null = null

/**
 * The list's first frame for its first render, so that the list draws without waiting (SPEC §9
 * start-up: the list interactive within 1.2× a blank page). Taken from the snapshot when nothing
 * has been written since it was kept (list-snapshot.ts); otherwise read from the database while
 * React and the texts get ready, and kept as the next start's snapshot. Settles when the answer is
 * there or after `waitMs`, whichever comes first: a database slow to open (an upgrade held up by
 * another window) never keeps the window blank, and the list then reads as usual. Never rejects:
 * the list's own live query reads again and shows a failure there.
 */
export function readListEarly(waitMs: number, database: SmarketingDb = db): Promise<void> {
  const slot: { answer?: WorkshopOverview } = {}
  earlyList = slot
  slot.answer = takeListSnapshot(schemaIdentity(database))
  if (slot.answer) return Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  const read = readAndKeep(schemaIdentity(database), () => readFirstFrame(database)).then(
    (answer) => {
      slot.answer = answer
    },
    () => undefined
  )
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))
  return Promise.race([read, bound]).finally(() => clearTimeout(timer))
}

/** Keeps the list's first frame for the next start: read again after the start and after each burst of writes (list-snapshot.ts). */
export function keepListSnapshotFresh(database: SmarketingDb = db): () => void {
  return keepListSnapshot(schemaIdentity(database), () => readFirstFrame(database))
}

/**
 * The early read's answer for the list's first render. Taken once: the list forgets it when it
 * has been shown (forgetEarlyList): a later visit would find it out of date.
 */
export function earlyListAnswer(): WorkshopOverview | undefined {
  return earlyList?.answer
}

export function forgetEarlyList(): void {
  earlyList = null
}

export function getWorkshop(id: string, database: SmarketingDb = db): Promise<Workshop | undefined> {
  return database.workshops.get(id)
}

/** Everything a workshop's screens show: the record, its participants and its items. */
export interface WorkshopData {
  workshop: Workshop
  participants: Participant[]
  items: Item[]
}

/** The workshop and its content as one consistent reading (for a live query); null when it does not exist. */
export function workshopData(workshopId: string, database: SmarketingDb = db): Promise<WorkshopData | null> {
  return database.transaction('r', database.workshops, database.participants, database.items, async () => {
    const workshop = await getWorkshop(workshopId, database)
    if (!workshop) return null
    const [participants, items] = await Promise.all([listParticipants(workshopId, database), listItems(workshopId, database)])
    return { workshop, participants, items }
  })
}

/** Creates the workshop with the example content of its language, in one transaction. */
export async function createWorkshop(
  input: NewWorkshopInput,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<Workshop> {
  const workshop = newWorkshop(newId(), input, now)
  const items = defaultItems(input.language).map(
    (seed, index) => ({ ...seed, id: newId(), workshopId: workshop.id, order: index + 1, status: 'proposed' }) as Item
  )
  await database.transaction('rw', database.workshops, database.items, async () => {
    await database.workshops.add(workshop)
    await database.items.bulkAdd(items)
  })
  return workshop
}

type WorkshopPatch = Partial<Omit<Workshop, 'id' | 'createdAt' | 'updatedAt'>>

export async function updateWorkshop(
  id: string,
  patch: WorkshopPatch,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<void> {
  const changed = await database.workshops.update(id, { ...patch, updatedAt: now })
  if (changed === 0) throw new Error(`Workshop ${id} does not exist`)
}

/**
 * Changes by key path (`steps.sla.completed`). Dexie's key-path types cannot follow a path built at
 * run time through the agenda's list of entries, so the built object is declared as an update here.
 */
function byKeyPath(changes: Record<string, unknown>): UpdateSpec<Workshop> {
  return changes as UpdateSpec<Workshop>
}

type NestedKey = SlaWorkshopPart

/**
 * Changes some fields of a nested part (e.g. only the days of the stuck-lead rule) without
 * rewriting its other fields, so two quick edits of one part can never undo each other.
 */
export async function updateWorkshopPart<K extends NestedKey>(
  id: string,
  key: K,
  patch: Partial<Workshop[K]>,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<void> {
  const changes: Record<string, unknown> = { updatedAt: now }
  for (const [field, value] of Object.entries(patch)) changes[`${key}.${field}`] = value
  await database.transaction('rw', database.workshops, database.slaVersions, async () => {
    // All of these parts are SLA content (definitions, reporting, calculator, governance).
    await assertSlaEditable(database, id, null)
    const changed = await database.workshops.update(id, byKeyPath(changes))
    if (changed === 0) throw new Error(`Workshop ${id} does not exist`)
  })
}

/**
 * The SLA's clock (issue 12 §4), changed as a whole inside one transaction from what is stored, so
 * two quick edits (start, then end of the business day) never undo each other. A clock that could
 * not count business hours is never stored: the screen says why before it gets here.
 */
export async function updateSlaClock(
  id: string,
  change: (clock: SlaClockSettings | undefined) => SlaClockSettings,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<void> {
  await database.transaction('rw', database.workshops, database.slaVersions, async () => {
    await assertSlaEditable(database, id, null)
    const workshop = await database.workshops.get(id)
    if (!workshop) throw new Error(`Workshop ${id} does not exist`)
    const clock = change(workshop.governance.clock)
    const problems = clockProblems(clock)
    if (problems.length > 0) throw new RangeError(`Clock not saved: ${problems.join(', ')}`)
    await database.workshops.update(id, byKeyPath({ 'governance.clock': clock, updatedAt: now }))
  })
}

export async function updateStep(
  id: string,
  step: StepId,
  patch: Partial<StepRecord>,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<void> {
  const changes: Record<string, unknown> = { updatedAt: now }
  for (const [field, value] of Object.entries(patch)) changes[`steps.${step}.${field}`] = value
  const changed = await database.workshops.update(id, byKeyPath(changes))
  if (changed === 0) throw new Error(`Workshop ${id} does not exist`)
}

/** Marks the workshop as changed (any edit inside it moves it to the top of the list). */
export function touchWorkshop(id: string, database: SmarketingDb = db, now = Date.now()) {
  return database.workshops.update(id, { updatedAt: now })
}

/** A full copy with new ids: title gets the given suffix; the copy starts unsigned. */
export async function duplicateWorkshop(
  id: string,
  titleSuffix: string,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<Workshop> {
  return database.transaction('rw', [database.workshops, database.participants, database.items, database.roomAnswers], async () => {
    const original = await database.workshops.get(id)
    if (!original) throw new Error(`Workshop ${id} does not exist`)
    const copy: Workshop = {
      ...structuredClone(original),
      id: newId(),
      title: copyTitle(original.title, titleSuffix),
      createdAt: now,
      updatedAt: now,
      deletedAt: null
    }
    const participants = await database.participants.where('workshopId').equals(id).toArray()
    const items = await database.items.where('workshopId').equals(id).toArray()
    const itemIds = new Map(items.map((item) => [item.id, newId()]))
    const roomAnswers = await database.roomAnswers.where('workshopId').equals(id).toArray()
    await database.workshops.add(copy)
    await database.participants.bulkAdd(participants.map((p) => ({ ...p, id: newId(), workshopId: copy.id })))
    await database.items.bulkAdd(items.map((item) => ({ ...item, id: itemIds.get(item.id)!, workshopId: copy.id })))
    // The room's answers come along, about the copy's items.
    await database.roomAnswers.bulkAdd(copyRoomAnswers(roomAnswers, copy.id, itemIds, newId))
    return copy
  })
}

export function moveToTrash(id: string, database: SmarketingDb = db, now = Date.now()) {
  return database.workshops.update(id, { deletedAt: now })
}

export function restoreFromTrash(id: string, database: SmarketingDb = db) {
  return database.workshops.update(id, { deletedAt: null })
}

/** Deletes the workshop and everything in it for good. */
export async function deleteForever(id: string, database: SmarketingDb = db): Promise<void> {
  const tables = [database.workshops, database.participants, database.items, database.slaVersions, database.signatures, database.reviews, database.roomAnswers]
  await database.transaction('rw', tables, async () => {
    await database.reviews.where('workshopId').equals(id).delete()
    await database.roomAnswers.where('workshopId').equals(id).delete()
    await database.participants.where('workshopId').equals(id).delete()
    await database.items.where('workshopId').equals(id).delete()
    await database.signatures.where('workshopId').equals(id).delete()
    await database.slaVersions.where('workshopId').equals(id).delete()
    await database.workshops.delete(id)
  })
}

/**
 * "All agreed": after going through a step's lists the room can mark every item and definition
 * of the step as agreed at once.
 */
export async function markStepAgreed(id: string, step: StepId, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.workshops, database.items, database.slaVersions, async () => {
    const workshop = await database.workshops.get(id)
    if (!workshop) throw new Error(`Workshop ${id} does not exist`)
    const items = (await database.items.where('workshopId').equals(id).toArray()).filter(
      (item) => LIST_STEP[item.list] === step && AGREEABLE_LISTS.has(item.list)
    )
    if (SLA_STEPS.has(step)) await assertSlaEditable(database, id, null)
    await database.items.bulkPut(items.map((item) => ({ ...item, status: 'agreed' as const })))
    const changes: Record<string, unknown> = { updatedAt: Date.now() }
    for (const part of AGREED_PARTS) if (SLA_PART_STEP[part] === step) changes[`${part}.status`] = 'agreed'
    await database.workshops.update(id, byKeyPath(changes))
  })
}
