import type { SlaState } from './sla'

/**
 * What a workshop's SLA stands at, as the workshop list, step 4 and the navigation name it
 * (issue 10 §4). Every workshop has an SLA from the start: until a version record exists, the
 * draft is the workshop itself — version 1, draft — never "no SLA yet".
 */
export interface SlaStatus {
  number: number
  state: SlaState
  /** Whether any version was ever signed: only then are reviews owed. */
  signedOnce: boolean
}

/**
 * What a version is shown as (issue 12 §1): its state — unless it was signed and no longer
 * matches its seal, which every screen and document then says instead of "signed". One rule for
 * the list, step 4, the audience view, reviews, restore and the documents.
 */
export type ShownSlaState = SlaState | 'sealBroken'

export function shownState(version: { state: SlaState }, sealOk: boolean | undefined): ShownSlaState {
  return version.state !== 'draft' && sealOk === false ? 'sealBroken' : version.state
}

export function slaStatus(versions: ReadonlyArray<{ number: number; state: SlaState }>): SlaStatus {
  const latest = versions.reduce<{ number: number; state: SlaState } | null>((best, v) => (best === null || v.number > best.number ? v : best), null)
  if (!latest) return { number: 1, state: 'draft', signedOnce: false }
  return { number: latest.number, state: latest.state, signedOnce: versions.some((v) => v.state !== 'draft') }
}

/** When the latest signed (or since superseded) version was signed; null before any signature. */
export function latestSignedAt(versions: ReadonlyArray<{ state: SlaState; signedAt?: number | null }>): number | null {
  return versions.reduce<number | null>((latest, v) => (v.state !== 'draft' && v.signedAt && (latest === null || v.signedAt > latest) ? v.signedAt : latest), null)
}
