import { canonicalSlaJson, fingerprintOfCanonical } from '../../domain/sla-fingerprint'
import { visibleText } from '../document-text'
import { readZip } from '../safe-unzip'
import { parseSlaDataXml, storedCanonicalContent } from './sla-data'
import type { SlaDocxData } from './sla-data-schema'
import { slaDocumentText } from './sla-document'

/**
 * "Open SLA from Word file" (SPEC §6, §10): reads the data an SLA document carries and checks
 * that neither the data nor the visible text was changed since the app wrote it.
 *
 * - The data part must say what it is and pass validation; anything else is "not from the app".
 * - dataChanged: the content no longer has the fingerprint it was signed with (or its two
 *   copies — with ids and canonical — disagree). Only a signed or superseded version has a
 *   fingerprint, so a draft is checked by its text alone (`checked: 'textOnly'`).
 * - textChanged: the visible text of word/document.xml differs from the text the app writes for
 *   that data. The document is laid out again from the data (same time, time zone, signatures)
 *   and both texts compared with whitespace folded. So editing the text in Word, or the data in
 *   the zip, cannot go unnoticed. The layout's text is read without writing the document out
 *   (document-text.ts): packing and unzipping it again took seconds for a large SLA.
 */
export type IntegrityReason = 'dataChanged' | 'textChanged'

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
      /** What could be checked: a draft has no fingerprint, so only its text is compared with its data. */
      checked: 'fingerprintAndText' | 'textOnly'
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

async function dataChanged(data: SlaDocxData, canonicalContent: string | null): Promise<boolean> {
  const fingerprint = data.version.fingerprint
  if (!fingerprint) return false
  // Made once for both checks: for a large SLA it is a good part of the reading.
  const canonical = canonicalSlaJson(data.content)
  if (canonicalContent !== null && canonicalContent !== storedCanonicalContent(canonical)) return true
  return (await fingerprintOfCanonical(canonical)) !== fingerprint
}

function textOfRebuilt(data: SlaDocxData): string | null {
  try {
    return slaDocumentText(data)
  } catch {
    // Data that validates but cannot be laid out again cannot vouch for the text either.
    return null
  }
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
  const zip = readZip(bytes, (name) => name === DOCUMENT || CUSTOM_XML_ITEM.test(name))
  if (!zip.ok) return { kind: 'notFromApp', reason: zip.reason }
  const documentXml = zip.files.get(DOCUMENT)
  if (!documentXml) return { kind: 'notFromApp', reason: 'notAWordFile' }
  onProgress(0.2)
  const parsed = findData(zip.files)
  if (!parsed.ok) return { kind: 'notFromApp', reason: parsed.reason }
  onProgress(0.4)
  const { data, canonicalContent } = parsed
  const reasons: IntegrityReason[] = []
  if (await dataChanged(data, canonicalContent)) reasons.push('dataChanged')
  onProgress(0.5)
  const rebuilt = textOfRebuilt(data)
  onProgress(0.8)
  if (rebuilt === null || rebuilt !== visibleText(decoder.decode(documentXml))) reasons.push('textChanged')
  onProgress(1)
  return {
    kind: 'sla',
    data,
    integrity: reasons.length === 0 ? 'unchanged' : 'changed',
    reasons,
    checked: data.version.fingerprint ? 'fingerprintAndText' : 'textOnly'
  }
}
