import type { Participant } from '../domain/workshop'
import type { SlaState, SlaVersion } from '../domain/sla'
import { checkSeal } from '../domain/sla-seal'
import type { BackupWorkshop } from './format'

/**
 * "Replace" restores a workshop from a backup over the one on this laptop — but a signed SLA
 * version is a signed agreement and is never destroyed by an older file (SPEC §2, issue 10 §5).
 * The laptop's signed and superseded versions that the backup lacks, or holds only in an earlier
 * state (a draft that was signed since), are kept with their signatures; everything else comes
 * from the backup. Pure, so the dialog can show beforehand exactly what a replace will keep.
 */

/** One SLA version as the restore prompt compares it. */
export interface VersionSummary {
  number: number
  state: SlaState
  signedAt: number | null
  signatures: number
  /** For a signed or superseded version, whether it matches its seal; undefined for a draft. */
  sealOk?: boolean
}

/** One side of the comparison: the workshop on this laptop, or in the backup. */
export interface WorkshopSummary {
  /** The latest moment anything in the workshop is known to have changed (ms since epoch). */
  lastChangedAt: number
  versions: VersionSummary[]
  signatures: number
}

export interface ReplaceMerge {
  /** What is written in place of the laptop's workshop. */
  entry: BackupWorkshop
  /** The laptop's versions the replace keeps, lowest number first. */
  kept: VersionSummary[]
  /**
   * The kept versions and the backup's versions do not form one chain (e.g. both sides signed a
   * different version 2): a replace would break the SLA history, so only a copy is offered.
   */
  conflict: boolean
}

const STATE_RANK: Record<SlaState, number> = { draft: 0, signed: 1, superseded: 2 }

function byNumber(a: SlaVersion, b: SlaVersion): number {
  return a.number - b.number
}

export function summarizeWorkshop(entry: BackupWorkshop): WorkshopSummary {
  const moments = [
    entry.workshop.updatedAt,
    ...entry.slaVersions.flatMap((v) => [v.createdAt, v.signedAt ?? 0]),
    ...entry.signatures.map((s) => s.signedAt),
    ...entry.reviews.flatMap((r) => [r.createdAt, r.closedAt ?? 0]),
    ...entry.roomAnswers.map((answer) => answer.minute)
  ]
  return {
    lastChangedAt: Math.max(...moments),
    versions: [...entry.slaVersions].sort(byNumber).map((version) => summarizeVersion(version, entry)),
    signatures: entry.signatures.length
  }
}

function summarizeVersion(version: SlaVersion, entry: BackupWorkshop): VersionSummary {
  const signatures = entry.signatures.filter((s) => s.versionId === version.id)
  return {
    number: version.number,
    state: version.state,
    signedAt: version.signedAt,
    signatures: signatures.length,
    sealOk: version.state === 'draft' ? undefined : checkSeal(version, signatures).ok
  }
}

/** Versions of this laptop that a replace must keep: signed here, and not as far in the backup. */
function versionsToKeep(local: BackupWorkshop, incoming: BackupWorkshop): SlaVersion[] {
  const incomingById = new Map(incoming.slaVersions.map((v) => [v.id, v]))
  return local.slaVersions
    .filter((version) => {
      if (version.state === 'draft') return false
      const theirs = incomingById.get(version.id)
      return !theirs || STATE_RANK[theirs.state] < STATE_RANK[version.state]
    })
    .sort(byNumber)
}

/**
 * One current version chain: numbers unique, only the last version may be a draft, the highest
 * frozen version is signed and every one below it superseded.
 */
export function isConsistentChain(versions: readonly SlaVersion[]): boolean {
  const sorted = [...versions].sort(byNumber)
  if (new Set(sorted.map((v) => v.number)).size !== sorted.length) return false
  const frozen = sorted.filter((v) => v.state !== 'draft')
  if (sorted.some((v, index) => v.state === 'draft' && index !== sorted.length - 1)) return false
  return frozen.every((v, index) => (index === frozen.length - 1 ? v.state === 'signed' : v.state === 'superseded'))
}

export function mergeForReplace(local: BackupWorkshop, incoming: BackupWorkshop): ReplaceMerge {
  const kept = versionsToKeep(local, incoming)
  if (kept.length === 0) return { entry: incoming, kept: [], conflict: false }

  const keptIds = new Set(kept.map((v) => v.id))
  const highestKept = kept[kept.length - 1]!.number
  // An incoming draft at or below a kept signed version would sit under a signed agreement.
  const theirs = incoming.slaVersions.filter((v) => !keptIds.has(v.id) && !(v.state === 'draft' && v.number <= highestKept))
  const theirIds = new Set(theirs.map((v) => v.id))
  const slaVersions = [...kept, ...theirs].sort(byNumber)

  const signatures = [
    ...incoming.signatures.filter((s) => theirIds.has(s.versionId)),
    ...local.signatures.filter((s) => keptIds.has(s.versionId))
  ].sort((a, b) => a.signedAt - b.signedAt)

  const entry: BackupWorkshop = {
    workshop: incoming.workshop,
    participants: withSigners(local, incoming, kept),
    items: incoming.items,
    slaVersions,
    signatures,
    reviews: [...incoming.reviews, ...reviewsOfKept(local, incoming, kept)],
    roomAnswers: incoming.roomAnswers
  }
  return { entry, kept: kept.map((version) => summarizeVersion(version, local)), conflict: !isConsistentChain(slaVersions) }
}

/** A kept signature's signer stays a participant, so the signed version still shows who signed. */
function withSigners(local: BackupWorkshop, incoming: BackupWorkshop, kept: readonly SlaVersion[]): Participant[] {
  const keptIds = new Set(kept.map((v) => v.id))
  const present = new Set(incoming.participants.map((p) => p.id))
  const signerIds = new Set(local.signatures.filter((s) => keptIds.has(s.versionId)).map((s) => s.participantId))
  const missing = local.participants.filter((p) => signerIds.has(p.id) && !present.has(p.id))
  const lastOrder = Math.max(0, ...incoming.participants.map((p) => p.order))
  return [...incoming.participants, ...missing.map((p, index) => ({ ...p, order: lastOrder + index + 1 }))]
}

/** The review that led to a kept amendment stays, so the version's link to it holds. */
function reviewsOfKept(local: BackupWorkshop, incoming: BackupWorkshop, kept: readonly SlaVersion[]) {
  const present = new Set(incoming.reviews.map((r) => r.id))
  const linked = new Set(kept.map((v) => v.reviewId).filter((id): id is string => id !== null))
  return local.reviews.filter((review) => linked.has(review.id) && !present.has(review.id))
}
