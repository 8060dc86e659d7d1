/**
 * What the import tells the user, as codes with parameters: the UI turns each into a sentence in
 * German or English (STYLE "Errors that only reach the console" — never). Each code carries a
 * short English explanation for whoever writes those sentences.
 */

/** The kinds of record a backup holds, one per database table. */
export type RecordKind = 'workshop' | 'participant' | 'item' | 'slaVersion' | 'signature' | 'review' | 'roomAnswer'

export interface BackupErrorParams {
  /** The file's bytes are not UTF-8 text (an image, a zip, a Word file …). */
  notText: Record<string, never>
  /** The file is larger than the import accepts. `maxMegabytes`: the cap. */
  tooLarge: { maxMegabytes: number }
  /** The text is not valid JSON (truncated, edited by hand, not a backup at all). */
  invalidJson: Record<string, never>
  /** Brackets nest deeper than any backup does — a crafted file. `maxDepth`: the cap. */
  tooDeep: { maxDepth: number }
  /** A list or object holds more entries than any backup's longest list may — a crafted file. `max`: the cap. */
  tooManyEntries: { max: number }
  /** The file contains a property name used to attack JavaScript objects. `key`: the name. */
  unsafeKey: { key: string }
  /** JSON, but not a Smarketing Studio backup (the `type` marker is missing or different). */
  notABackup: Record<string, never>
  /** The format version is not a positive whole number. `version`: what the file says. */
  invalidVersion: { version: string }
  /** Made by a newer version of the app; update the app to open it. */
  newerVersion: { version: number; supported: number }
  /** The file's header is damaged. `field`: `exportedAt`, `app`, `data` or an unknown field name. */
  invalidWrapper: { field: string }
  /** The list of workshops or the records of one workshop are not laid out as a backup lays them out. `path`: where, e.g. `data.workshops[2].items`. */
  invalidStructure: { path: string }
  /** More records of one kind than the import accepts. `kind`: RecordKind; `max`: the cap. */
  tooManyRecords: { kind: RecordKind; max: number }
  /** Two records of one kind share an id, so one would overwrite the other. `kind`, `id`. */
  duplicateId: { kind: RecordKind; id: string }
  /** A workshop has two SLA versions with the same number. `workshop`: its title; `number`. */
  duplicateVersionNumber: { workshop: string; number: number }
  /**
   * A signed (or superseded) SLA version or one of its signatures is damaged. Signed versions are
   * never repaired or left out, so the file is refused. `workshop`: title; `number`: version.
   */
  invalidSignedVersion: { workshop: string; number: number }
  /** A workshop has more than one signed SLA version in force at a time (one must be superseded). `workshop`: title. */
  twoSignedVersions: { workshop: string }
  /** A workshop's SLA versions amend each other in a circle (version 2 amends 3, which amends 2). `workshop`: title; `number`: a version in the circle. */
  amendsLoop: { workshop: string; number: number }
  /** After leaving out what could not be restored, no workshop is left to import. */
  nothingToImport: Record<string, never>
  /** A fault in the app itself while reading the file; nothing was changed. */
  unexpected: Record<string, never>
}

export type BackupErrorCode = keyof BackupErrorParams
export type BackupError = { [C in BackupErrorCode]: { code: C; params: BackupErrorParams[C] } }[BackupErrorCode]

export interface BackupWarningParams {
  /** The file was made by an older version of the app and was brought up to date (e.g. step 4's examples were added). `from`, `to`: format versions. */
  migrated: { from: number; to: number }
  /** `count` records of `kind` missed fields that were filled with defaults. `fields`: the field names, comma-separated. */
  recordsRepaired: { kind: RecordKind; count: number; fields: string }
  /** `count` records of `kind` were damaged beyond repair and left out (a left-out workshop takes its participants, items, versions and signatures with it). */
  recordsDropped: { kind: RecordKind; count: number }
  /** `count` records of `kind` belong to a workshop or SLA version that is not in the file (a signature of a missing version, a review of a version that is not signed) and were left out. */
  orphansDropped: { kind: RecordKind; count: number }
  /** A signed SLA version no longer matches its seal: its content, its signatures or what was sealed with them were changed after signing. It is imported unchanged so it can be inspected, shown as not matching its seal and never exported as signed. `workshop`: title; `number`: version. */
  sealBroken: { workshop: string; number: number }
  /** The file is older than seals: `count` signed versions were sealed now, as they are; the seal vouches for them from now on, not for their past. */
  sealedOnImport: { count: number }
}

export type BackupWarningCode = keyof BackupWarningParams
export type BackupWarning = { [C in BackupWarningCode]: { code: C; params: BackupWarningParams[C] } }[BackupWarningCode]

/** Every code once; a Record keyed by the code type makes a forgotten code a compile error. */
const ERROR_CODES: Record<BackupErrorCode, true> = {
  notText: true,
  tooLarge: true,
  invalidJson: true,
  tooDeep: true,
  tooManyEntries: true,
  unsafeKey: true,
  notABackup: true,
  invalidVersion: true,
  newerVersion: true,
  invalidWrapper: true,
  invalidStructure: true,
  tooManyRecords: true,
  duplicateId: true,
  duplicateVersionNumber: true,
  invalidSignedVersion: true,
  twoSignedVersions: true,
  amendsLoop: true,
  nothingToImport: true,
  unexpected: true
}
const WARNING_CODES: Record<BackupWarningCode, true> = {
  migrated: true,
  recordsRepaired: true,
  recordsDropped: true,
  orphansDropped: true,
  sealBroken: true,
  sealedOnImport: true
}

export const BACKUP_ERROR_CODES = Object.keys(ERROR_CODES) as BackupErrorCode[]
export const BACKUP_WARNING_CODES = Object.keys(WARNING_CODES) as BackupWarningCode[]

const MAX_NAME_IN_MESSAGE = 80

/** A workshop title as a message names it: a 200,000-character title must not fill the dialog. */
export function nameInMessage(text: string): string {
  const chars = Array.from(text.trim())
  return chars.length > MAX_NAME_IN_MESSAGE ? `${chars.slice(0, MAX_NAME_IN_MESSAGE - 1).join('')}…` : chars.join('')
}

export function backupError<C extends BackupErrorCode>(code: C, params: BackupErrorParams[C]): BackupError {
  // The mapped union cannot be narrowed from a generic code; code and params match by construction.
  return { code, params } as BackupError
}

/**
 * Thrown inside the import pipeline to stop at the first fatal problem; parseBackup turns it
 * into `{ ok: false, error }`, so it never reaches a caller.
 */
export class BackupFailure extends Error {
  constructor(readonly problem: BackupError) {
    super(`Backup rejected: ${problem.code}`)
    this.name = 'BackupFailure'
  }
}

export function fail<C extends BackupErrorCode>(code: C, params: BackupErrorParams[C]): never {
  throw new BackupFailure(backupError(code, params))
}
