import { isIsoDate } from '../domain/iso-date'
import { checkSeal } from '../domain/sla-seal'
import { BACKUP_FORMAT_VERSION, BACKUP_TYPE, BEFORE_LIMITS_FORMAT, rulesOfFormat, type BackupApp, type BackupData, type BackupWorkshop } from './format'
import { ImportReport } from './import-report'
import { BACKUP_LIMITS } from './limits'
import { BACKUP_MIGRATIONS, type MigrationContext } from './migrations'
import { BackupFailure, backupError, fail, nameInMessage, type BackupError, type BackupWarning, type RecordKind } from './problems'
import { checkLayout, restoreEntry, type RawEntry } from './restore-entry'
import { BEFORE_LIMITS_SCHEMAS, FIELD_LIMIT_SCHEMAS, type RecordSchemas } from './schemas'
import { decodeBackupBytes, isJsonObject, parseJsonSafely, type OnProgress } from './safe-json'

/**
 * Import of a backup file (SPEC §6, §9): size and depth caps, JSON without prototype keys, the
 * wrapper, the migrations from the file's format version to the current one, then validation of
 * every record. Never throws: every outcome is `{ ok: true, data, warnings }` or
 * `{ ok: false, error }` with a code the UI explains in the user's language. Writing to the
 * database is a separate step (renderer/db/backup-repo.ts), so a refused file changes nothing.
 */

export interface ParseOptions {
  /** Ids for records that migrations add; random UUIDs unless given (tests pass their own). */
  newId?: () => string
  /** The time of the import (what a migration seals now is sealed at this time); Date.now() unless given. */
  now?: number
  /** How far the reading is, from 0 to 1, for a progress bar. */
  onProgress?: OnProgress
}

/** Shares of the whole that each stage reports: reading the text is most of a huge file's time. */
const SCANNED = 0.6
const VALIDATED = 0.9

export interface BackupInfo {
  /** The format version the file was written in (before migration). */
  version: number
  exportedAt: string
  app: BackupApp
}

export type ParseResult =
  | { ok: true; data: BackupData; warnings: BackupWarning[]; info: BackupInfo }
  | { ok: false; error: BackupError }

export async function parseBackup(text: string, options: ParseOptions = {}): Promise<ParseResult> {
  return guarded(async () => {
    // Callers in plain JavaScript (or a file input gone wrong) may hand over anything.
    if (typeof text !== 'string') fail('notText', {})
    return readBackup(parseJsonSafely(text, scaled(options.onProgress, 0, SCANNED)), options)
  })
}

/** The same for the file's bytes, as the open dialog or a file input delivers them. */
export async function parseBackupBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  return guarded(async () => {
    if (!(bytes instanceof Uint8Array)) fail('notText', {})
    return readBackup(parseJsonSafely(decodeBackupBytes(bytes), scaled(options.onProgress, 0, SCANNED)), options)
  })
}

/** A stage's own 0…1 as its share `from`…`to` of the whole. */
function scaled(onProgress: OnProgress | undefined, from: number, to: number): OnProgress | undefined {
  return onProgress && ((fraction) => onProgress(from + (to - from) * fraction))
}

async function guarded(run: () => Promise<ParseResult>): Promise<ParseResult> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof BackupFailure) return { ok: false, error: error.problem }
    // A fault of ours must still end in a message, never in a half-finished import.
    return { ok: false, error: backupError('unexpected', {}) }
  }
}

async function readBackup(json: unknown, options: ParseOptions): Promise<ParseResult> {
  const { info, data } = readWrapper(json)
  const report = new ImportReport()
  const context: MigrationContext = { newId: options.newId ?? (() => crypto.randomUUID()), now: options.now ?? Date.now() }
  const migrated = migrate(data, info.version, context, report)
  const schemas = rulesOfFormat(info.version) === 'fieldLimits' ? FIELD_LIMIT_SCHEMAS : BEFORE_LIMITS_SCHEMAS
  const restored = restoreData(migrated, schemas, report, scaled(options.onProgress, SCANNED, VALIDATED))
  checkSeals(restored.workshops, context.now, report, scaled(options.onProgress, VALIDATED, 1))
  options.onProgress?.(1)
  return { ok: true, data: restored, warnings: report.warnings(), info }
}

const WRAPPER_KEYS: ReadonlySet<string> = new Set(['type', 'version', 'exportedAt', 'app', 'data'])
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const MAX_META_LENGTH = 100

function readWrapper(json: unknown): { info: BackupInfo; data: unknown } {
  if (!isJsonObject(json) || json.type !== BACKUP_TYPE) fail('notABackup', {})
  const version = json.version
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) fail('invalidVersion', { version: describe(version) })
  if (version > BACKUP_FORMAT_VERSION) fail('newerVersion', { version, supported: BACKUP_FORMAT_VERSION })
  for (const key of Object.keys(json)) if (!WRAPPER_KEYS.has(key)) fail('invalidWrapper', { field: key.slice(0, MAX_META_LENGTH) })
  const { exportedAt, app, data } = json
  if (!isDateTime(exportedAt)) fail('invalidWrapper', { field: 'exportedAt' })
  if (!isApp(app)) fail('invalidWrapper', { field: 'app' })
  if (!isJsonObject(data)) fail('invalidWrapper', { field: 'data' })
  return { info: { version, exportedAt, app: { name: app.name, version: app.version } }, data }
}

/** ISO 8601 with a real calendar day (Date.parse would take 30 February as 2 March). */
function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)) && Number.isFinite(Date.parse(value))
}

function isApp(value: unknown): value is BackupApp {
  if (!isJsonObject(value)) return false
  const keys = Object.keys(value)
  const short = (entry: unknown) => typeof entry === 'string' && entry.length <= MAX_META_LENGTH
  return keys.length === 2 && short(value.name) && short(value.version)
}

/** What the file says its version is, short enough for a message. */
function describe(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value.slice(0, 20)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  return Array.isArray(value) ? 'array' : typeof value
}

function migrate(data: unknown, from: number, context: MigrationContext, report: ImportReport): unknown {
  let current = data
  for (let version = from; version < BACKUP_FORMAT_VERSION; version++) {
    const step = BACKUP_MIGRATIONS[version]
    if (!step) throw new Error(`No migration from backup format ${version}`)
    current = step(current, context)
  }
  // From format 6 on nothing in the records changes: such a file is read as it was written.
  if (from < BEFORE_LIMITS_FORMAT) report.migrated(from, BACKUP_FORMAT_VERSION)
  return current
}

function restoreData(data: unknown, schemas: RecordSchemas, report: ImportReport, onProgress?: OnProgress): BackupData {
  if (!isJsonObject(data)) fail('invalidStructure', { path: 'data' })
  for (const key of Object.keys(data)) if (key !== 'workshops') fail('invalidStructure', { path: `data.${key.slice(0, MAX_META_LENGTH)}` })
  const entries = data.workshops
  if (!Array.isArray(entries)) fail('invalidStructure', { path: 'data.workshops' })
  if (entries.length > BACKUP_LIMITS.maxWorkshops) fail('tooManyRecords', { kind: 'workshop', max: BACKUP_LIMITS.maxWorkshops })
  const layouts = entries.map((entry, index) => checkLayout(entry, `data.workshops[${index}]`))
  checkUniqueIds(layouts)
  const workshops = layouts
    .map((entry, index) => {
      onProgress?.(index / layouts.length)
      return restoreEntry(entry, schemas, report)
    })
    .filter((entry) => entry !== null)
  if (workshops.length === 0) fail('nothingToImport', {})
  return { workshops }
}

/**
 * Ids are primary keys: two records with one id would silently become one in the database.
 * Checked on the records as the file has them, before any is repaired or left out, so the
 * message names the cause rather than a consequence (such as a version whose `amends` now points
 * at the wrong record).
 */
function checkUniqueIds(entries: readonly RawEntry[]): void {
  const tables: Array<[RecordKind, unknown[]]> = [
    ['workshop', entries.map((entry) => entry.workshop)],
    ['participant', entries.flatMap((entry) => entry.participants)],
    ['item', entries.flatMap((entry) => entry.items)],
    ['slaVersion', entries.flatMap((entry) => entry.slaVersions)],
    ['signature', entries.flatMap((entry) => entry.signatures)],
    ['review', entries.flatMap((entry) => entry.reviews)],
    ['roomAnswer', entries.flatMap((entry) => entry.roomAnswers)]
  ]
  for (const [kind, records] of tables) {
    const seen = new Set<string>()
    for (const record of records) {
      const id = isJsonObject(record) ? record.id : undefined
      if (typeof id !== 'string') continue
      if (seen.has(id)) fail('duplicateId', { kind, id: id.slice(0, BACKUP_LIMITS.maxIdLength) })
      seen.add(id)
    }
  }
}

/**
 * A signed version that does not match its seal (sla-seal.ts) was changed after signing: its
 * content, its signatures, or what was sealed with them. It is imported exactly as it is —
 * repairing it would forge the agreement —, the user is told, and the app shows it as not
 * matching its seal wherever it appears and never exports it as signed. Versions of a file older
 * than seals are sealed by the migration now; the user is told that too, because such a seal
 * says nothing about the file's past.
 */
function checkSeals(workshops: readonly BackupWorkshop[], now: number, report: ImportReport, onProgress?: OnProgress): void {
  let sealedNow = 0
  for (const [index, { workshop, slaVersions, signatures }] of workshops.entries()) {
    onProgress?.(index / workshops.length)
    for (const version of slaVersions) {
      if (version.state === 'draft') continue
      const check = checkSeal(version, signatures.filter((signature) => signature.versionId === version.id))
      if (!check.ok) report.sealBroken(nameInMessage(workshop.title), version.number)
      else if (version.sealedAt === now) sealedNow++
    }
  }
  if (sealedNow > 0) report.sealedOnImport(sealedNow)
}
