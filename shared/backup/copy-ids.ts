import { copyTitle } from '../domain/field-limits'
import type { Item } from '../domain/items'
import type { Review } from '../domain/review'
import type { RoomRecord } from '../domain/room-records'
import type { Signature, SlaContent, SlaVersion } from '../domain/sla'
import type { Participant, Workshop } from '../domain/workshop'
import type { BackupWorkshop } from './format'

/**
 * "Import as a copy": every record gets a new id and every reference follows it, so the copy
 * lives next to the original without touching it. The frozen content of a signed version keeps
 * its item ids (they are what versions and reviews compare by, so review actuals keep their
 * keys too) and only its signatories' participant ids follow the participants; ids are outside
 * the fingerprint, which therefore stays the same. The room's answers follow the items they are
 * about; a card keeps the item it became only if that item is copied too, so a copy never points
 * at the original's items.
 */
export interface CopyOptions {
  newId: () => string
  /** Appended to the title, e.g. "(copy)" in the user's language; nothing when empty. */
  titleSuffix?: string
}

type IdMap = ReadonlyMap<string, string>

/** A reference to a record outside this workshop (a removed participant) keeps its old id. */
function follow(ids: IdMap, id: string): string {
  return ids.get(id) ?? id
}

function newIdsFor(records: ReadonlyArray<{ id: string }>, newId: () => string): IdMap {
  return new Map(records.map((record) => [record.id, newId()]))
}

export function withNewIds(entry: BackupWorkshop, options: CopyOptions): BackupWorkshop {
  const workshopId = options.newId()
  const ids = {
    participants: newIdsFor(entry.participants, options.newId),
    versions: newIdsFor(entry.slaVersions, options.newId),
    reviews: newIdsFor(entry.reviews, options.newId),
    items: newIdsFor(entry.items, options.newId)
  }
  return {
    workshop: copyWorkshop(entry.workshop, workshopId, options.titleSuffix),
    participants: entry.participants.map((p): Participant => ({ ...p, id: follow(ids.participants, p.id), workshopId })),
    items: entry.items.map((item): Item => ({ ...item, id: follow(ids.items, item.id), workshopId })),
    slaVersions: entry.slaVersions.map((version) => copyVersion(version, workshopId, ids)),
    signatures: entry.signatures.map(
      (signature): Signature => ({
        ...signature,
        id: options.newId(),
        workshopId,
        versionId: follow(ids.versions, signature.versionId),
        participantId: follow(ids.participants, signature.participantId)
      })
    ),
    reviews: entry.reviews.map(
      (review): Review => ({
        ...review,
        id: follow(ids.reviews, review.id),
        workshopId,
        versionId: follow(ids.versions, review.versionId),
        attendeeIds: review.attendeeIds.map((id) => follow(ids.participants, id))
      })
    ),
    roomAnswers: copyRoomAnswers(entry.roomAnswers, workshopId, ids.items, options.newId)
  }
}

/** The room's answers of a workshop for its copy `workshopId`, whose items got the ids of `items` (old → new). */
export function copyRoomAnswers(records: readonly RoomRecord[], workshopId: string, items: IdMap, newId: () => string): RoomRecord[] {
  const ids = newIdsFor(records, newId)
  return records.map((record): RoomRecord => {
    const copied = { id: follow(ids, record.id), workshopId }
    switch (record.kind) {
      case 'rating':
        return { ...record, ...copied, itemId: follow(items, record.itemId) }
      case 'card':
        return {
          ...record,
          ...copied,
          mergedInto: record.mergedInto === null ? null : follow(ids, record.mergedInto),
          itemId: record.itemId === null ? null : (items.get(record.itemId) ?? null)
        }
      case 'vote':
        return { ...record, ...copied, options: record.options.map((id) => follow(items, id)) }
      case 'agreement':
        // `mql` and `sql` are no item's id and stay as they are.
        return { ...record, ...copied, subject: follow(items, record.subject) }
    }
  })
}

function copyWorkshop(workshop: Workshop, id: string, titleSuffix = ''): Workshop {
  return { ...workshop, id, title: copyTitle(workshop.title, titleSuffix) }
}

function copyVersion(version: SlaVersion, workshopId: string, ids: { participants: IdMap; versions: IdMap; reviews: IdMap }): SlaVersion {
  return {
    ...version,
    id: follow(ids.versions, version.id),
    workshopId,
    amends: version.amends === null ? null : follow(ids.versions, version.amends),
    reviewId: version.reviewId === null ? null : follow(ids.reviews, version.reviewId),
    content: version.content === null ? null : withSignatoryIds(version.content, ids.participants)
  }
}

function withSignatoryIds(content: SlaContent, participantIds: IdMap): SlaContent {
  const signatories = content.parties.signatories.map((s) => ({ ...s, participantId: follow(participantIds, s.participantId) }))
  return { ...content, parties: { ...content.parties, signatories } }
}
