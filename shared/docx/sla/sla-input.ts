import type { OpenItem, Signature, SlaContent, SlaState } from '../../domain/sla'

/** The facts about the version a document shows; a draft has no signing time and no fingerprint yet. */
export interface SlaVersionFacts {
  number: number
  state: SlaState
  signedAt: number | null
  fingerprint: string | null
  /** Completeness findings the signatories confirmed (sla.ts OpenItem); listed only in a signed document. */
  openItems: OpenItem[]
  /** The seal over content, number and signatures (sla-seal.ts); null for a draft. */
  seal: string | null
  /** When it was sealed: at signing (= signedAt), or later when the app was updated. */
  sealedAt: number | null
}

/** One row of the amendment history. */
export interface SlaHistoryEntry {
  number: number
  state: SlaState
  signedAt: number | null
  fingerprint: string | null
  /** What changed against the version before, in a few words (optional). */
  summary?: string
}

/** Everything the SLA document (SPEC §6) is built from — and what its data part carries back. */
export interface SlaDocumentInput {
  content: SlaContent
  version: SlaVersionFacts
  /** Drawn ones with their PNG data URL, typed ones with `image: null`. */
  signatures: Signature[]
  history: SlaHistoryEntry[]
  /** ISO dates of the planned reviews (SPEC §4 step 5), may be empty. */
  reviewDates: string[]
  /** When the document was made (ms since 1970); a draft shows it as its date. */
  generatedAt: number
  /**
   * The IANA time zone to print times of day in (signatures); default: this computer's. It is
   * stored in the file, so a laptop elsewhere rebuilds the same text when it checks the document.
   */
  timeZone?: string
}
