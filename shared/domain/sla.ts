import type { Language } from './language'
import type { AgreementStatus, FunnelInputs, Governance, Team } from './workshop'
import type { ItemFields } from './items'
import type { SlaClock } from './sla-clock'

/**
 * The Service Level Agreement as it is signed (SPEC §3): a snapshot of the agreed content.
 * Item ids travel along so versions can be compared item by item; they are not part of the
 * fingerprint (see sla-fingerprint.ts).
 */
export const SLA_CONTENT_FORMAT = 1

type Entry<K extends keyof ItemFields> = ItemFields[K] & { id: string; status: AgreementStatus }

export interface Signatory {
  participantId: string
  name: string
  role: string
  team: Team
}

export interface SlaContent {
  format: typeof SLA_CONTENT_FORMAT
  language: Language
  title: string
  organisation: string
  unit: string
  currency: string
  parties: { sharedGoal: string; signatories: Signatory[] }
  definitions: {
    stages: Entry<'stage'>[]
    mql: { sentence: string; threshold: number | null; status: AgreementStatus; criteria: Entry<'mqlCriterion'>[] }
    sql: { sentence: string; status: AgreementStatus; criteria: Entry<'sqlCriterion'>[] }
    glossary: Entry<'glossary'>[]
  }
  responsibilities: Entry<'raci'>[]
  commitments: Entry<'commitment'>[]
  targets: Entry<'target'>[]
  funnel: FunnelInputs
  reporting: {
    reports: Entry<'report'>[]
    rejectionReasons: Entry<'rejection'>[]
    stuckLeadRule: { days: number | null; action: string; status: AgreementStatus }
    managementKpis: Entry<'kpi'>[]
  }
  governance: SlaGovernance
}

/** Governance as the SLA states it: the clock with the public holidays it skips. */
export type SlaGovernance = Omit<Governance, 'clock'> & { clock?: SlaClock }

export const SLA_STATES = ['draft', 'signed', 'superseded'] as const
export type SlaState = (typeof SLA_STATES)[number]

/** What the completeness check found open when the version was signed anyway. */
export interface OpenItem {
  code: string
  params: Record<string, string | number>
}

export interface SlaVersion {
  id: string
  workshopId: string
  /** 1, 2, 3 … */
  number: number
  state: SlaState
  createdAt: number
  /** Frozen when signed; null while a draft (the draft's content is the workshop itself). */
  content: SlaContent | null
  /** SHA-256 (hex) of the canonical content; set when signed. */
  fingerprint: string | null
  signedAt: number | null
  /**
   * SHA-256 (hex) over the content's fingerprint, the number, the signing time, the open items
   * and every signature (sla-seal.ts): what a signed version is checked by. Set when signed;
   * null for a draft, and for a version signed before seals existed whose content or
   * signatures no longer passed the check when the app was updated.
   */
  seal: string | null
  /** When the seal was made: at signing (= signedAt), or later when the app was updated. */
  sealedAt: number | null
  /** Open completeness findings the signatories confirmed; recorded at signing. */
  openItems: OpenItem[]
  /** The facilitator confirmed signing with open items (a draft may carry it before signing). */
  openItemsConfirmed: boolean
  /** The version this one amends, if any. */
  amends: string | null
  /** The review that led to this amendment (SPEC §5), if any. */
  reviewId: string | null
}

export interface Signature {
  id: string
  versionId: string
  workshopId: string
  participantId: string
  /** What was signed: the typed name, or (drawn) the signer's name as the participant list had it. */
  name: string
  /**
   * The signer as the participant list spelled them when they signed. With `role` and `team`
   * (also taken at signing) this is the snapshot a signed version shows, so deleting or renaming
   * the participant later never changes it.
   */
  signerName: string
  role: string
  team: Team
  place: string
  signedAt: number
  /** The fingerprint of the content this signature is for. */
  fingerprint: string
  method: 'drawn' | 'typed'
  /** PNG data URL of a drawn signature; null for a typed one. */
  image: string | null
}
