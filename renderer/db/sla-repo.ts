import { checkCompleteness, toOpenItems } from '../../shared/domain/completeness'
import type { Signature, SlaContent, SlaVersion } from '../../shared/domain/sla'
import { buildSlaContent } from '../../shared/domain/sla-content'
import { canonicalSlaJson, slaFingerprint } from '../../shared/domain/sla-fingerprint'
import { checkSeal, sealOf, type SealCheck } from '../../shared/domain/sla-seal'
import { requiredSignersComplete, typedNameMatches } from '../../shared/domain/signing'
import { isCurrentVersionSigned } from '../../shared/domain/sla-lock'
import { scheduleGovernanceOf } from '../../shared/domain/review-plan'
import { db, DATABASE_NAME, SmarketingDb } from './db'
import { newId } from './ids'
import { announce } from './workshop-channel'
import { listItems } from './item-repo'
import { listParticipants } from './participant-repo'

/** A signed version never changes (SPEC §2); the repository refuses any attempt. */
export class SignedVersionError extends Error {
  constructor(readonly versionNumber: number) {
    super(`SLA version ${versionNumber} is signed and cannot change`)
    this.name = 'SignedVersionError'
  }
}

/** The content changed between reading it and signing it: the signature would not match. */
export class ContentChangedError extends Error {
  constructor() {
    super('The SLA content changed while signing; please sign again')
    this.name = 'ContentChangedError'
  }
}

/** A typed signature that is not the signer's name (SPEC §4: a typed full name stands for a signature). */
export class TypedNameMismatchError extends Error {
  constructor(readonly signerName: string) {
    super('The typed name is not the signer’s name')
    this.name = 'TypedNameMismatchError'
  }
}

let strict: SmarketingDb | null = null
/** Signing is written with strict durability: committed means on disk, not just handed to the OS. */
function strictDb(database: SmarketingDb): SmarketingDb {
  if (database !== db) return database
  strict ??= new SmarketingDb(DATABASE_NAME, { chromeTransactionDurability: 'strict' })
  return strict
}

export async function listVersions(workshopId: string, database: SmarketingDb = db): Promise<SlaVersion[]> {
  const versions = await database.slaVersions.where('workshopId').equals(workshopId).toArray()
  return versions.sort((a, b) => a.number - b.number)
}

export async function currentVersion(workshopId: string, database: SmarketingDb = db): Promise<SlaVersion | undefined> {
  return (await listVersions(workshopId, database)).at(-1)
}

/** What the SLA step shows of a workshop's SLA: its versions, the current one and its signatures. */
export interface WorkshopSla {
  versions: SlaVersion[]
  current: SlaVersion | undefined
  /** The last signed (or superseded) version before the current one, to compare against. */
  previousSigned: SlaVersion | undefined
  signatures: Signature[]
  /** The current version is signed: its content is read-only until it is amended. */
  locked: boolean
  /** Each version checked against its seal, by id: a signed version is shown as signed only when it matches. */
  seals: Record<string, SealCheck>
}

/** The workshop's SLA as one consistent reading (for a live query). */
export function workshopSla(workshopId: string, database: SmarketingDb = db): Promise<WorkshopSla> {
  return database.transaction('r', database.slaVersions, database.signatures, async () => {
    const versions = await listVersions(workshopId, database)
    const current = versions.at(-1)
    const signatures = current ? await listSignatures(current.id, database) : []
    const previousSigned = versions.filter((v) => v !== current && v.state !== 'draft').at(-1)
    const seals: Record<string, SealCheck> = {}
    for (const version of versions) seals[version.id] = checkSeal(version, version === current ? signatures : await listSignatures(version.id, database))
    return { versions, current, previousSigned, signatures, locked: isCurrentVersionSigned(versions), seals }
  })
}

export function listSignatures(versionId: string, database: SmarketingDb = db): Promise<Signature[]> {
  return database.signatures.where('versionId').equals(versionId).sortBy('signedAt')
}

function newVersion(workshopId: string, number: number, amends: string | null, reviewId: string | null): SlaVersion {
  return {
    id: newId(),
    workshopId,
    number,
    state: 'draft',
    createdAt: Date.now(),
    content: null,
    fingerprint: null,
    signedAt: null,
    seal: null,
    sealedAt: null,
    openItems: [],
    openItemsConfirmed: false,
    amends,
    reviewId
  }
}

/** The draft to sign: the current version if it is a draft, version 1 if there is none yet. */
export async function ensureDraftVersion(workshopId: string, database: SmarketingDb = db): Promise<SlaVersion> {
  return database.transaction('rw', database.slaVersions, async () => {
    const current = await currentVersion(workshopId, database)
    if (current?.state === 'draft') return current
    if (current) throw new SignedVersionError(current.number)
    const first = newVersion(workshopId, 1, null, null)
    await database.slaVersions.add(first)
    return first
  })
}

async function requireDraft(versionId: string, database: SmarketingDb): Promise<SlaVersion> {
  const version = await database.slaVersions.get(versionId)
  if (!version) throw new Error(`SLA version ${versionId} does not exist`)
  if (version.state !== 'draft') throw new SignedVersionError(version.number)
  return version
}

export async function confirmOpenItems(versionId: string, confirmed: boolean, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.slaVersions, async () => {
    await requireDraft(versionId, database)
    await database.slaVersions.update(versionId, { openItemsConfirmed: confirmed })
  })
}

/** The draft's content as it stands, with its canonical form (for comparing inside a transaction). */
export async function readDraftContent(
  workshopId: string,
  database: SmarketingDb = db
): Promise<{ content: SlaContent; canonical: string }> {
  const [workshop, participants, items] = await Promise.all([
    database.workshops.get(workshopId),
    listParticipants(workshopId, database),
    listItems(workshopId, database)
  ])
  if (!workshop) throw new Error(`Workshop ${workshopId} does not exist`)
  const content = buildSlaContent(workshop, participants, items)
  return { content, canonical: canonicalSlaJson(content) }
}

/** Who the signer is (name, role, team) is taken from the participant record when they sign, not from the caller. */
export type SignatureInput = Pick<Signature, 'participantId' | 'name' | 'place' | 'method' | 'image'>

/**
 * Adds one signature for the content as it stands. When every required signatory has signed
 * the same content, the version is frozen: content, fingerprint and open items are stored, it
 * becomes `signed`, and the version it amends becomes `superseded` — all in one transaction.
 */
export async function signVersion(
  workshopId: string,
  versionId: string,
  input: SignatureInput,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<{ signature: Signature; versionSigned: boolean }> {
  const { canonical } = await readDraftContent(workshopId, database)
  // Hashing is asynchronous and must not run inside the IndexedDB transaction.
  const fingerprint = await slaFingerprint(JSON.parse(canonical) as SlaContent)
  const target = strictDb(database)
  const result = await target.transaction('rw', [target.workshops, target.participants, target.items, target.slaVersions, target.signatures], async () => {
    const version = await requireDraft(versionId, target)
    const current = await readDraftContent(workshopId, target)
    if (current.canonical !== canonical) throw new ContentChangedError()
    const signer = await target.participants.get(input.participantId)
    if (!signer || signer.workshopId !== workshopId) throw new Error(`Participant ${input.participantId} does not exist`)
    if (input.method === 'typed' && !typedNameMatches(input.name, signer.name)) throw new TypedNameMismatchError(signer.name)
    const signature: Signature = {
      id: newId(),
      versionId,
      workshopId,
      participantId: signer.id,
      name: input.method === 'typed' ? input.name.trim() : signer.name,
      signerName: signer.name,
      role: signer.role,
      team: signer.team,
      place: input.place,
      method: input.method,
      image: input.image,
      fingerprint,
      signedAt: now
    }
    // One valid signature per person: an earlier one (e.g. for older content) is replaced.
    await target.signatures.where('versionId').equals(versionId).filter((s) => s.participantId === input.participantId).delete()
    await target.signatures.add(signature)
    const signatures = await target.signatures.where('versionId').equals(versionId).toArray()
    const valid = signatures.filter((s) => s.fingerprint === fingerprint)
    if (!requiredSignersComplete(current.content.parties.signatories, valid)) return { signature, versionSigned: false, number: version.number }

    const [workshop, participants, items] = await Promise.all([
      target.workshops.get(workshopId),
      listParticipants(workshopId, target),
      listItems(workshopId, target)
    ])
    const findings = checkCompleteness({ workshop: workshop!, participants, items })
    // Everything still open when the version is complete is listed in it — what is only proposed too (issue 12 §3).
    const openItems = toOpenItems(findings)
    // Signatures given for other content are not part of the signed version.
    await target.signatures.where('versionId').equals(versionId).filter((s) => s.fingerprint !== fingerprint).delete()
    await target.slaVersions.update(versionId, {
      state: 'signed',
      content: current.content,
      fingerprint,
      signedAt: now,
      openItems,
      seal: sealOf({ number: version.number, signedAt: now, fingerprint, openItems }, valid),
      sealedAt: now
    })
    if (version.amends) await target.slaVersions.update(version.amends, { state: 'superseded' })
    // From now on the review dates are this version's, also while the next amendment is drafted.
    await target.workshops.update(workshopId, { 'reviewPlan.inForce': scheduleGovernanceOf(current.content.governance) })
    return { signature, versionSigned: true, number: version.number }
  })
  // Committed: a window with the same workshop open learns that this version is frozen now.
  if (result.versionSigned) announce({ type: 'signed', workshopId, number: result.number })
  return { signature: result.signature, versionSigned: result.versionSigned }
}

/** The versions a participant signed (signed or superseded), by number — to warn before deleting them. */
export async function versionsSignedBy(participantId: string, database: SmarketingDb = db): Promise<number[]> {
  return database.transaction('r', database.signatures, database.slaVersions, async () => {
    const signatures = await database.signatures.where('participantId').equals(participantId).toArray()
    const versions = await database.slaVersions.bulkGet([...new Set(signatures.map((s) => s.versionId))])
    return versions.flatMap((v) => (v && v.state !== 'draft' ? [v.number] : [])).sort((a, b) => a - b)
  })
}

/** Takes a signature back while the version is still a draft. */
export async function removeSignature(signatureId: string, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.signatures, database.slaVersions, async () => {
    const signature = await database.signatures.get(signatureId)
    if (!signature) return
    await requireDraft(signature.versionId, database)
    await database.signatures.delete(signatureId)
  })
}

/** "Amend SLA": the next draft starts from the signed content (which the workshop still holds). */
export async function amendVersion(
  workshopId: string,
  reviewId: string | null = null,
  database: SmarketingDb = db
): Promise<SlaVersion> {
  return database.transaction('rw', database.slaVersions, async () => {
    const current = await currentVersion(workshopId, database)
    if (!current || current.state !== 'signed') throw new Error('Only a signed SLA can be amended')
    const next = newVersion(workshopId, current.number + 1, current.id, reviewId)
    await database.slaVersions.add(next)
    return next
  })
}

/** Any change to a version other than the draft workflow above is refused once it is signed. */
export async function updateDraftVersion(
  versionId: string,
  patch: Partial<Pick<SlaVersion, 'openItemsConfirmed' | 'reviewId'>>,
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.slaVersions, async () => {
    await requireDraft(versionId, database)
    await database.slaVersions.update(versionId, patch)
  })
}

/** True while the current version is signed: the SLA content is then read-only until amended. */
export async function isSlaLocked(workshopId: string, database: SmarketingDb = db): Promise<boolean> {
  return (await currentVersion(workshopId, database))?.state === 'signed'
}
