import type { TFunction } from 'i18next'
import type { BackupError, RecordKind } from '../../shared/backup/problems'
import type { SaveFileError } from '../../shared/ipc/contract'
import { classifySaveError } from '../save/save-problem'

/**
 * The one place where a failure becomes a sentence in the person's language (STYLE: errors never
 * only reach the console). Every handler that catches an error hands it here and shows the
 * result where the person acted — in the dialog, the panel or the notice bar.
 *
 * Errors are recognised by their `name`, as save-problem.ts does, so this module needs none of
 * the repositories' classes: importing them would pull the lazily loaded backup and signing code
 * into the first bundle. Their fields are declared here as the classes define them.
 *
 * Whatever is not recognised becomes the `fallback` of the place it happened (e.g. "the file
 * could not be created"), never the error's own text, which is English and technical.
 */

/** The file the person picked could not be opened: too large for its purpose, or unreadable. */
export class FileOpenFailure extends Error {
  constructor(
    readonly reason: 'tooLarge' | 'unreadable',
    readonly purpose: 'backup' | 'sla',
    readonly size = 0
  ) {
    super(`The file could not be opened: ${reason}`)
    this.name = 'FileOpenFailure'
  }
}

/** A backup the import refused, with the code parse-backup gave (shared/backup/problems.ts). */
export class BackupRefused extends Error {
  constructor(readonly problem: BackupError) {
    super(`Backup refused: ${problem.code}`)
    this.name = 'BackupRefused'
  }
}

/** The background reader of a file stopped working (it crashed, or could not start). */
export class FileReaderFailure extends Error {
  constructor(cause?: unknown) {
    super('The file reader stopped', { cause })
    this.name = 'FileReaderFailure'
  }
}

/** Keys of the messages a place may fall back to. */
export type FailureFallback =
  | 'errors.unhandled'
  | 'failures.exportFailed'
  | 'failures.signingFailed'
  | 'failures.undoFailed'
  | 'failures.redoFailed'
  | 'failures.openSlaFailed'
  | 'restorePlan.failed'

type Named<N extends string, Fields> = { name: N } & Fields

/** The domain errors of the repositories, by name and fields (renderer/db). */
type KnownError =
  | Named<'ContentChangedError', object>
  | Named<'TypedNameMismatchError', { signerName: string }>
  | Named<'UndoRefusedError', { reason: 'signed' | 'changed'; direction: 'undo' | 'redo' }>
  | Named<'ReplaceConflictError', { workshopTitle: string }>
  | Named<'FileSaveFailure', { reason: SaveFileError; fileName: string }>
  | Named<'FileOpenFailure', { reason: 'tooLarge' | 'unreadable'; purpose: 'backup' | 'sla'; size: number }>
  | Named<'BackupRefused', { problem: BackupError }>
  | Named<'FileReaderFailure', object>
  | Named<'SealBrokenError', { versionNumber: number }>

const KNOWN_NAMES: ReadonlySet<string> = new Set<KnownError['name']>([
  'ContentChangedError',
  'TypedNameMismatchError',
  'UndoRefusedError',
  'ReplaceConflictError',
  'FileSaveFailure',
  'FileOpenFailure',
  'BackupRefused',
  'FileReaderFailure',
  'SealBrokenError'
])

function known(error: unknown): KnownError | null {
  if (typeof error !== 'object' || error === null) return null
  const name = (error as { name?: unknown }).name
  return typeof name === 'string' && KNOWN_NAMES.has(name) ? (error as KnownError) : null
}

const MEGABYTE = 1_000_000

/** A backup problem's sentence; the kind of record it names is translated too. */
export function backupProblemText(t: TFunction, key: string, params: Record<string, unknown>): string {
  const words: Record<string, unknown> = { ...params }
  if (typeof params.kind === 'string') words.kind = t(`restore.kinds.${params.kind as RecordKind}`)
  return t(key as never, words)
}

function knownMessage(t: TFunction, error: KnownError): string {
  switch (error.name) {
    case 'ContentChangedError':
      return t('sla.signing.changed')
    case 'TypedNameMismatchError':
      return t('signedSla.typedNotName', { name: error.signerName })
    case 'UndoRefusedError':
      return t(`signedSla.${error.direction}${error.reason === 'signed' ? 'Signed' : 'Changed'}`)
    case 'ReplaceConflictError':
      return t('restorePlan.conflict', { title: error.workshopTitle })
    case 'FileSaveFailure':
      return t(`failures.save.${error.reason}`, { name: error.fileName })
    case 'FileOpenFailure':
      if (error.reason === 'unreadable') return t('restore.unreadable')
      return error.purpose === 'sla' ? t('openSla.tooLarge') : t('restore.tooLarge', { size: Math.round(error.size / MEGABYTE) })
    case 'BackupRefused':
      return backupProblemText(t, `restore.errors.${error.problem.code}`, error.problem.params)
    case 'FileReaderFailure':
      return t('failures.readerFailed')
    case 'SealBrokenError':
      return t('failures.sealBroken', { number: error.versionNumber })
  }
}

/** The failure in the person's language: what happened and what to do. */
export function failureMessage(t: TFunction, error: unknown, fallback: FailureFallback = 'errors.unhandled'): string {
  const recognised = known(error)
  if (recognised) return knownMessage(t, recognised)
  // What the database refused, told by its reason (full, unavailable, signed) where there is one.
  switch (classifySaveError(error)) {
    case 'storageFull':
      return t('failures.storageFull')
    case 'storageUnavailable':
      return t('errors.storageUnavailable')
    case 'signed':
      return t('save.problem.signed')
    case 'unknown':
      return t(fallback)
  }
}
