import type { Document } from 'docx'
import { dataTable, paragraph, type Block } from '../blocks'
import { attachCustomXmlPart } from '../custom-xml-part'
import { formatsFor, usableTimeZone } from '../locale-format'
import { teamName } from '../../domain/vocabulary'
import { flow, outline, type Outline } from '../outline'
import { framedDocument } from '../page-frame'
import { orDash, type DocContext } from '../parts/context'
import { commitmentBlocks, handoverBlocks } from '../parts/commitments'
import { glossaryBlocks, lifecycleBlocks, mqlBlocks, sqlBlocks } from '../parts/definitions'
import { governanceBlocks, hasScope, scopeBlocks } from '../parts/governance'
import { effectiveFrom } from '../../domain/sla-effective'
import { kpiBlocks, rejectionBlocks, reportBlocks, stuckLeadBlocks } from '../parts/reporting'
import { responsibilityBlocks } from '../parts/responsibilities'
import { calculatorBlocks, targetBlocks } from '../parts/targets'
import { seenContentOfDocument, type DocumentSeen } from '../seen-content'
import { STYLE } from '../styles'
import { textsFor } from '../texts'
import { hasOpenItemsSection, historyBlocks, openItemBlocks } from './history'
import { SLA_DATA_NAMESPACE, slaDataXml, storedSla } from './sla-data'
import type { SlaDocxData } from './sla-data-schema'
import type { SlaDocumentInput } from './sla-input'
import { signatureSectionBlocks } from './signatures'
import { stateMark, titlePageBlocks } from './title-page'
import { fingerprintLabel, versionLabel } from './version-labels'

function partiesBlocks(input: SlaDocumentInput, ctx: DocContext, o: Outline): Block[] {
  const { content } = input
  const t = ctx.texts.sla.parties
  const signatories = content.parties.signatories
  return [
    o.section(t.title, { pageBreakBefore: true }),
    paragraph(t.intro(orDash(content.organisation, ctx), content.unit.trim())),
    paragraph(t.kind),
    paragraph(t.purpose),
    o.sub(t.sharedGoal),
    content.parties.sharedGoal.trim() ? paragraph(content.parties.sharedGoal, { style: STYLE.goal }) : paragraph(t.noSharedGoal),
    ...(hasScope(content.governance) ? [o.sub(t.scope), ...scopeBlocks(content.governance, ctx)] : []),
    o.sub(t.signatories),
    ...(signatories.length === 0
      ? [paragraph(t.noSignatories)]
      : [
          paragraph(t.signatoriesIntro, { keepNext: true }),
          dataTable(
            [
              { header: t.columns.name, weight: 36 },
              { header: t.columns.role, weight: 40 },
              { header: t.columns.team, weight: 24 }
            ],
            signatories.map((s) => [{ text: orDash(s.name, ctx), bold: true }, orDash(s.role, ctx), teamName(s.team, ctx.formats.language)])
          )
        ])
  ]
}

function definitionBlocks({ content }: SlaDocumentInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.sla.definitions
  const { definitions } = content
  return [
    o.section(t.title),
    o.sub(t.lifecycle),
    ...lifecycleBlocks(definitions.stages, ctx),
    o.sub(t.mql),
    ...mqlBlocks(definitions.mql, ctx),
    o.sub(t.sql),
    ...sqlBlocks(definitions.sql, ctx),
    o.sub(t.glossary),
    ...glossaryBlocks(definitions.glossary, ctx)
  ]
}

function commitmentSectionBlocks({ content }: SlaDocumentInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.sla.commitments
  const { clock, handoverData } = content.governance
  return [
    o.section(t.title),
    ...commitmentBlocks(content.commitments, ctx, clock),
    ...(handoverData !== undefined ? [o.sub(t.handover), ...handoverBlocks(handoverData, ctx)] : [])
  ]
}

function targetSectionBlocks({ content }: SlaDocumentInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.sla.targets
  return [o.section(t.title), ...targetBlocks(content.targets, ctx, (title) => o.sub(title)), o.sub(t.calculator), ...calculatorBlocks(content.funnel, ctx)]
}

function reportingBlocks({ content }: SlaDocumentInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.sla.reporting
  const { reporting } = content
  return [
    o.section(t.title),
    o.sub(t.reports),
    ...reportBlocks(reporting.reports, ctx),
    o.sub(t.rejections),
    ...rejectionBlocks(reporting.rejectionReasons, ctx),
    o.sub(t.stuckLeads),
    ...stuckLeadBlocks(reporting.stuckLeadRule, ctx),
    o.sub(t.management),
    ...kpiBlocks(reporting.managementKpis, ctx)
  ]
}

/** A signed amendment applies from the day it was signed when that is after the agreement's start. */
function amendmentInForce(input: SlaDocumentInput, ctx: DocContext): { number: number; from: string } | null {
  const { version, content } = input
  if (version.number < 2 || version.state === 'draft') return null
  const from = effectiveFrom(content.governance.startDate, version.signedAt, ctx.formats.timeZone)
  return from !== null && from !== content.governance.startDate ? { number: version.number, from } : null
}

/** Sections 1–9 and the amendment history, in the order of SPEC §6. */
function bodyBlocks(input: SlaDocumentInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.sla
  return [
    ...partiesBlocks(input, ctx, o),
    ...definitionBlocks(input, ctx, o),
    o.section(t.responsibilities.title),
    ...responsibilityBlocks(input.content.responsibilities, ctx),
    ...commitmentSectionBlocks(input, ctx, o),
    ...targetSectionBlocks(input, ctx, o),
    ...reportingBlocks(input, ctx, o),
    o.section(t.governance.title),
    ...governanceBlocks(input.content.governance, input.reviewDates, ctx, (title) => o.sub(title), amendmentInForce(input, ctx)),
    ...(hasOpenItemsSection(input) ? [o.section(t.openItems.title), ...openItemBlocks(input, ctx)] : []),
    o.section(t.signatures.title),
    ...signatureSectionBlocks(input, ctx),
    o.section(t.history.title),
    ...historyBlocks(input, ctx)
  ]
}

/** The document for input that is already in its stored form; without its data part. */
function layOut(input: SlaDocumentInput): Document {
  const texts = textsFor(input.content.language)
  const formats = formatsFor(input.content.language, input.timeZone)
  const ctx: DocContext = { texts, formats, currency: input.content.currency }
  const { version } = input
  const o = outline({ numbered: true })
  // The body first: the table of contents lists the headings it made.
  const body = bodyBlocks(input, ctx, o)
  return framedDocument({
    numberedHeadings: o.numbered,
    frame: {
      texts,
      formats,
      organisation: input.content.organisation,
      documentName: texts.sla.headerTitle,
      mark: stateMark(version.state, ctx),
      footerLeft: versionLabel(version, texts, formats),
      footerRight: fingerprintLabel(version.fingerprint, texts)
    },
    title: `${texts.sla.title} – ${input.content.organisation}`,
    subject: texts.sla.subtitle,
    children: flow([...titlePageBlocks(input, ctx), ...o.contents(texts), ...body])
  })
}

/**
 * The Service Level Agreement as a Word document (SPEC §6), in the workshop's language, with
 * its data in a custom XML part. Pack it with packDocx (which adds that part).
 */
export function buildSlaDocument(given: SlaDocumentInput): Document {
  const timeZone = usableTimeZone(given.timeZone)
  const stored = storedSla(given, timeZone)
  const doc = layOut({ ...stored.data, timeZone })
  attachCustomXmlPart(doc, () => slaDataXml(stored), SLA_DATA_NAMESPACE)
  return doc
}

/**
 * What a reader will see in the document buildSlaDocument made for the data a Word file holds —
 * the text of its body, headers and footers, and its pictures — without writing it: what the file
 * must show when it is opened again (read-sla-docx.ts). Data read from a file is in its stored form
 * already (JSON), so it is laid out as it is, as buildSlaDocument laid out the stored form.
 */
export function slaDocumentSeen(stored: SlaDocxData): DocumentSeen {
  return seenContentOfDocument(layOut({ ...stored, timeZone: usableTimeZone(stored.timeZone) }))
}
