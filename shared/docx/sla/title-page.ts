import { Paragraph } from 'docx'
import { shortFingerprint } from '../../domain/sla-fingerprint'
import { labelled, paragraph, runs, type Block } from '../blocks'
import { COLOUR, SPACING, fontSize, SIZE } from '../measures'
import type { DocContext } from '../parts/context'
import { STYLE } from '../styles'
import type { SlaDocumentInput } from './sla-input'
import { effectiveFrom } from '../../domain/sla-effective'

/** The mark a version carries in its header and on its title page, or null when it is in force. */
export function stateMark(state: SlaDocumentInput['version']['state'], ctx: DocContext): { text: string; colour: string } | null {
  if (state === 'draft') return { text: ctx.texts.sla.draftMark, colour: COLOUR.draft }
  if (state === 'superseded') return { text: ctx.texts.sla.supersededMark, colour: COLOUR.superseded }
  return null
}

function fact(label: string, value: string): Paragraph {
  return labelled(label, value, STYLE.titleFact, COLOUR.muted)
}

/** Title page (SPEC §6): organisation, title, version, date, state — and a draft's mark, big. */
export function titlePageBlocks(input: SlaDocumentInput, ctx: DocContext): Block[] {
  const { content, version } = input
  const t = ctx.texts.sla
  const mark = stateMark(version.state, ctx)
  const signed = version.state !== 'draft' && version.signedAt !== null
  const facts = [
    fact(t.facts.version, ctx.formats.number(version.number)),
    fact(t.facts.state, ctx.texts.states[version.state]),
    signed ? fact(t.facts.signedOn, ctx.formats.date(version.signedAt)) : fact(t.facts.date, ctx.formats.date(input.generatedAt)),
    // A signed version is in force from its own day (an amendment from when it was signed); a draft
    // is in force from nothing yet: it shows when the agreement's term begins.
    signed
      ? fact(t.facts.inForce, ctx.formats.isoDate(effectiveFrom(content.governance.startDate, version.signedAt, ctx.formats.timeZone) ?? content.governance.startDate))
      : fact(t.facts.termStart, ctx.formats.isoDate(content.governance.startDate)),
    fact(t.facts.fingerprint, version.fingerprint ? shortFingerprint(version.fingerprint) : t.notSignedYet),
    ...(content.title.trim() ? [fact(ctx.texts.common.workshop, content.title)] : [])
  ]
  const organisation = [content.organisation, content.unit].filter((part) => part.trim() !== '').join(' · ')
  return [
    new Paragraph({
      spacing: { before: SPACING.titlePageTop, after: 120 },
      children: runs(organisation, { bold: true, size: fontSize(SIZE.subtitle), color: COLOUR.accent })
    }),
    paragraph(t.title, { style: STYLE.title }),
    paragraph(t.subtitle, { style: STYLE.subtitle }),
    ...(mark
      ? [
          paragraph(mark.text, { style: STYLE.mark, run: { color: mark.colour } }),
          paragraph(version.state === 'draft' ? t.draftNotice : t.supersededNotice, { run: { color: mark.colour, bold: true } })
        ]
      : []),
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    ...facts
  ]
}
