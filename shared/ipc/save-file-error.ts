import type { SaveFileError } from './contract'

/**
 * Why a write failed, from the error Node's file system gives (its `code`), as the contract's
 * SaveFileError. Main answers with it instead of the operating system's English text; the
 * renderer words it for the person. Pure, so both sides' tests can follow a code all the way.
 */
const WRITE_ERRORS: Readonly<Record<string, SaveFileError>> = {
  ENOENT: 'folderMissing',
  ENOTDIR: 'folderMissing',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'noPermission',
  EISDIR: 'noPermission',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EFBIG: 'diskFull',
  EBUSY: 'fileInUse',
  ETXTBSY: 'fileInUse'
}

export function saveFileError(error: unknown): SaveFileError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return (typeof code === 'string' && Object.hasOwn(WRITE_ERRORS, code) ? WRITE_ERRORS[code] : undefined) ?? 'unknown'
}
