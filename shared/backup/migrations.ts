import { stepsOnlyAgenda } from '../domain/agenda'
import { slaDefaultItems, defaultFunnel, defaultGovernance } from '../domain/sla-defaults'
import type { Item, ItemSeed } from '../domain/items'
import { isLanguage } from '../domain/language'
import type { Signatory, Signature, SlaVersion } from '../domain/sla'
import { sealOnUpgrade } from '../domain/sla-seal'
import type { Workshop } from '../domain/workshop'
import { isJsonObject } from './safe-json'
import { BEFORE_LIMITS_SCHEMAS } from './schemas'

/**
 * Pure, append-only migrations of stored records. The Dexie upgrade and the backup import
 * both call these, so an old database and an old backup file travel through the same code.
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

/**
 * Backup format migrations, one per format version: `BACKUP_MIGRATIONS[n]` turns the `data` of a
 * version-n file into version n+1. They run before validation, on data nobody has checked yet,
 * so each one touches only what has the shape it expects and leaves the rest for the validator
 * to refuse.
 */
export interface MigrationContext {
  /** Ids for records a migration adds (step 4's examples). */
  newId: () => string
  /** The time a migration stamps on what it makes now (the seal of an older signed version). */
  now: number
}

export type BackupMigration = (data: unknown, context: MigrationContext) => unknown

/** v1 → v2: every workshop goes through workshopV1toV2, like the v2 database upgrade. */
export function backupDataV1toV2(data: unknown, context: MigrationContext): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  return { ...data, workshops: data.workshops.map((entry) => backupEntryV1toV2(entry, context)) }
}

function backupEntryV1toV2(entry: unknown, context: MigrationContext): unknown {
  if (!isJsonObject(entry)) return entry
  // Format 1 had no SLA versions and no signatures.
  const upgraded = { ...entry, slaVersions: entry.slaVersions ?? [], signatures: entry.signatures ?? [] }
  const old = entry.workshop
  if (!isJsonObject(old) || typeof old.id !== 'string' || !isLanguage(old.language) || !Array.isArray(entry.items)) return upgraded
  // Unchecked yet: workshopV1toV2 reads only `date` and `language` (checked above) and copies the
  // rest, which the validation after the migrations checks field by field.
  const { workshop, newItems } = workshopV1toV2(old as unknown as WorkshopV1)
  return { ...upgraded, workshop, items: [...entry.items, ...stepFourItems(old.id, newItems, entry.items, context.newId)] }
}

/** v2 → v3: quarterly reviews arrive; a version-2 file has none. */
export function backupDataV2toV3(data: unknown): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  const workshops = data.workshops.map((entry) => (isJsonObject(entry) ? { ...entry, reviews: entry.reviews ?? [] } : entry))
  return { ...data, workshops }
}

/** v3 → v4: the agenda arrives; what was planned before had no breaks, so none are invented. */
export function workshopV3toV4(workshop: WorkshopV3): Workshop {
  return { ...workshop, agenda: stepsOnlyAgenda() }
}

/** v3 → v4: every workshop gets its agenda, like the v4 database upgrade. */
export function backupDataV3toV4(data: unknown): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  const workshops = data.workshops.map((entry) => {
    if (!isJsonObject(entry) || !isJsonObject(entry.workshop) || 'agenda' in entry.workshop) return entry
    return { ...entry, workshop: workshopV3toV4(entry.workshop as unknown as WorkshopV3) }
  })
  return { ...data, workshops }
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

/** v4 → v5 of a backup file: every signature gets its signer's name, as the database upgrade does. */
export function backupDataV4toV5(data: unknown): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  return { ...data, workshops: data.workshops.map(backupEntryV4toV5) }
}

function backupEntryV4toV5(entry: unknown): unknown {
  if (!isJsonObject(entry) || !Array.isArray(entry.signatures)) return entry
  const participants = (Array.isArray(entry.participants) ? entry.participants : []).filter(hasIdAndName)
  const versions = Array.isArray(entry.slaVersions) ? entry.slaVersions.filter(isJsonObject) : []
  const signatories = (versionId: unknown) => {
    const content = versions.find((v) => v.id === versionId)?.content
    const list = isJsonObject(content) && isJsonObject(content.parties) ? content.parties.signatories : null
    return Array.isArray(list) ? list.filter((s): s is { participantId: string; name: string } => isJsonObject(s) && typeof s.participantId === 'string' && typeof s.name === 'string') : null
  }
  const signatures = entry.signatures.map((raw) => {
    // Unchecked yet: only a signature with the fields this step reads is touched; the validator judges the rest.
    if (!isJsonObject(raw) || 'signerName' in raw || typeof raw.participantId !== 'string' || typeof raw.name !== 'string') return raw
    return signatureV4toV5(raw as unknown as SignatureV4, signatories(raw.versionId), participants)
  })
  return { ...entry, signatures }
}

function hasIdAndName(value: unknown): value is { id: string; name: string } {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.name === 'string'
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

/** v5 → v6 of a backup file: every version gets its seal, as the database upgrade does. */
export function backupDataV5toV6(data: unknown, context: MigrationContext): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  return { ...data, workshops: data.workshops.map((entry) => backupEntryV5toV6(entry, context.now)) }
}

function backupEntryV5toV6(entry: unknown, now: number): unknown {
  if (!isJsonObject(entry) || !Array.isArray(entry.slaVersions)) return entry
  // Unchecked yet: only records that pass validation (as a version without a seal) are sealed;
  // the rest get an empty seal and the validator judges them.
  const signatures = (Array.isArray(entry.signatures) ? entry.signatures : []).flatMap((raw) => {
    const parsed = BEFORE_LIMITS_SCHEMAS.signature.safeParse(raw)
    return parsed.success ? [parsed.data] : []
  })
  const slaVersions = entry.slaVersions.map((raw) => {
    if (!isJsonObject(raw) || 'seal' in raw || 'sealedAt' in raw) return raw
    const unsealed = { ...raw, seal: null, sealedAt: null }
    const parsed = BEFORE_LIMITS_SCHEMAS.frozenVersion.safeParse(unsealed)
    if (!parsed.success) return unsealed
    return versionV5toV6(parsed.data, signatures.filter((signature) => signature.versionId === parsed.data.id), now)
  })
  return { ...entry, slaVersions }
}

/**
 * v6 → v7: the records stay as they are; a file of format 7 holds its texts to the field limits
 * (file-rules.ts), one of format 6 is checked as it was written.
 */
export function backupDataV6toV7(data: unknown): unknown {
  return data
}

/** Indexed by the version a migration starts from; index 0 is unused. */
export const BACKUP_MIGRATIONS: ReadonlyArray<BackupMigration | null> = [
  null,
  backupDataV1toV2,
  backupDataV2toV3,
  backupDataV3toV4,
  backupDataV4toV5,
  backupDataV5toV6,
  backupDataV6toV7
]
