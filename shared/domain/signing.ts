import { sameName } from './participants'
import type { Signatory, Signature } from './sla'

/**
 * A version is signed when every participant marked as signer has signed the same content, and
 * among them is at least one from marketing and one from sales (SPEC §4 "Signing").
 */
export function requiredSignersComplete(
  signatories: readonly Signatory[],
  validSignatures: readonly Pick<Signature, 'participantId' | 'team'>[]
): boolean {
  const signed = new Set(validSignatures.map((s) => s.participantId))
  const allSigned = signatories.length > 0 && signatories.every((s) => signed.has(s.participantId))
  const teams = new Set(signatories.filter((s) => signed.has(s.participantId)).map((s) => s.team))
  return allSigned && teams.has('marketing') && teams.has('sales')
}

/**
 * A typed signature stands for the signer only if it is their name — case, spacing and the way
 * an umlaut was typed aside ("michael  hoffmann" is Michael Hoffmann; "Michael Hoffman" is not).
 */
export function typedNameMatches(typed: string, signerName: string): boolean {
  return typed.trim() !== '' && sameName(typed, signerName)
}

/** One line of a version's signature list: who signs (as the version froze them) and their signature. */
export interface SignatureRow {
  signatory: Signatory
  signature: Signature | null
}

/**
 * Each signatory's signature, matched by participant: the one given for this fingerprint wins
 * over an outdated one. Signatures of people the list no longer names still show, as the signer
 * was when they signed. `signatories` of a signed version are its frozen content, so deleting or
 * renaming a participant later changes nothing here — on screen and in the document alike.
 */
export function signatureRows(
  signatories: readonly Signatory[],
  signatures: readonly Signature[],
  fingerprint: string | null
): SignatureRow[] {
  const forSignatory = (participantId: string) => {
    const own = signatures.filter((signature) => signature.participantId === participantId)
    return own.find((signature) => signature.fingerprint === fingerprint) ?? own.at(-1) ?? null
  }
  const listed = signatories.map((signatory) => ({ signatory, signature: forSignatory(signatory.participantId) }))
  const listedIds = new Set(signatories.map((signatory) => signatory.participantId))
  const others = signatures
    .filter((signature) => !listedIds.has(signature.participantId))
    .map((signature) => ({ signatory: signerOf(signature), signature }))
  return [...listed, ...others]
}

/** The signer as the signature's snapshot remembers them. */
export function signerOf(signature: Signature): Signatory {
  return { participantId: signature.participantId, name: signature.signerName, role: signature.role, team: signature.team }
}
