import { shortFingerprint } from '../../domain/sla-fingerprint'
import type { Formats } from '../locale-format'
import type { DocTexts } from '../texts'
import type { SlaVersionFacts } from './sla-input'

/** The short fingerprint joined by no-break spaces: its four groups stay on one line, in a sentence or a table cell. */
export function unbrokenFingerprint(fingerprint: string): string {
  return shortFingerprint(fingerprint).replace(/ /g, '\u00A0')
}

/** The footer's right part: "Fingerprint 3F2A 91C0 5B7E 0D44", or that the version is not signed yet. */
export function fingerprintLabel(fingerprint: string | null, texts: DocTexts): string {
  const short = fingerprint ? shortFingerprint(fingerprint) : ''
  return short ? `${texts.sla.fingerprint} ${short}` : `${texts.sla.fingerprint}: ${texts.sla.notSignedYet}`
}

/** The footer's left part: "Version 2 · Signed". */
export function versionLabel(version: Pick<SlaVersionFacts, 'number' | 'state'>, texts: DocTexts, formats: Formats): string {
  return `${texts.common.version(formats.number(version.number))} · ${texts.states[version.state]}`
}
