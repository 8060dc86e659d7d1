import { stepsOnlyAgenda } from '../domain/agenda'
import { slaDefaultItems, defaultFunnel, defaultGovernance } from '../domain/sla-defaults'
import type { Item, ItemSeed } from '../domain/items'
import type { Signatory, Signature, SlaVersion } from '../domain/sla'
import { sealOnUpgrade } from '../domain/sla-seal'
import type { Workshop } from '../domain/workshop'
import { isJsonObject } from './safe-json'

/**
 * Pure, append-only migrations of stored records. The Dexie upgrade and the backup import
 * both call these, so an old database and an old backup file travel through the same code.
 * They need no validation library, so the database (opened with the first page) does not load
 * the backup file's schemas (migrations.ts).
 */

/** A workshop as schema version 1 stored it (before step 4 existed). */
export type WorkshopV1 = Omit<WorkshopV3, 'currency' | 'funnel' | 'governance'>

/** A workshop as schema versions 2 and 3 stored it (before the agenda). */
export type WorkshopV3 = Omit<Workshop, 'agenda'>


/** v1 → v2: step 4 arrives — currency, calculator inputs, governance and step 4's examples. */
export function workshopV1toV2(workshop: WorkshopV1): { workshop: WorkshopV3; newItems: ItemSeed[] } {
  return {
    workshop: {
      ...workshop,
      currency: 'EUR',
      funnel: defaultFunnel(),
      governance: defaultGovernance(workshop.date, workshop.language)
    },
    newItems: slaDefaultItems(workshop.language, 'v2')
  }
}

/**
 * Step 4's example items for a workshop upgraded to v2, each with a new id, appended after the
 * workshop's existing items in the order the examples come. The Dexie upgrade of schema v2 does
 * the same (renderer/db/db.ts); it can call this function with its own records.
 */
export function stepFourItems(
  workshopId: string,
  seeds: readonly ItemSeed[],
  existingItems: readonly unknown[],
  newId: () => string
): Item[] {
  let order = existingItems.reduce<number>((max, item) => Math.max(max, orderOf(item)), 0)
  // Every seed is a complete set of fields of its list; the spread cannot show that to TypeScript.
  return seeds.map((seed) => ({ ...seed, id: newId(), workshopId, order: ++order, status: 'proposed' }) as Item)
}

function orderOf(item: unknown): number {
  return isJsonObject(item) && typeof item.order === 'number' && Number.isFinite(item.order) ? item.order : 0
}

/** v3 → v4: the agenda arrives; what was planned before had no breaks, so none are invented. */
export function workshopV3toV4(workshop: WorkshopV3): Workshop {
  return { ...workshop, agenda: stepsOnlyAgenda() }
}

/** A signature as schema and format 4 stored it: without the signer's name of its own. */
export type SignatureV4 = Omit<Signature, 'signerName'>

/**
 * v4 → v5: a signature keeps the signer's name (role and team it always kept). The best witness
 * is the version's frozen signatory list — the name when the version was signed —, then the
 * participant as the workshop has them now, then the name that was signed.
 */
export function signatureV4toV5(
  signature: SignatureV4,
  frozenSignatories: readonly Pick<Signatory, 'participantId' | 'name'>[] | null,
  participants: readonly { id: string; name: string }[]
): Signature {
  const frozen = frozenSignatories?.find((s) => s.participantId === signature.participantId)?.name
  const current = participants.find((p) => p.id === signature.participantId)?.name
  return { ...signature, signerName: frozen ?? current ?? signature.name }
}

/** An SLA version as schema and format 5 stored it: without a seal. */
export type SlaVersionV5 = Omit<SlaVersion, 'seal' | 'sealedAt'>

/**
 * v5 → v6: a signed or superseded version gets its seal (sla-seal.ts), made now from what is
 * stored — if its content still gives its fingerprint and the required signatures are there;
 * otherwise it stays without one and the app shows that it does not match its seal. A seal made
 * now vouches for the version from now on, not for what happened to it before; the app says so.
 * `signatures`: the stored signatures of this version.
 */
export function versionV5toV6(version: SlaVersionV5, signatures: readonly Signature[], now: number): SlaVersion {
  return { ...version, ...sealOnUpgrade({ ...version, seal: null }, signatures, now) }
}
