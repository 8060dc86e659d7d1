import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Document } from 'docx'
import { isOverdue, reviewChange } from '../../domain/review-progress'
import { shortFingerprint } from '../../domain/sla-fingerprint'
import { dataTable, labelled, paragraph, runs, type Block } from '../blocks'
import { formatsFor } from '../locale-format'
import { COLOUR, SPACING, TEXT_WIDTH, columnWidths } from '../measures'
import { teamName } from '../../domain/vocabulary'
import { flow, outline, type Outline } from '../outline'
import { framedDocument } from '../page-frame'
import { orDash, type DocContext } from '../parts/context'
import { actionTable } from '../parts/actions'
import { fingerprintLabel } from '../sla/version-labels'
import { STYLE } from '../styles'
import { textsFor } from '../texts'
import { calculatorBlocks } from './review-calculator'
import { crmBlocks } from './review-crm'
import { attendeesOf, decisionParagraphs, hasActualRates, reportedActions } from './review-figures'
import type { ReviewReportInput } from './review-input'
import { resultBlocks } from './review-results'

function fact(label: string, value: string): Paragraph {
  return labelled(label, value, STYLE.titleFact, COLOUR.muted)
}

/**
 * A compact title block instead of a title page: the report is a few pages long, and its first
 * page should already show results. Header and footer run on every page.
 */
function titleBlocks({ review, version, content, generatedAt, nextReviewDate }: ReviewReportInput, ctx: DocContext): Block[] {
  const t = ctx.texts.review
  const { formats } = ctx
  const organisation = [content.organisation, content.unit].filter((part) => part.trim() !== '').join(' · ')
  const number = formats.number(version.number)
  const state = review.state === 'closed' && review.closedAt !== null ? t.closedOn(formats.date(review.closedAt)) : t.states[review.state]
  return [
    paragraph(t.title, { style: STYLE.title }),
    paragraph([orDash(review.period, ctx), organisation].filter((part) => part.trim() !== '').join(' · '), { style: STYLE.subtitle }),
    fact(t.facts.period, orDash(review.period, ctx)),
    fact(t.facts.date, formats.isoDate(review.date)),
    fact(t.facts.version, version.signedAt === null ? ctx.texts.common.version(number) : t.versionSigned(number, formats.date(version.signedAt))),
    fact(t.facts.fingerprint, version.fingerprint ? shortFingerprint(version.fingerprint) : ctx.texts.sla.notSignedYet),
    fact(t.facts.state, state),
    fact(t.facts.nextReview, nextReviewDate ? formats.isoDate(nextReviewDate) : t.noNextReview),
    fact(t.facts.preparedOn, formats.date(generatedAt)),
    ...(review.state === 'open' ? [paragraph(t.openNotice, { style: STYLE.note })] : [])
  ]
}

function attendeeBlocks(input: ReviewReportInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.review
  const attendees = attendeesOf(input.review, input.participants)
  return [
    o.section(t.attendees),
    attendees.length === 0
      ? paragraph(t.noAttendees)
      : dataTable(
          [
            { header: t.attendeeColumns.name, weight: 36 },
            { header: t.attendeeColumns.role, weight: 40 },
            { header: t.attendeeColumns.team, weight: 24 }
          ],
          attendees.map((a) =>
            a.kind === 'guest'
              ? [{ text: a.name, bold: true }, { text: t.guest, colour: COLOUR.muted }, ctx.texts.none]
              : [{ text: orDash(a.name, ctx), bold: true }, orDash(a.role, ctx), teamName(a.team, ctx.formats.language)]
          )
        )
  ]
}

function calculatorSection({ review, content }: ReviewReportInput, ctx: DocContext, o: Outline): Block[] {
  if (!hasActualRates(review.actualRates)) return []
  return [o.section(ctx.texts.review.calculator), ...calculatorBlocks(content.funnel, review.actualRates, orDash(review.period, ctx), ctx)]
}

function decisionBlocks({ review }: ReviewReportInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.review
  const decisions = decisionParagraphs(review.decisions)
  return [o.section(t.decisions), ...(decisions.length === 0 ? [paragraph(t.noDecisions)] : decisions.map((text) => paragraph(text)))]
}

function actionBlocks({ review, actions }: ReviewReportInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.review
  if (actions.length === 0) return [o.section(t.actions), paragraph(t.noActions)]
  return [
    o.section(t.actions),
    paragraph(t.actionsIntro, { keepNext: true }),
    actionTable(reportedActions(actions, review.period), ctx, (a) => {
      const overdue = isOverdue(a, review.date) ? [t.overdueSince(ctx.formats.isoDate(a.due))] : []
      return {
        text: orDash(a.title, ctx),
        bold: a.addedInReview,
        details: [...(a.addedInReview ? [t.newInReview] : []), ...overdue],
        ...(overdue.length > 0 ? { colour: COLOUR.status.red.text } : {})
      }
    })
  ]
}

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '6B7280' }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' }

/**
 * Lines for the heads of marketing and sales (the reviewed version's signatories) to sign the
 * review off on paper: name and role, then room for place and date and for the signature.
 */
function signOffBlocks({ content }: ReviewReportInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.review
  const signatories = content.parties.signatories
  if (signatories.length === 0) return []
  // A gutter between place and signature, so the two lines read as two.
  const widths = columnWidths([34, 28, 4, 34], TEXT_WIDTH)
  const cell = (children: Paragraph[], width: number, underline: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.BOTTOM,
      borders: { top: NONE, left: NONE, right: NONE, bottom: underline ? LINE : NONE },
      children
    })
  const head = new TableRow({
    tableHeader: true,
    children: [t.signOffColumns.name, t.signOffColumns.placeAndDate, '', t.signOffColumns.signature].map((text, i) =>
      cell([new Paragraph({ style: STYLE.tableText, children: runs(text, { color: COLOUR.muted }) })], widths[i] ?? 0, false)
    )
  })
  const rows = signatories.map(
    (s) =>
      new TableRow({
        cantSplit: true,
        height: { value: SPACING.signatureSpace, rule: 'atLeast' },
        children: [
          cell(
            [
              new Paragraph({ style: STYLE.tableText, children: runs(orDash(s.name.trim(), ctx), { bold: true }) }),
              paragraph([s.role.trim(), teamName(s.team, ctx.formats.language)].filter(Boolean).join(' · '), { style: STYLE.tableText })
            ],
            widths[0] ?? 0,
            false
          ),
          cell([paragraph('', { style: STYLE.tableText })], widths[1] ?? 0, true),
          cell([paragraph('', { style: STYLE.tableText })], widths[2] ?? 0, false),
          cell([paragraph('', { style: STYLE.tableText })], widths[3] ?? 0, true)
        ]
      })
  )
  return [
    o.section(t.signOff),
    paragraph(t.signOffIntro, { keepNext: true }),
    new Table({
      rows: [head, ...rows],
      columnWidths: widths,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      tableLook: { firstRow: false, noHBand: true, noVBand: true }
    })
  ]
}

/**
 * The review report (SPEC §5, §6) in the language of the reviewed SLA: who attended, targets
 * and commitments against their actuals, the calculator with the real rates, the figures from the
 * CRM export when the review measured any, decisions and the
 * action plan, each page marked with the version and fingerprint of the SLA reviewed.
 */
export function buildReviewReportDocument(input: ReviewReportInput): Document {
  const { review, version, content } = input
  const texts = textsFor(content.language)
  const formats = formatsFor(content.language, input.timeZone)
  const ctx: DocContext = { texts, formats, currency: content.currency }
  const t = texts.review
  const o = outline({ numbered: true })
  const period = orDash(review.period, ctx)
  const body = [
    ...attendeeBlocks(input, ctx, o),
    ...resultBlocks(
      {
        review,
        content,
        thresholds: input.thresholds,
        change: input.previous ? reviewChange({ review, content }, input.previous, input.thresholds) : null
      },
      ctx,
      o
    ),
    ...calculatorSection(input, ctx, o),
    ...crmBlocks(input, ctx, o),
    ...decisionBlocks(input, ctx, o),
    ...actionBlocks(input, ctx, o),
    ...signOffBlocks(input, ctx, o)
  ]
  return framedDocument({
    numberedHeadings: o.numbered,
    frame: {
      texts,
      formats,
      organisation: content.organisation,
      documentName: t.headerTitle(period),
      mark: null,
      footerLeft: t.footer(period, formats.number(version.number)),
      footerRight: fingerprintLabel(version.fingerprint, texts)
    },
    title: `${t.title} ${period} – ${content.organisation}`,
    subject: texts.sla.headerTitle,
    titlePage: false,
    children: flow([...titleBlocks(input, ctx), ...body])
  })
}
