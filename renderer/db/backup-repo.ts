import { withNewIds } from '../../shared/backup/copy-ids'
import { mergeForReplace, summarizeWorkshop, type VersionSummary, type WorkshopSummary } from '../../shared/backup/replace-merge'
import type { BackupData, BackupWorkshop } from '../../shared/backup/format'
import type { Review } from '../../shared/domain/review'
import type { Workshop } from '../../shared/domain/workshop'
import { db, type SmarketingDb } from './db'
import { newId } from './ids'
import { listItems } from './item-repo'
import { listParticipants } from './participant-repo'
import { listVersions } from './sla-repo'
import { deleteForever } from './workshop-repo'

/**
 * Back up and restore (SPEC §6 "Backup file"): reading workshops out for shared/backup's
 * createBackup, and writing a parsed backup back — as a copy with new ids, or replacing the
 * workshops with the same ids once the user agreed. Every write is one transaction: when
 * anything fails, nothing is written.
 */

function allTables(database: SmarketingDb) {
  return [database.workshops, database.participants, database.items, database.slaVersions, database.signatures, database.reviews, database.roomAnswers]
}

/**
 * Everything of the chosen workshops, in the order the app shows it. `'all'` means every
 * workshop in the list — not the trash; a trashed workshop is exported when chosen by id.
 */
export async function exportWorkshops(ids: readonly string[] | 'all', database: SmarketingDb = db): Promise<BackupData> {
  return database.transaction('r', allTables(database), async () => {
    const workshops = ids === 'all' ? await activeWorkshops(database) : await chosenWorkshops(ids, database)
    return { workshops: await Promise.all(workshops.map((workshop) => readWorkshop(workshop, database))) }
  })
}

async function activeWorkshops(database: SmarketingDb): Promise<Workshop[]> {
  const workshops = (await database.workshops.toArray()).filter((w) => w.deletedAt === null)
  return workshops.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
}

async function chosenWorkshops(ids: readonly string[], database: SmarketingDb): Promise<Workshop[]> {
  const found = await database.workshops.bulkGet([...new Set(ids)])
  return found.map((workshop, index) => {
    if (!workshop) throw new Error(`Workshop ${ids[index]} does not exist`)
    return workshop
  })
}

async function readWorkshop(workshop: Workshop, database: SmarketingDb): Promise<BackupWorkshop> {
  const [participants, items, slaVersions, signatures, reviews, roomAnswers] = await Promise.all([
    listParticipants(workshop.id, database),
    listItems(workshop.id, database),
    listVersions(workshop.id, database),
    database.signatures.where('workshopId').equals(workshop.id).toArray(),
    database.reviews.where('workshopId').equals(workshop.id).toArray(),
    database.roomAnswers.where('workshopId').equals(workshop.id).toArray()
  ])
  const itemIds = new Set(items.map((item) => item.id))
  return {
    workshop,
    participants,
    items,
    slaVersions,
    signatures: signatures.sort((a, b) => a.signedAt - b.signedAt || byId(a, b)),
    reviews: reviews.sort(byPeriod),
    // A released card whose item was deleted since points at nothing in the file.
    roomAnswers: roomAnswers.map((answer) => (answer.kind === 'card' && answer.itemId !== null && !itemIds.has(answer.itemId) ? { ...answer, itemId: null } : answer)).sort(byId)
  }
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function byPeriod(a: Review, b: Review): number {
  return (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || a.createdAt - b.createdAt || byId(a, b)
}

export interface ImportPlanEntry {
  id: string
  title: string
  organisation: string
  /** The workshop in the backup, for the comparison before replacing. */
  incoming: WorkshopSummary
  /** The workshop as it is on this laptop when one with the same id exists, else null. */
  existing: { title: string; trashed: boolean; summary: WorkshopSummary } | null
  /** The laptop's signed versions a replace keeps (none when nothing exists here). */
  keeps: VersionSummary[]
  /** Both sides hold different signed versions of the same number: only a copy keeps both. */
  versionConflict: boolean
}

export interface ImportPlan {
  workshops: ImportPlanEntry[]
  /** How many of them exist here already: the UI asks before replacing them. */
  existingCount: number
  /**
   * A record of the file has the id of a record of another workshop on this laptop — e.g. a
   * workshop first opened from the SLA's Word file. Keeping the ids would then fail, so only
   * an import as copies (new ids) is possible.
   */
  foreignCollision: boolean
  /** Importing with the file's ids (new or replacing) works: no foreign collision, no conflict. */
  canReplace: boolean
}

/** What an import would do, so the UI can ask before anything is overwritten (SPEC §6). */
export async function planImport(data: BackupData, database: SmarketingDb = db): Promise<ImportPlan> {
  return database.transaction('r', allTables(database), async () => {
    const existing = await database.workshops.bulkGet(data.workshops.map((entry) => entry.workshop.id))
    const workshops = await Promise.all(
      data.workshops.map(async (entry, index): Promise<ImportPlanEntry> => {
        const found = existing[index]
        const local = found ? await readWorkshop(found, database) : null
        const merge = local ? mergeForReplace(local, entry) : null
        return {
          id: entry.workshop.id,
          title: entry.workshop.title,
          organisation: entry.workshop.organisation,
          incoming: summarizeWorkshop(entry),
          existing: found && local ? { title: found.title, trashed: found.deletedAt !== null, summary: summarizeWorkshop(local) } : null,
          keeps: merge?.kept ?? [],
          versionConflict: merge?.conflict ?? false
        }
      })
    )
    const foreignCollision = await hasForeignCollision(data, database)
    return {
      workshops,
      existingCount: workshops.filter((entry) => entry.existing !== null).length,
      foreignCollision,
      canReplace: !foreignCollision && !workshops.some((entry) => entry.versionConflict)
    }
  })
}

/** A record id of the file held on this laptop by a workshop the import does not replace. */
async function hasForeignCollision(data: BackupData, database: SmarketingDb): Promise<boolean> {
  const replaced = new Set(data.workshops.map((entry) => entry.workshop.id))
  const children = [
    { table: database.participants, ids: data.workshops.flatMap((e) => e.participants.map((r) => r.id)) },
    { table: database.items, ids: data.workshops.flatMap((e) => e.items.map((r) => r.id)) },
    { table: database.slaVersions, ids: data.workshops.flatMap((e) => e.slaVersions.map((r) => r.id)) },
    { table: database.signatures, ids: data.workshops.flatMap((e) => e.signatures.map((r) => r.id)) },
    { table: database.reviews, ids: data.workshops.flatMap((e) => e.reviews.map((r) => r.id)) },
    { table: database.roomAnswers, ids: data.workshops.flatMap((e) => e.roomAnswers.map((r) => r.id)) }
  ]
  for (const { table, ids } of children) {
    const found: Array<{ workshopId: string } | undefined> = await table.bulkGet(ids)
    if (found.some((record) => record !== undefined && !replaced.has(record.workshopId))) return true
  }
  return false
}

/**
 * `'copy'`: every record gets a new id. `'replace'`: the file's ids are kept; a workshop with the
 * same id is replaced, keeping its newer signed versions (replace-merge.ts).
 */
export type ImportMode = 'copy' | 'replace'

export interface ImportOptions {
  /** Copy mode: appended to each title, e.g. "(copy)" / "(Kopie)" in the user's language. */
  titleSuffix?: string
}

export interface ImportResult {
  /** The ids the workshops have on this laptop now, in the order of the file. */
  workshopIds: string[]
  /** Existing workshops that were replaced (replace mode only). */
  replaced: number
  /** Signed or superseded versions of this laptop that the replace kept. */
  keptVersions: number
}

/** The replace would break a signed version chain; planImport offers only the copy then. */
export class ReplaceConflictError extends Error {
  constructor(readonly workshopTitle: string) {
    super(`Replacing "${workshopTitle}" would break its signed SLA versions`)
    this.name = 'ReplaceConflictError'
  }
}

/**
 * Writes a parsed backup. `'copy'`: every record gets a new id, references follow, nothing that
 * exists is touched. `'replace'`: ids are kept; a workshop with the same id is replaced by the
 * backup's, except for the signed versions only this laptop has — call it only after the user
 * agreed (planImport). One transaction: if any record cannot be written, nothing is written.
 */
export async function importBackup(
  data: BackupData,
  mode: ImportMode,
  options: ImportOptions = {},
  database: SmarketingDb = db
): Promise<ImportResult> {
  const entries = mode === 'copy' ? data.workshops.map((entry) => withNewIds(entry, { newId, titleSuffix: options.titleSuffix })) : data.workshops
  return database.transaction('rw', allTables(database), async () => {
    let replaced = 0
    let keptVersions = 0
    const toWrite: BackupWorkshop[] = []
    for (const entry of entries) {
      const found = mode === 'replace' ? await database.workshops.get(entry.workshop.id) : undefined
      if (!found) {
        toWrite.push(entry)
        continue
      }
      const merge = mergeForReplace(await readWorkshop(found, database), entry)
      if (merge.conflict) throw new ReplaceConflictError(found.title)
      keptVersions += merge.kept.length
      toWrite.push(merge.entry)
    }
    // All replaced workshops go first, so a record moving between two of them cannot collide.
    for (const entry of toWrite) {
      if (mode === 'replace' && (await database.workshops.get(entry.workshop.id))) {
        await deleteWorkshop(entry.workshop.id, database)
        replaced++
      }
    }
    for (const entry of toWrite) await writeWorkshop(entry, database)
    return { workshopIds: entries.map((entry) => entry.workshop.id), replaced, keptVersions }
  })
}

/** The workshop with everything in it. */
async function deleteWorkshop(id: string, database: SmarketingDb): Promise<void> {
  await deleteForever(id, database)
}

/** `add`, never `put`: an id that is taken aborts the transaction instead of overwriting. */
async function writeWorkshop(entry: BackupWorkshop, database: SmarketingDb): Promise<void> {
  await database.workshops.add(entry.workshop)
  await database.participants.bulkAdd(entry.participants)
  await database.items.bulkAdd(entry.items)
  await database.slaVersions.bulkAdd(entry.slaVersions)
  await database.signatures.bulkAdd(entry.signatures)
  await database.reviews.bulkAdd(entry.reviews)
  await database.roomAnswers.bulkAdd(entry.roomAnswers)
}
