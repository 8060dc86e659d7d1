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
