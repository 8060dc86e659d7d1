import { bullets, dataTable, paragraph, type Block } from '../blocks'
import type { DocContext } from '../parts/context'
import { findingText } from '../../domain/finding-texts'
import type { SlaDocumentInput, SlaHistoryEntry } from './sla-input'
import { unbrokenFingerprint } from './version-labels'
import type { Language } from '../../domain/language'
import type { SlaContent } from '../../domain/sla'
import { diffSla, type SectionDiff, type SlaSection } from '../../domain/sla-diff'
import { effectiveFrom } from '../../domain/sla-effective'
import { formatsFor } from '../locale-format'
import { textsFor, type DocTexts } from '../texts'

function sectionTitle(section: SlaSection, texts: DocTexts): string {
  return section === 'funnel' ? texts.sla.targets.calculator : texts.sla[section].title
}

function sectionSummary(section: SectionDiff, texts: DocTexts, count: (n: number) => string): string {
  const t = texts.sla.history
  const lists = section.lists
  const added = lists.reduce((n, l) => n + l.added.length, 0)
  const removed = lists.reduce((n, l) => n + l.removed.length, 0)
  const changed = section.fields.length + lists.reduce((n, l) => n + l.changed.length, 0)
  const parts = [
    ...(added > 0 ? [t.added(count(added))] : []),
    ...(removed > 0 ? [t.removed(count(removed))] : []),
    ...(changed > 0 ? [t.changed(count(changed))] : []),
    ...(lists.some((l) => l.reordered) ? [t.reordered] : [])
  ]
  return `${sectionTitle(section.section, texts)}: ${parts.join(', ')}`
}

/**
 * The "Changes" column of the amendment history (issue 12 §3): what changed against the version
 * before, section by section, in the document's language — from the same comparison the app shows.
 */
export function amendmentSummary(before: SlaContent | null, after: SlaContent, language: Language): string {
  const texts = textsFor(language)
  if (before === null) return texts.sla.history.firstVersion
  const diff = diffSla(before, after)
  if (diff.sections.length === 0) return texts.sla.history.noChange
  const count = formatsFor(language).number
  return diff.sections.map((section) => sectionSummary(section, texts, count)).join('; ')
}

/** From when a version applied: its own day for a signed one (effectiveFrom), nothing for a draft. */
function inForceFrom(entry: SlaHistoryEntry, input: SlaDocumentInput, ctx: DocContext): string {
  const from = entry.state === 'draft' ? null : effectiveFrom(input.content.governance.startDate, entry.signedAt, ctx.formats.timeZone)
  return from === null ? ctx.texts.none : ctx.formats.isoDate(from)
}

/** "signed on 15 January 2027" under a superseded version; just "on 16 April 2027" under "Signed". */
function signedWhen(entry: SlaHistoryEntry, ctx: DocContext): string[] {
  if (entry.signedAt === null) return []
  // "15. Januar 2027" in one piece: the narrow column would otherwise break it after the day.
  const date = ctx.formats.date(entry.signedAt).replace(/ /g, '\u00A0')
  return [entry.state === 'signed' ? ctx.texts.sla.history.on(date) : ctx.texts.sla.history.signedOn(date)]
}

/** The amendment history: every version so far, this one marked, so a reader sees what is current. */
export function historyBlocks(input: SlaDocumentInput, ctx: DocContext): Block[] {
  const t = ctx.texts.sla.history
  const { version } = input
  const current: SlaHistoryEntry = { number: version.number, state: version.state, signedAt: version.signedAt, fingerprint: version.fingerprint }
  const entries = input.history.some((entry) => entry.number === version.number) ? input.history : [...input.history, current]
  return [
    paragraph(t.intro, { keepNext: true }),
    dataTable(
      [
        { header: t.columns.version, weight: 12 },
        { header: t.columns.state, weight: 22 },
        { header: t.columns.inForceFrom, weight: 18 },
        { header: t.columns.fingerprint, weight: 18 },
        { header: t.columns.summary, weight: 30 }
      ],
      entries.map((entry) => [
        { text: ctx.formats.number(entry.number), bold: true, details: entry.number === version.number ? [t.thisVersion] : [] },
        // When it was signed, under its state: six columns do not fit a portrait page without breaking words.
        { text: ctx.texts.states[entry.state], details: signedWhen(entry, ctx) },
        inForceFrom(entry, input, ctx),
        // On one line: the column is made as wide as the fingerprint needs (column-fit.ts).
        entry.fingerprint ? unbrokenFingerprint(entry.fingerprint) : ctx.texts.none,
        entry.summary?.trim() ? entry.summary : ctx.texts.none
      ])
    )
  ]
}

/** Open items are listed only where a version was signed with them (SPEC §4 "Signing"). */
export function hasOpenItemsSection(input: SlaDocumentInput): boolean {
  return input.version.state !== 'draft' && input.version.openItems.length > 0
}

export function openItemBlocks(input: SlaDocumentInput, ctx: DocContext): Block[] {
  return [
    paragraph(ctx.texts.sla.openItems.intro, { keepNext: true }),
    ...bullets(input.version.openItems.map((item) => findingText(item, ctx.formats.language)))
  ]
}
