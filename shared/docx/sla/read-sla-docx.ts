import { canonicalSlaJson, fingerprintOfCanonical } from '../../domain/sla-fingerprint'
import { boundSignatures, checkSeal, imageDigest } from '../../domain/sla-seal'
import { readZip } from '../safe-unzip'
import { seenContent, type DocumentSeen, type SeenContent } from '../seen-content'
import { parseSlaDataXml, storedCanonicalContent } from './sla-data'
import { SLA_LAYOUT_VERSION, type SlaDocxData } from './sla-data-schema'
import { slaDocumentSeen } from './sla-document'

/**
 * "Open SLA from Word file" (SPEC §6, §10; issue 12 §1): reads the data an SLA document carries
 * and checks everything a reader of the file sees against it.
 *
 * - The data part must say what it is and pass validation; anything else is "not from the app".
 * - dataChanged: the content no longer gives the fingerprint it was signed with (or its two
 *   copies — with ids and canonical — disagree).
 * - sealBroken: the version's seal (sla-seal.ts) no longer matches its number, signing time,
 *   open items, content or signatures — or a signed file of the sealed format has none.
 * - signaturesChanged: a required signature is missing, or a signature in the file was given
 *   for other content.
 * - textChanged: the text of any page — body, headers (the organisation), footers (version and
 *   fingerprint), footnotes and endnotes — differs from the text this app prints for the data,
 *   or the file holds what the app never writes (tracked changes, embedded documents …). Only
 *   a file of this app's layout (SLA_LAYOUT_VERSION) can be compared so. The document is laid
 *   out again from the data (same time, time zone, signatures) and read without writing it out
 *   (document-text.ts): packing and unzipping it again took seconds for a large SLA.
 * - hiddenText: text is there that nobody reads: hidden, tiny, squeezed or the colour of what is
 *   behind it (seen-content.ts).
 * - imagesChanged: the pictures are not the signatures' images the data holds (and the seal
 *   covers): one swapped, added or missing.
 *
 * A seal is no secret: a file whose data, text and seal were all recomputed agrees with itself.
 * What tells such a file apart is a copy kept elsewhere — the seal printed on the paper signed by
 * hand, or this laptop's own records; the dialog compares with both (sla-comparison.ts).
 */
export const INTEGRITY_REASONS = ['dataChanged', 'sealBroken', 'signaturesChanged', 'textChanged', 'hiddenText', 'imagesChanged'] as const
export type IntegrityReason = (typeof INTEGRITY_REASONS)[number]

/**
 * What could be checked:
 * - sealAndText: a signed version of this layout — seal, data, the text of every page, pictures.
 * - sealOnly: a signed version of another layout — seal, data, pictures and hidden text; its
 *   wording is not compared (a newer or older app words it differently).
 * - contentOnly: a signed version from before seals (layout 1) — the content against its
 *   fingerprint, the signatures against the content, pictures and hidden text; neither its
 *   wording nor the signatures' place and time can be checked.
 * - textOnly: a draft of this layout — its text against its data (a draft has no seal).
 * - nothing: a draft of another layout — there is nothing to check it against.
 */
export type IntegrityCheck = 'sealAndText' | 'sealOnly' | 'contentOnly' | 'textOnly' | 'nothing'

export type NotFromAppReason =
  /** Not a zip, a broken one, or anything else that could not be read. */
  | 'notAZip'
  /** Larger than the app reads (100 MB uncompressed), e.g. a zip bomb. */
  | 'tooLarge'
  /** A zip, but no word/document.xml in it. */
  | 'notAWordFile'
  /** A Word file without the app's data: made elsewhere. */
  | 'noData'
  /** The app's data part is there but does not validate. */
  | 'invalidData'
  /** Written by a newer version of the app, in a format this one does not know. */
  | 'unsupportedFormat'

export type SlaDocxReading =
  | { kind: 'notFromApp'; reason: NotFromAppReason }
  | {
      kind: 'sla'
      data: SlaDocxData
      integrity: 'unchanged' | 'changed'
      reasons: IntegrityReason[]
      checked: IntegrityCheck
      /** The layout the document was written in (1: before the app recorded it). */
      layoutVersion: number
    }

const DOCUMENT = 'word/document.xml'
const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/
/** Word may renumber custom parts when it saves; a file with more than this is not ours. */
const MAX_CUSTOM_PARTS = 50

const decoder = new TextDecoder('utf-8')

function findData(files: Map<string, Uint8Array>): ReturnType<typeof parseSlaDataXml> {
  const parts = [...files.keys()].filter((name) => CUSTOM_XML_ITEM.test(name)).sort().slice(0, MAX_CUSTOM_PARTS)
  let best: ReturnType<typeof parseSlaDataXml> = { ok: false, reason: 'noData' }
  for (const name of parts) {
    const bytes = files.get(name)
    if (!bytes) continue
    const parsed = parseSlaDataXml(decoder.decode(bytes))
    if (parsed.ok) return parsed
    if (parsed.reason !== 'noData') best = parsed
  }
  return best
}

/** Data, fingerprint and seal: what the data part says about itself. */
function dataReasons(data: SlaDocxData, canonicalContent: string | null): IntegrityReason[] {
  if (data.version.state === 'draft') return []
  const reasons = new Set<IntegrityReason>()
  // Made once for the stored copy and the fingerprint: for a large SLA it is a good part of the reading.
  const canonical = canonicalSlaJson(data.content)
  if (canonicalContent !== null && canonicalContent !== storedCanonicalContent(canonical)) reasons.add('dataChanged')
  const sealed = data.formatVersion >= 2
  const fingerprint = fingerprintOfCanonical(canonical)
  const { problems } = checkSeal({ ...data.version, content: data.content }, data.signatures, () => fingerprint)
  for (const problem of problems) {
    if (problem === 'contentChanged') reasons.add('dataChanged')
    else if (problem === 'signaturesMissing') reasons.add('signaturesChanged')
    else if (sealed) reasons.add('sealBroken')
  }
  // The app writes only the signatures of the signed content; any other is not part of the version.
  if (sealed && boundSignatures(data.version.fingerprint, data.signatures).length !== data.signatures.length) reasons.add('signaturesChanged')
  return [...reasons]
}

function seenInRebuilt(data: SlaDocxData): DocumentSeen | null {
  try {
    return slaDocumentSeen(data)
  } catch {
    // Data that validates but cannot be laid out again cannot vouch for the text either.
    return null
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry === b[index])
}

/**
 * The pictures of a document of another layout: each one a signature's image, and every drawn
 * signature of the signed content shown.
 */
function picturesOfSignatures(seen: SeenContent, data: SlaDocxData): boolean {
  const signatures = data.version.state === 'draft' ? data.signatures : boundSignatures(data.version.fingerprint, data.signatures)
  const known = new Set(data.signatures.flatMap((signature) => imageDigest(signature.image) ?? []))
  const drawn = signatures.flatMap((signature) => imageDigest(signature.image) ?? [])
  return seen.images.every((digest) => known.has(digest)) && drawn.every((digest) => seen.images.includes(digest))
}

function checkedFor(data: SlaDocxData, sameLayout: boolean): IntegrityCheck {
  if (data.version.state === 'draft') return sameLayout ? 'textOnly' : 'nothing'
  if (data.formatVersion < 2) return 'contentOnly'
  return sameLayout ? 'sealAndText' : 'sealOnly'
}

/** Reports how far a reading is, from 0 to 1. */
export type OnReadProgress = (fraction: number) => void

/** Never throws: whatever the bytes are, the answer is one of the readings above. */
export async function readSlaDocx(bytes: Uint8Array, onProgress?: OnReadProgress): Promise<SlaDocxReading> {
  try {
    return await read(bytes, onProgress ?? (() => undefined))
  } catch {
    // Nothing known throws here; should anything, the file is as good as damaged.
    return { kind: 'notFromApp', reason: 'notAZip' }
  }
}

async function read(bytes: Uint8Array, onProgress: OnReadProgress): Promise<SlaDocxReading> {
  // Every part: the headers, footers, notes, styles and pictures are what a reader sees too.
  const zip = readZip(bytes, () => true)
  if (!zip.ok) return { kind: 'notFromApp', reason: zip.reason }
  if (!zip.files.has(DOCUMENT)) return { kind: 'notFromApp', reason: 'notAWordFile' }
  onProgress(0.2)
  const parsed = findData(zip.files)
  if (!parsed.ok) return { kind: 'notFromApp', reason: parsed.reason }
  onProgress(0.4)
  const { data, canonicalContent } = parsed
  const layoutVersion = data.layoutVersion ?? 1
  const sameLayout = layoutVersion === SLA_LAYOUT_VERSION
  const reasons = new Set<IntegrityReason>(dataReasons(data, canonicalContent))
  onProgress(0.5)
  const seen = seenContent(zip.files)
  if (seen.foreign.length > 0) reasons.add('textChanged')
  if (seen.hidden.length > 0) reasons.add('hiddenText')
  onProgress(0.6)
  if (sameLayout) {
    const rebuilt = seenInRebuilt(data)
    if (rebuilt === null || rebuilt.body !== seen.body || !sameList(rebuilt.margins, seen.margins)) reasons.add('textChanged')
    if (rebuilt !== null && !sameList(rebuilt.images, seen.images)) reasons.add('imagesChanged')
  } else if (!picturesOfSignatures(seen, data)) reasons.add('imagesChanged')
  onProgress(1)
  return {
    kind: 'sla',
    data,
    integrity: reasons.size === 0 ? 'unchanged' : 'changed',
    reasons: INTEGRITY_REASONS.filter((reason) => reasons.has(reason)),
    checked: checkedFor(data, sameLayout),
    layoutVersion
  }
}
