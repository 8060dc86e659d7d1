import type { Signature, SlaVersion } from '../../domain/sla'
import { boundSignatures, checkSeal, sealOf } from '../../domain/sla-seal'
import type { SlaDocxData } from './sla-data-schema'

/**
 * A file that agrees with itself may still be a forgery: whoever changes its data, its text and
 * its seal alike makes a file that agrees with itself. What tells it apart is a copy kept
 * elsewhere (issue 12 §1): the seal printed on the paper signed by hand, and this laptop's own
 * records of the version. Both comparisons are pure; the dialog runs them.
 */

/** The seal of what the file's data says was signed, computed anew (not the seal the file claims). */
export function sealOfFile(data: SlaDocxData): string | null {
  const { version } = data
  if (version.state === 'draft' || version.fingerprint === null) return null
  return sealOf({ ...version, fingerprint: version.fingerprint }, boundSignatures(version.fingerprint, data.signatures))
}

/** Fewer digits than the short fingerprint on every page could match by chance. */
export const MIN_PAPER_DIGITS = 16

export type PaperComparison =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'tooShort' }
  /** The typed digits begin the file's seal: this is the version signed on paper. */
  | { kind: 'matchesSeal'; digits: number }
  /** They begin the content's fingerprint (the footer of any copy): the content is the same, the signatures are not covered. */
  | { kind: 'matchesFingerprint'; digits: number }
  | { kind: 'noMatch' }

/** Compares what someone typed from the paper copy with the file; spaces, dashes and case do not matter. */
export function compareWithPaper(typed: string, data: SlaDocxData): PaperComparison {
  const digits = typed.replace(/[\s\-–·.:]/g, '').toLowerCase()
  if (digits === '') return { kind: 'empty' }
  if (!/^[0-9a-f]+$/.test(digits) || digits.length > 64) return { kind: 'invalid' }
  if (digits.length < MIN_PAPER_DIGITS) return { kind: 'tooShort' }
  const seal = sealOfFile(data)
  if (seal?.startsWith(digits) && data.version.seal === seal) return { kind: 'matchesSeal', digits: digits.length }
  if (data.version.fingerprint?.startsWith(digits)) return { kind: 'matchesFingerprint', digits: digits.length }
  return { kind: 'noMatch' }
}

/** One of this laptop's versions with its signatures. */
export interface RecordedVersion {
  version: SlaVersion
  signatures: Signature[]
}

export type RecordsComparison =
  /** This laptop holds no signed version the file could be. */
  | { kind: 'none' }
  /** Exactly the signed facts of the version kept here. */
  | { kind: 'matches'; number: number; signedAt: number | null }
  /** The version kept here (same id, or same workshop and number) differs from the file. */
  | { kind: 'differs'; number: number; signedAt: number | null }
  /** The version kept here does not match its own seal, so it vouches for nothing. */
  | { kind: 'recordBroken'; number: number }

/**
 * Compares the file with the signed versions this laptop holds: the one with the file's version
 * id, the same workshop and number, or the same seal. The file's seal is computed from its data,
 * so a file that only claims a recorded seal does not match.
 */
export function compareWithRecords(data: SlaDocxData, records: readonly RecordedVersion[]): RecordsComparison {
  const seal = sealOfFile(data)
  if (seal === null) return { kind: 'none' }
  const ids = new Set(data.signatures.map((signature) => signature.versionId))
  const workshops = new Set(data.signatures.map((signature) => signature.workshopId))
  const frozen = records.filter(({ version }) => version.state !== 'draft')
  const candidate =
    frozen.find(({ version }) => version.seal === seal) ??
    frozen.find(({ version }) => ids.has(version.id)) ??
    frozen.find(({ version }) => workshops.has(version.workshopId) && version.number === data.version.number)
  if (!candidate) return { kind: 'none' }
  const { version, signatures } = candidate
  if (!checkSeal(version, signatures).ok) return { kind: 'recordBroken', number: version.number }
  return { kind: version.seal === seal ? 'matches' : 'differs', number: version.number, signedAt: version.signedAt }
}
