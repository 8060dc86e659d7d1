import { shortFingerprint } from '../../domain/sla-fingerprint'
import { bullets, dataTable, paragraph, type Block } from '../blocks'
import type { DocContext } from '../parts/context'
import { findingText } from '../../domain/finding-texts'
import type { SlaDocumentInput, SlaHistoryEntry } from './sla-input'

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
        { header: t.columns.version, weight: 14 },
        { header: t.columns.state, weight: 16 },
        { header: t.columns.signedOn, weight: 20 },
        { header: t.columns.fingerprint, weight: 24 },
        { header: t.columns.summary, weight: 26 }
      ],
      entries.map((entry) => [
        { text: ctx.formats.number(entry.number), bold: true, details: entry.number === version.number ? [t.thisVersion] : [] },
        ctx.texts.states[entry.state],
        ctx.formats.date(entry.signedAt),
        entry.fingerprint ? shortFingerprint(entry.fingerprint) : ctx.texts.none,
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
