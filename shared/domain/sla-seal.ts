import { decodeBase64 } from './base64'
import { sha256Hex } from './sha256'
import { requiredSignersComplete } from './signing'
import type { OpenItem, Signature, SlaContent, SlaVersion } from './sla'
import { canonicalJson, contentFingerprint } from './sla-fingerprint'

/**
 * The seal of a signed SLA version (issue 12 §1): SHA-256 over the canonical JSON (RFC 8785, as
 * the fingerprint) of everything that was signed —
 *
 *   { seal: 1, number, signedAt, openItems, content: <fingerprint of the content>,
 *     signatures: [{ signerName, role, team, name, place, signedAt, method, fingerprint, image }] }
 *
 * where `image` is the SHA-256 of a drawn signature's PNG bytes (the bytes the Word file embeds).
 * The content enters through its fingerprint, itself the SHA-256 of the content's canonical JSON:
 * a changed content changes the fingerprint and with it the seal. Ids stay out, as in the
 * fingerprint, so a copy restored elsewhere keeps its seal.
 *
 * The fingerprint names the content the room signed (signatures carry it while they are given);
 * the seal names the signed version as a whole and is what a signed version is checked by.
 *
 * A seal is a hash, not a secret: whoever changes a record and recomputes the seal makes a record
 * that agrees with itself. What it gives is that no signed fact changes unseen against a copy
 * kept elsewhere — the paper signed by hand (the full seal is printed on its signature page),
 * the file on another laptop, or this laptop's own records.
 */
export const SEAL_FORMAT = 1

/** The facts of a version the seal covers besides its signatures. */
export interface SealFacts {
  number: number
  signedAt: number | null
  /** The fingerprint of the content. */
  fingerprint: string
  openItems: readonly OpenItem[]
}

/** A signature as the seal sees it: everything but its ids (participantId only to match the signatories). */
export type SealedSignature = Pick<Signature, 'participantId' | 'name' | 'signerName' | 'role' | 'team' | 'place' | 'signedAt' | 'method' | 'fingerprint' | 'image'>

const PNG_DATA_URL = /^data:image\/png;base64,/i

/** SHA-256 of a drawn signature's PNG bytes (of the text itself when it is no PNG data URL); null when typed. */
export function imageDigest(image: string | null): string | null {
  if (image === null) return null
  const bytes = PNG_DATA_URL.test(image) ? decodeBase64(image.replace(PNG_DATA_URL, '')) : null
  return sha256Hex(bytes ?? image)
}

/** The signatures a signed version consists of: those given for its content. */
export function boundSignatures<T extends Pick<Signature, 'fingerprint'>>(fingerprint: string | null, signatures: readonly T[]): T[] {
  return fingerprint === null ? [] : signatures.filter((signature) => signature.fingerprint === fingerprint)
}

function sealedSignature(signature: SealedSignature) {
  const { name, signerName, role, team, place, signedAt, method, fingerprint, image } = signature
  return { name, signerName, role, team, place, signedAt, method, fingerprint, image: imageDigest(image) }
}

/** The canonical JSON the seal hashes; signatures in a fixed order, whatever order they were stored in. */
export function canonicalSealJson(facts: SealFacts, signatures: readonly SealedSignature[]): string {
  const sorted = signatures.map((signature) => canonicalJson(sealedSignature(signature))).sort()
  return canonicalJson({
    seal: SEAL_FORMAT,
    number: facts.number,
    signedAt: facts.signedAt,
    openItems: facts.openItems,
    content: facts.fingerprint,
    signatures: sorted.map((json) => JSON.parse(json) as unknown)
  })
}

export function sealOf(facts: SealFacts, signatures: readonly SealedSignature[]): string {
  return sha256Hex(canonicalSealJson(facts, signatures))
}

/**
 * What is wrong with a signed version, if anything:
 * - contentChanged: the content no longer gives the fingerprint it was signed with;
 * - signaturesMissing: fewer signatures for this content than the signing rule requires;
 * - noSeal: the version carries no seal (it could not be sealed when the app was updated,
 *   because its content or signatures were already wrong then);
 * - sealMismatch: number, signing time, open items, content or any signature differ from what
 *   was sealed.
 */
export type SealProblem = 'contentChanged' | 'signaturesMissing' | 'noSeal' | 'sealMismatch'

export interface SealCheck {
  ok: boolean
  problems: SealProblem[]
}

export type CheckableVersion = Pick<SlaVersion, 'number' | 'state' | 'signedAt' | 'fingerprint' | 'openItems' | 'content' | 'seal'>

/** The content's fingerprint when the caller has computed it already (a large SLA's takes a while). */
type KnownFingerprint = (content: SlaContent) => string

function contentProblems(version: CheckableVersion, signatures: readonly SealedSignature[], fingerprintOf: KnownFingerprint): SealProblem[] {
  const problems: SealProblem[] = []
  if (!version.content || !version.fingerprint || fingerprintOf(version.content) !== version.fingerprint) problems.push('contentChanged')
  const bound = boundSignatures(version.fingerprint, signatures)
  if (!version.content || !requiredSignersComplete(version.content.parties.signatories, bound)) problems.push('signaturesMissing')
  return problems
}

function factsOf(version: CheckableVersion): SealFacts {
  return { number: version.number, signedAt: version.signedAt, fingerprint: version.fingerprint ?? '', openItems: version.openItems }
}

/**
 * Checks a signed (or superseded) version against its seal, with the signatures stored for it
 * (`signatures`: those of this version; ones given for other content are not part of it). A
 * draft has nothing sealed and always passes.
 */
export function checkSeal(version: CheckableVersion, signatures: readonly SealedSignature[], fingerprintOf: KnownFingerprint = contentFingerprint): SealCheck {
  if (version.state === 'draft') return { ok: true, problems: [] }
  const problems = contentProblems(version, signatures, fingerprintOf)
  if (version.seal === null) problems.push('noSeal')
  else if (sealOf(factsOf(version), boundSignatures(version.fingerprint, signatures)) !== version.seal) problems.push('sealMismatch')
  return { ok: problems.length === 0, problems }
}

/**
 * The seal for a version signed before seals existed, made when the app (or a backup file) is
 * brought up to date — only for a version that still passes the checks of its time (content
 * matches its fingerprint, the required signatures are there). It proves nothing about what
 * happened before that moment; the app says so wherever it shows such a version.
 */
export function sealOnUpgrade(
  version: CheckableVersion,
  signatures: readonly SealedSignature[],
  now: number
): Pick<SlaVersion, 'seal' | 'sealedAt'> {
  if (version.state === 'draft' || contentProblems(version, signatures, contentFingerprint).length > 0) return { seal: null, sealedAt: null }
  return { seal: sealOf(factsOf(version), boundSignatures(version.fingerprint, signatures)), sealedAt: now }
}

/** Sealed when it was signed, or later (by an update of the app, or when a backup was restored). */
export function sealedLater(version: Pick<SlaVersion, 'signedAt' | 'sealedAt'>): boolean {
  return version.sealedAt !== null && version.sealedAt !== version.signedAt
}

/** The full seal for reading aloud: 16 groups of four, upper case, in two lines of eight. */
export function sealGroups(seal: string): [string, string] {
  const groups = seal.toUpperCase().match(/.{1,4}/g) ?? []
  return [groups.slice(0, 8).join(' '), groups.slice(8).join(' ')]
}
