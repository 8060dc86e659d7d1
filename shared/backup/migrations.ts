import { isLanguage } from '../domain/language'
import { isJsonObject } from './safe-json'
import { BEFORE_LIMITS_SCHEMAS } from './schemas'
import {
  signatureV4toV5,
  stepFourItems,
  versionV5toV6,
  workshopV1toV2,
  workshopV3toV4,
  type SignatureV4,
  type WorkshopV1,
  type WorkshopV3
} from './record-migrations'

/**
 * Backup format migrations, one per format version, built on the record migrations the database
 * upgrade uses too (record-migrations.ts): `BACKUP_MIGRATIONS[n]` turns the `data` of a
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

/** v3 → v4: every workshop gets its agenda, like the v4 database upgrade. */
export function backupDataV3toV4(data: unknown): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  const workshops = data.workshops.map((entry) => {
    if (!isJsonObject(entry) || !isJsonObject(entry.workshop) || 'agenda' in entry.workshop) return entry
    return { ...entry, workshop: workshopV3toV4(entry.workshop as unknown as WorkshopV3) }
  })
  return { ...data, workshops }
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

/** v7 → v8: the records stay as they are; what a CRM import keeps came as new optional fields. */
export function backupDataV7toV8(data: unknown): unknown {
  return data
}

/** v8 → v9: room mode's answers arrive; a file of format 8 has none. */
export function backupDataV8toV9(data: unknown): unknown {
  if (!isJsonObject(data) || !Array.isArray(data.workshops)) return data
  const workshops = data.workshops.map((entry) => (isJsonObject(entry) ? { ...entry, roomAnswers: entry.roomAnswers ?? [] } : entry))
  return { ...data, workshops }
}

/** Indexed by the version a migration starts from; index 0 is unused. */
export const BACKUP_MIGRATIONS: ReadonlyArray<BackupMigration | null> = [
  null,
  backupDataV1toV2,
  backupDataV2toV3,
  backupDataV3toV4,
  backupDataV4toV5,
  backupDataV5toV6,
  backupDataV6toV7,
  backupDataV7toV8,
  backupDataV8toV9
]
