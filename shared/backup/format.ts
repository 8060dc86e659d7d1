import type { Item } from '../domain/items'
import type { Review } from '../domain/review'
import type { RoomRecord } from '../domain/room-records'
import type { Signature, SlaVersion } from '../domain/sla'
import type { Participant, Workshop } from '../domain/workshop'
import type { FileRules } from './file-rules'
import { FIELD_LIMIT_SCHEMAS } from './schemas'

/**
 * The backup file (SPEC §6): one workshop or all, to move work between laptops. A wrapper marks
 * the file as ours and names its format version; the records are exactly the database records,
 * so restoring keeps every id and a signed SLA keeps its fingerprint.
 */
export const BACKUP_TYPE = 'smarketing-studio-backup'

/**
 * The format version follows the database schema version (renderer/db/db.ts):
 * 1: before step 4 (no currency, calculator or governance; no SLA versions or signatures).
 * 2: step 4 — SLA versions and signatures.
 * 3: quarterly reviews.
 * 4: the workshop's agenda (steps and breaks from a start time).
 * 5: a signature keeps the signer's name (signerName), so a signed version never depends on the participant list.
 * 6: a signed version carries its seal (seal, sealedAt) over content, number and signatures.
 * 7: every text within its field's limit, the currency one the app offers (file-rules.ts); the
 *    records are those of 6.
 * 8: the CRM import — a workshop remembers its export's columns (crmMapping), a review keeps the
 *    team figures it measured (crm); both optional, so the records of 7 are records of 8.
 * 9: room mode — what the room's phones answered (roomAnswers: ratings, cards, votes, agreements).
 * Raise it with every change to a record and add the migration from the previous version to
 * BACKUP_MIGRATIONS in migrations.ts; keep a fixture file of every version in test/fixtures/backup.
 */
export const BACKUP_FORMAT_VERSION = 9

/**
 * The last format from before the field limits: any text as long as earlier versions kept it. Its
 * records are those of the current format, so a workshop that still holds a longer text (typed
 * before the limits, or restored from such a file) is written in it — the file says what it
 * holds, and restores — while every other backup is held to the limits.
 */
export const BEFORE_LIMITS_FORMAT = 6

/** What the records of a file of this format version are held to. */
export function rulesOfFormat(version: number): FileRules {
  return version > BEFORE_LIMITS_FORMAT ? 'fieldLimits' : 'beforeLimits'
}

/** Without the dot, as the native file dialogs and `FileFilter` want it. */
export const BACKUP_FILE_EXTENSION = 'smarketing'
/** A vendor type, so the operating system does not offer to open backups in a text editor. */
export const BACKUP_MIME_TYPE = 'application/vnd.smarketing-studio.backup+json'
/** For `<input type="file" accept>` in the browser edition. */
export const BACKUP_ACCEPT = `.${BACKUP_FILE_EXTENSION},${BACKUP_MIME_TYPE},application/json`

/** The file filter for the native dialogs; `name` comes from the UI in the user's language. */
export function backupFileFilter(name: string): { name: string; extensions: string[] } {
  return { name, extensions: [BACKUP_FILE_EXTENSION] }
}

/** One workshop with everything in it. */
export interface BackupWorkshop {
  workshop: Workshop
  participants: Participant[]
  items: Item[]
  slaVersions: SlaVersion[]
  signatures: Signature[]
  reviews: Review[]
  roomAnswers: RoomRecord[]
}

export interface BackupData {
  workshops: BackupWorkshop[]
}

export interface BackupApp {
  name: string
  version: string
}

export interface BackupFile {
  type: typeof BACKUP_TYPE
  version: number
  /** ISO 8601 date and time of the export. */
  exportedAt: string
  /** The app that wrote the file, for support questions; never used to decide anything. */
  app: BackupApp
  data: BackupData
}

export interface BackupMeta {
  app: BackupApp
  /** When the export happened; now unless given (tests pass a fixed time). */
  exportedAt?: Date
}

/** The backup file's text: indented JSON, readable in any editor and diffable. */
export function createBackup(data: BackupData, meta: BackupMeta): string {
  const file: BackupFile = {
    type: BACKUP_TYPE,
    version: data.workshops.every(keepsFieldLimits) ? BACKUP_FORMAT_VERSION : BEFORE_LIMITS_FORMAT,
    exportedAt: (meta.exportedAt ?? new Date()).toISOString(),
    app: { name: meta.app.name, version: meta.app.version },
    data
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The file's bytes (UTF-8 without BOM), as the save dialog and downloads want them. */
export function encodeBackup(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** Whether every record of the workshop passes the current format's checks, texts within their fields' limits. */
function keepsFieldLimits(entry: BackupWorkshop): boolean {
  const schemas = FIELD_LIMIT_SCHEMAS
  const valid = (schema: { safeParse(value: unknown): { success: boolean } }) => (record: unknown) => schema.safeParse(record).success
  return (
    valid(schemas.workshop)(entry.workshop) &&
    entry.participants.every(valid(schemas.participant)) &&
    entry.items.every(valid(schemas.item)) &&
    entry.slaVersions.every((version) => valid(version.state === 'draft' ? schemas.draftVersion : schemas.frozenVersion)(version)) &&
    entry.signatures.every(valid(schemas.signature)) &&
    entry.reviews.every(valid(schemas.review)) &&
    entry.roomAnswers.every(valid(schemas.roomRecord))
  )
}
