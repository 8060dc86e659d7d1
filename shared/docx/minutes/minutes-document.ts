import { reviewDateList, versionSchedule } from '../../domain/review-plan'
import { Paragraph, type Document } from 'docx'
import { agendaSchedule, formatClockTime, formatDuration, formatMinutes, formatTimeSpan } from '../../domain/agenda'
import { itemsOf, type Item } from '../../domain/items'
import { buildSlaContent } from '../../domain/sla-content'
import type { StepId } from '../../domain/workshop'
import { dataTable, labelled, minorHeading, paragraph, runs, type Block } from '../blocks'
import { formatsFor } from '../locale-format'
import { COLOUR, SIZE, SPACING, fontSize } from '../measures'
import { teamName } from '../../domain/vocabulary'
import { flow, outline, type Outline } from '../outline'
import { framedDocument } from '../page-frame'
import { orDash, type DocContext } from '../parts/context'
import { commitmentBlocks, handoverBlocks, lineEntries } from '../parts/commitments'
import { glossaryBlocks, lifecycleBlocks, mqlBlocks, sqlBlocks } from '../parts/definitions'
import { governanceBlocks, scopeBlocks } from '../parts/governance'
import { kpiBlocks, rejectionBlocks, reportBlocks, stuckLeadBlocks } from '../parts/reporting'
import { responsibilityBlocks } from '../parts/responsibilities'
import { actionTable } from '../parts/actions'
import { calculatorBlocks, targetBlocks } from '../parts/targets'
import { STYLE } from '../styles'
import { textsFor } from '../texts'
import { benefitBlocks, frictionBlocks, givesGetsBlocks, sharedGoalBlocks, voiceBlocks } from './awareness'
import type { MinutesDocumentInput } from './minutes-input'

/** Below the level the contents list: unnumbered, like the minutes' other headings. */
const h3 = minorHeading

function sortedItems(items: readonly Item[]): Item[] {
  return [...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function fact(label: string, value: string): Paragraph {
  return labelled(label, value, STYLE.titleFact, COLOUR.muted)
}

function titlePage({ workshop, participants, generatedAt }: MinutesDocumentInput, ctx: DocContext): Block[] {
  const t = ctx.texts
  const organisation = [workshop.organisation, workshop.unit].filter((part) => part.trim() !== '').join(' · ')
  return [
    new Paragraph({ spacing: { before: SPACING.titlePageTop, after: 120 }, children: runs(organisation, { bold: true, size: fontSize(SIZE.subtitle), color: COLOUR.accent }) }),
    paragraph(t.minutes.title, { style: STYLE.title }),
    paragraph(orDash(workshop.title, ctx), { style: STYLE.subtitle }),
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    fact(t.common.date, ctx.formats.isoDate(workshop.date)),
    fact(t.minutes.facts.facilitator, orDash(workshop.facilitator, ctx)),
    fact(t.minutes.participants, ctx.formats.number(participants.length)),
    fact(t.minutes.facts.generatedOn, ctx.formats.date(generatedAt))
  ]
}

function participantBlocks({ participants }: MinutesDocumentInput, ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  if (participants.length === 0) return [paragraph(t.noParticipants)]
  const sorted = [...participants].sort((a, b) => a.order - b.order)
  return [
    dataTable(
      [
        { header: t.participantColumns.name, weight: 22 },
        { header: t.participantColumns.role, weight: 22 },
        { header: t.participantColumns.team, weight: 18 },
        { header: t.participantColumns.email, weight: 22 },
        { header: t.participantColumns.signs, weight: 16, align: 'center' }
      ],
      sorted.map((p) => [{ text: orDash(p.name, ctx), bold: true }, orDash(p.role, ctx), teamName(p.team, ctx.formats.language), orDash(p.email, ctx), p.signsSla ? ctx.texts.yes : ctx.texts.no])
    )
  ]
}

/** The agenda (issue 10 §6): the same run of show as the screen — steps and breaks, planned times, the total. */
function agendaBlocks({ workshop }: MinutesDocumentInput, ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  const locale = ctx.formats.locale
  const schedule = agendaSchedule(workshop.agenda, workshop.steps)
  const rows = schedule.entries.map(({ entry, start, end, minutes }) => {
    const time = formatTimeSpan(start, end, locale)
    const length = { text: formatMinutes(minutes, locale), align: 'right' as const }
    if (entry.kind === 'break') return [time, { text: orDash(entry.name, ctx), colour: COLOUR.muted }, length, '']
    const record = workshop.steps[entry.step]
    return [time, { text: t.steps[entry.step], bold: true }, length, record.completed ? { text: t.complete, bold: true } : t.open]
  })
  return [
    paragraph(t.agendaIntro(formatClockTime(schedule.start, locale), formatClockTime(schedule.end, locale))),
    dataTable(
      [
        { header: t.agendaColumns.time, weight: 20 },
        { header: t.agendaColumns.entry, weight: 46 },
        { header: t.agendaColumns.duration, weight: 16, align: 'right' },
        { header: t.agendaColumns.status, weight: 18 }
      ],
      [...rows, [formatTimeSpan(schedule.start, schedule.end, locale), { text: t.total, bold: true }, { text: formatDuration(schedule.totalMinutes, locale), align: 'right', bold: true }, '']]
    )
  ]
}

function actionBlocks(items: readonly Item[], ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  const actions = itemsOf(items, 'action')
  if (actions.length === 0) return [paragraph(t.nothing)]
  return [actionTable(actions, ctx)]
}

function concernBlocks(items: readonly Item[], ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  const concerns = itemsOf(items, 'concern')
  if (concerns.length === 0) return [paragraph(t.nothing)]
  return [
    dataTable(
      [
        { header: t.concernColumns.concern, weight: 50 },
        { header: t.concernColumns.response, weight: 50 }
      ],
      concerns.map((c) => [orDash(c.text, ctx), orDash(c.response, ctx)])
    )
  ]
}

function parkingBlocks(parkingLot: ReadonlyArray<{ text: string; step: StepId }>, ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  if (parkingLot.length === 0) return [paragraph(t.nothing)]
  return [
    dataTable(
      [
        { header: t.parkingColumns.item, weight: 65 },
        { header: t.parkingColumns.step, weight: 35 }
      ],
      parkingLot.map((entry) => [orDash(entry.text, ctx), t.steps[entry.step] ?? entry.step])
    )
  ]
}

/** A part of a step: its heading, what it shows, and whether the room captured anything in it. */
interface Part {
  title: string
  blocks: () => Block[]
  empty: boolean
}

/**
 * A step with its parts. Parts the room left empty are not listed one by one under headings that
 * each say "nothing was recorded": the step names them once at its end, and a step with nothing
 * at all says so once.
 */
function step(title: string, parts: readonly Part[], ctx: DocContext, o: Outline, intro: Block[] = []): Block[] {
  const t = ctx.texts.minutes
  const filled = parts.filter((part) => !part.empty)
  const left = parts.filter((part) => part.empty).map((part) => part.title)
  if (filled.length === 0) return [o.section(title), paragraph(t.stepEmpty)]
  return [
    o.section(title),
    ...intro,
    ...filled.flatMap((part) => [o.sub(part.title), ...part.blocks()]),
    ...(left.length > 0 ? [paragraph(t.notCaptured(left.join(', ')), { style: STYLE.note })] : [])
  ]
}

function stepBlocks(input: MinutesDocumentInput, items: readonly Item[], ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts
  const content = buildSlaContent(input.workshop, input.participants, items)
  const { definitions, reporting } = content
  const none = (list: Parameters<typeof itemsOf>[1]) => itemsOf(items, list).length === 0
  return [
    ...step(
      t.minutes.steps.awareness,
      [
        { title: t.minutes.friction, blocks: () => frictionBlocks(items, input.roomRatings ?? [], ctx), empty: none('friction') },
        { title: t.minutes.voices, blocks: () => voiceBlocks(items, ctx, h3), empty: none('voice') },
        { title: t.minutes.givesGets, blocks: () => givesGetsBlocks(items, ctx, h3), empty: none('giveGet') },
        { title: t.minutes.benefits, blocks: () => benefitBlocks(items, ctx), empty: none('benefit') },
        { title: t.minutes.sharedGoal, blocks: () => sharedGoalBlocks(input.workshop, ctx), empty: input.workshop.sharedGoal.trim() === '' }
      ],
      ctx,
      o
    ),
    ...step(
      t.minutes.steps.closedLoop,
      [
        { title: t.sla.definitions.lifecycle, blocks: () => lifecycleBlocks(definitions.stages, ctx), empty: definitions.stages.length === 0 },
        { title: t.sla.reporting.reports, blocks: () => reportBlocks(reporting.reports, ctx), empty: reporting.reports.length === 0 },
        { title: t.sla.reporting.rejections, blocks: () => rejectionBlocks(reporting.rejectionReasons, ctx), empty: reporting.rejectionReasons.length === 0 },
        { title: t.sla.reporting.stuckLeads, blocks: () => stuckLeadBlocks(reporting.stuckLeadRule, ctx), empty: false }
      ],
      ctx,
      o
    ),
    ...step(
      t.minutes.steps.language,
      [
        { title: t.sla.definitions.mql, blocks: () => mqlBlocks(definitions.mql, ctx), empty: false },
        { title: t.sla.definitions.sql, blocks: () => sqlBlocks(definitions.sql, ctx), empty: false },
        { title: t.sla.definitions.glossary, blocks: () => glossaryBlocks(definitions.glossary, ctx), empty: definitions.glossary.length === 0 }
      ],
      ctx,
      o
    ),
    ...step(
      t.minutes.steps.sla,
      [
        { title: t.sla.responsibilities.title, blocks: () => responsibilityBlocks(content.responsibilities, ctx), empty: content.responsibilities.length === 0 },
        { title: t.sla.parties.scope, blocks: () => scopeBlocks(content.governance, ctx), empty: !content.governance.scopeLeads?.trim() && !content.governance.scopeRegions?.trim() },
        { title: t.sla.commitments.title, blocks: () => commitmentBlocks(content.commitments, ctx, content.governance.clock), empty: content.commitments.length === 0 },
        {
          title: t.sla.commitments.handover,
          blocks: () => handoverBlocks(content.governance.handoverData ?? '', ctx),
          empty: lineEntries(content.governance.handoverData ?? '').length === 0
        },
        {
          title: t.sla.targets.title,
          blocks: () => [...targetBlocks(content.targets, ctx, h3), h3(t.sla.targets.calculator), ...calculatorBlocks(content.funnel, ctx)],
          empty: false
        },
        { title: t.sla.reporting.management, blocks: () => kpiBlocks(reporting.managementKpis, ctx), empty: reporting.managementKpis.length === 0 },
        { title: t.sla.governance.title, blocks: () => governanceBlocks(content.governance, reviewDateList(versionSchedule(content.governance, input.workshop)), ctx, h3), empty: false }
      ],
      ctx,
      o,
      [paragraph(t.minutes.slaSummary)]
    ),
    ...step(
      t.minutes.steps.keepAtIt,
      [
        { title: t.minutes.actions, blocks: () => actionBlocks(items, ctx), empty: none('action') },
        { title: t.minutes.concerns, blocks: () => concernBlocks(items, ctx), empty: none('concern') }
      ],
      ctx,
      o
    )
  ]
}

/** What the day decided, on the first page of the record: the SLA's state, the actions, the next meeting. */
function resultBlocks(input: MinutesDocumentInput, items: readonly Item[], ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.minutes
  const { formats } = ctx
  const sla = input.sla ?? { number: 1, signedAt: null, signers: [] }
  const actions = itemsOf(items, 'action')
  const open = actions.filter((a) => a.state !== 'done').length
  const next = reviewDateList(input.workshop).find((date) => date >= input.workshop.date) ?? null
  return [
    o.section(t.results),
    fact(
      t.resultLabels.sla,
      sla.sealBroken
        ? t.slaSealBroken(formats.number(sla.number))
        : sla.signedAt === null
          ? t.slaDraft(formats.number(sla.number))
          : t.slaSigned(formats.number(sla.number), formats.date(sla.signedAt), formats.list(sla.signers.filter((name) => name.trim() !== '')) || ctx.texts.none)
    ),
    fact(t.resultLabels.actions, t.actionsAgreed(actions.length, formats.number(actions.length), formats.number(open))),
    fact(t.resultLabels.next, next ? t.nextReview(formats.isoDate(next)) : t.noNextReview)
  ]
}

/** The workshop minutes (SPEC §6): everything the room captured in the five steps. */
export function buildMinutesDocument(input: MinutesDocumentInput): Document {
  const { workshop } = input
  const texts = textsFor(workshop.language)
  const formats = formatsFor(workshop.language, input.timeZone)
  const ctx: DocContext = { texts, formats, currency: workshop.currency }
  const items = sortedItems(input.items)
  // Minutes read as a record of the day, so their headings carry names (the steps), not numbers.
  const o = outline({ numbered: false })
  const body = [
    o.section(texts.minutes.participants, { pageBreakBefore: true }),
    ...participantBlocks(input, ctx),
    ...resultBlocks(input, items, ctx, o),
    o.section(texts.minutes.agenda),
    ...agendaBlocks(input, ctx),
    ...stepBlocks(input, items, ctx, o),
    ...(input.parkingLot ? [o.section(texts.minutes.parkingLot), ...parkingBlocks(input.parkingLot, ctx)] : [])
  ]
  const children = flow([...titlePage(input, ctx), ...o.contents(texts), ...body])
  return framedDocument({
    numberedHeadings: o.numbered,
    frame: {
      texts,
      formats,
      organisation: workshop.organisation,
      documentName: `${texts.minutes.headerTitle} · ${formats.isoDate(workshop.date)}`,
      mark: null,
      footerLeft: workshop.title,
      footerRight: texts.common.generatedBy
    },
    title: `${texts.minutes.title} – ${workshop.title}`,
    subject: workshop.organisation,
    children
  })
}
