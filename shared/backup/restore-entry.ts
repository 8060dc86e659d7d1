import type { z } from 'zod'
import type { Item } from '../domain/items'
import type { Review } from '../domain/review'
import type { RoomCard, RoomRecord } from '../domain/room-records'
import type { Signature, SlaVersion } from '../domain/sla'
import type { Participant, Workshop } from '../domain/workshop'
import type { BackupWorkshop } from './format'
import type { ImportReport } from './import-report'
import { BACKUP_LIMITS } from './limits'
import { fail, nameInMessage, type RecordKind } from './problems'
import { draftVersionDefaults, itemDefaults, participantDefaults, reviewDefaults, workshopDefaults } from './record-defaults'
import { restoreRecord } from './restore-record'
import { isJsonObject } from './safe-json'
import type { RecordSchemas } from './schemas'

/**
 * One workshop of the file with everything in it, validated record by record. Repairable
 * records are repaired, the rest left out and counted in the report; a damaged signed SLA
 * version stops the whole import (BackupFailure), because a signed agreement is never altered
 * and never silently lost.
 */

const RECORD_LISTS = {
  participants: { kind: 'participant', max: BACKUP_LIMITS.maxParticipants },
  items: { kind: 'item', max: BACKUP_LIMITS.maxItems },
  slaVersions: { kind: 'slaVersion', max: BACKUP_LIMITS.maxSlaVersions },
  signatures: { kind: 'signature', max: BACKUP_LIMITS.maxSignatures },
  reviews: { kind: 'review', max: BACKUP_LIMITS.maxReviews },
  roomAnswers: { kind: 'roomAnswer', max: BACKUP_LIMITS.maxRoomAnswers }
} as const satisfies Record<string, { kind: RecordKind; max: number }>

type ListKey = keyof typeof RECORD_LISTS
/** One workshop of the file whose layout is checked; its records are not yet. */
export type RawEntry = { workshop: unknown } & Record<ListKey, unknown[]>

/** The entry's layout: exactly the workshop and its record lists, each an array within its cap. */
export function checkLayout(raw: unknown, path: string): RawEntry {
  if (!isJsonObject(raw)) return fail('invalidStructure', { path })
  for (const key of Object.keys(raw)) {
    if (key !== 'workshop' && !Object.hasOwn(RECORD_LISTS, key)) fail('invalidStructure', { path: `${path}.${key.slice(0, 100)}` })
  }
  for (const [key, { kind, max }] of Object.entries(RECORD_LISTS)) {
    const records = raw[key]
    if (!Array.isArray(records)) fail('invalidStructure', { path: `${path}.${key}` })
    if (records.length > max) fail('tooManyRecords', { kind, max })
  }
  // Checked key by key just above.
  return raw as RawEntry
}

/** `schemas`: what the file's format holds its records to (format.ts rulesOfFormat). */
export function restoreEntry(entry: RawEntry, schemas: RecordSchemas, report: ImportReport): BackupWorkshop | null {
  const restored = restoreRecord(entry.workshop, schemas.workshop, isJsonObject(entry.workshop) ? workshopDefaults(entry.workshop) : null)
  if (restored.status === 'invalid') {
    report.droppedRecord('workshop')
    return null
  }
  if (restored.status === 'repaired') report.repairedRecord('workshop', restored.fields)
  const workshop = restored.value
  const participants = restoreChildren(entry.participants, 'participant', schemas.participant, workshop.id, report, (_raw, position) =>
    participantDefaults(position)
  )
  const items = restoreChildren<Item>(entry.items, 'item', schemas.item, workshop.id, report, itemDefaults)
  const slaVersions = restoreVersions(entry.slaVersions, workshop, schemas, report)
  const signatures = restoreSignatures(entry.signatures, workshop, slaVersions, schemas.signature, report)
  const reviews = restoreReviews(entry.reviews, workshop, slaVersions, schemas.review, report)
  const roomAnswers = restoreRoomAnswers(entry.roomAnswers, workshop, items, schemas.roomRecord, report)
  return { workshop, participants, items, slaVersions, signatures, reviews, roomAnswers }
}

function restoreChildren<T extends Participant | Item | Review | RoomRecord>(
  records: readonly unknown[],
  kind: RecordKind,
  schema: z.ZodType<T>,
  workshopId: string,
  report: ImportReport,
  defaultsFor: (raw: Record<string, unknown>, position: number) => Record<string, unknown> | null
): T[] {
  const kept: T[] = []
  records.forEach((raw, position) => {
    const restored = restoreRecord(raw, schema, isJsonObject(raw) ? defaultsFor(raw, position) : null)
    if (restored.status === 'invalid') return report.droppedRecord(kind)
    if (restored.value.workshopId !== workshopId) return report.orphanedRecord(kind)
    if (restored.status === 'repaired') report.repairedRecord(kind, restored.fields)
    kept.push(restored.value)
  })
  return kept
}

/** Signed, superseded, or carrying frozen content: either way, part of what was signed. */
function looksFrozen(raw: unknown): boolean {
  if (!isJsonObject(raw)) return false
  const frozenState = raw.state === 'signed' || raw.state === 'superseded'
  return frozenState || (raw.content !== null && raw.content !== undefined) || typeof raw.fingerprint === 'string'
}

function versionNumberOf(raw: unknown): number {
  return isJsonObject(raw) && typeof raw.number === 'number' && Number.isFinite(raw.number) ? raw.number : 0
}

interface VersionOutcome {
  version: SlaVersion
  fields: string[]
}

function restoreVersion(raw: unknown, workshop: Workshop, schemas: RecordSchemas, report: ImportReport): VersionOutcome | null {
  if (looksFrozen(raw)) {
    const parsed = schemas.frozenVersion.safeParse(raw)
    if (!parsed.success) return fail('invalidSignedVersion', { workshop: nameInMessage(workshop.title), number: versionNumberOf(raw) })
    return { version: parsed.data, fields: [] }
  }
  const isDraft = isJsonObject(raw) && raw.state === 'draft'
  const restored = restoreRecord(raw, schemas.draftVersion, isDraft ? draftVersionDefaults() : null)
  if (restored.status === 'invalid') {
    report.droppedRecord('slaVersion')
    return null
  }
  return { version: restored.value, fields: restored.status === 'repaired' ? restored.fields : [] }
}

function restoreVersions(records: readonly unknown[], workshop: Workshop, schemas: RecordSchemas, report: ImportReport): SlaVersion[] {
  const outcomes: VersionOutcome[] = []
  for (const raw of records) {
    const outcome = restoreVersion(raw, workshop, schemas, report)
    if (!outcome) continue
    if (outcome.version.workshopId !== workshop.id) {
      report.orphanedRecord('slaVersion')
      continue
    }
    outcomes.push(outcome)
  }
  checkVersionNumbers(outcomes.map((o) => o.version), workshop)
  const ids = new Set(outcomes.map((o) => o.version.id))
  const restored = outcomes.map(({ version, fields }) => {
    const amendsMissing = version.amends !== null && !ids.has(version.amends)
    if (amendsMissing && version.state !== 'draft') fail('invalidSignedVersion', { workshop: nameInMessage(workshop.title), number: version.number })
    // A draft that amends a version not in the file simply starts a new line of versions.
    const repaired = amendsMissing ? { ...version, amends: null } : version
    const allFields = amendsMissing ? [...fields, 'amends'] : fields
    if (allFields.length > 0) report.repairedRecord('slaVersion', allFields)
    return repaired
  })
  checkVersionChain(restored, workshop)
  return restored
}

/**
 * One signed version in force at a time, and amendments that lead back to a first version: two
 * signed versions, or versions amending each other in a circle, cannot come from the app.
 */
function checkVersionChain(versions: readonly SlaVersion[], workshop: Workshop): void {
  if (versions.filter((version) => version.state === 'signed').length > 1) fail('twoSignedVersions', { workshop: nameInMessage(workshop.title) })
  const byId = new Map(versions.map((version) => [version.id, version]))
  for (const start of versions) {
    const seen = new Set<string>()
    for (let at: SlaVersion | undefined = start; at; at = at.amends === null ? undefined : byId.get(at.amends)) {
      if (seen.has(at.id)) fail('amendsLoop', { workshop: nameInMessage(workshop.title), number: at.number })
      seen.add(at.id)
    }
  }
}

/** Two versions with one number would make "the current version" ambiguous. */
function checkVersionNumbers(versions: readonly SlaVersion[], workshop: Workshop): void {
  const seen = new Set<number>()
  for (const { number } of versions) {
    if (seen.has(number)) fail('duplicateVersionNumber', { workshop: nameInMessage(workshop.title), number })
    seen.add(number)
  }
}

function restoreSignatures(
  records: readonly unknown[],
  workshop: Workshop,
  versions: readonly SlaVersion[],
  signatureSchema: z.ZodType<Signature>,
  report: ImportReport
): Signature[] {
  const byId = new Map(versions.map((version) => [version.id, version]))
  const kept: Signature[] = []
  for (const raw of records) {
    const versionId = isJsonObject(raw) && typeof raw.versionId === 'string' ? raw.versionId : null
    const version = versionId === null ? undefined : byId.get(versionId)
    const frozen = version !== undefined && version.state !== 'draft'
    const parsed = signatureSchema.safeParse(raw)
    const belongs = parsed.success && parsed.data.workshopId === workshop.id && version !== undefined
    if (frozen && !belongs) fail('invalidSignedVersion', { workshop: nameInMessage(workshop.title), number: version.number })
    if (!parsed.success) report.droppedRecord('signature')
    else if (!belongs) report.orphanedRecord('signature')
    else kept.push(parsed.data)
  }
  return kept
}

/** A review belongs to a signed (or superseded) version of its workshop; drafts are not reviewed. */
function restoreReviews(
  records: readonly unknown[],
  workshop: Workshop,
  versions: readonly SlaVersion[],
  reviewSchema: z.ZodType<Review>,
  report: ImportReport
): Review[] {
  const reviewable = new Set(versions.filter((version) => version.state !== 'draft').map((version) => version.id))
  const reviews = restoreChildren(records, 'review', reviewSchema, workshop.id, report, () => reviewDefaults())
  return reviews.filter((review) => {
    if (reviewable.has(review.versionId)) return true
    report.orphanedRecord('review')
    return false
  })
}

/**
 * The room's answers of the workshop. A card merged into a card that is not in the file stands
 * alone again; a released card whose item is not in the file no longer points at one.
 */
function restoreRoomAnswers(
  records: readonly unknown[],
  workshop: Workshop,
  items: readonly Item[],
  schema: z.ZodType<RoomRecord>,
  report: ImportReport
): RoomRecord[] {
  const answers = restoreChildren(records, 'roomAnswer', schema, workshop.id, report, () => null)
  const cardIds = new Set(answers.filter((answer) => answer.kind === 'card').map((card) => card.id))
  const itemIds = new Set(items.map((item) => item.id))
  return answers.map((answer) => {
    if (answer.kind !== 'card') return answer
    const fields: Array<keyof RoomCard> = []
    if (answer.mergedInto !== null && (answer.mergedInto === answer.id || !cardIds.has(answer.mergedInto))) fields.push('mergedInto')
    if (answer.itemId !== null && !itemIds.has(answer.itemId)) fields.push('itemId')
    if (fields.length === 0) return answer
    report.repairedRecord('roomAnswer', fields)
    return { ...answer, ...Object.fromEntries(fields.map((field) => [field, null])) }
  })
}
