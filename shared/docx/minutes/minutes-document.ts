import { reviewDateList } from '../../domain/review-plan'
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
import { commitmentBlocks } from '../parts/commitments'
import { glossaryBlocks, lifecycleBlocks, mqlBlocks, sqlBlocks } from '../parts/definitions'
import { governanceBlocks } from '../parts/governance'
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

function stepBlocks(input: MinutesDocumentInput, items: readonly Item[], ctx: DocContext, o: Outline): Block[] {
  const h1 = (title: string) => o.section(title)
  const h2 = (title: string) => o.sub(title)
  const t = ctx.texts
  const content = buildSlaContent(input.workshop, input.participants, items)
  const { definitions, reporting } = content
  return [
    h1(t.minutes.steps.awareness),
    h2(t.minutes.friction),
    ...frictionBlocks(items, ctx),
    h2(t.minutes.voices),
    ...voiceBlocks(items, ctx, h3),
    h2(t.minutes.givesGets),
    ...givesGetsBlocks(items, ctx, h3),
    h2(t.minutes.benefits),
    ...benefitBlocks(items, ctx),
    h2(t.minutes.sharedGoal),
    ...sharedGoalBlocks(input.workshop, ctx),
    h1(t.minutes.steps.closedLoop),
    h2(t.sla.definitions.lifecycle),
    ...lifecycleBlocks(definitions.stages, ctx),
    h2(t.sla.reporting.reports),
    ...reportBlocks(reporting.reports, ctx),
    h2(t.sla.reporting.rejections),
    ...rejectionBlocks(reporting.rejectionReasons, ctx),
    h2(t.sla.reporting.stuckLeads),
    ...stuckLeadBlocks(reporting.stuckLeadRule, ctx),
    h1(t.minutes.steps.language),
    h2(t.sla.definitions.mql),
    ...mqlBlocks(definitions.mql, ctx),
    h2(t.sla.definitions.sql),
    ...sqlBlocks(definitions.sql, ctx),
    h2(t.sla.definitions.glossary),
    ...glossaryBlocks(definitions.glossary, ctx),
    h1(t.minutes.steps.sla),
    paragraph(t.minutes.slaSummary),
    h2(t.sla.responsibilities.title),
    ...responsibilityBlocks(content.responsibilities, ctx),
    h2(t.sla.commitments.title),
    ...commitmentBlocks(content.commitments, ctx),
    h2(t.sla.targets.title),
    ...targetBlocks(content.targets, ctx, h3),
    h3(t.sla.targets.calculator),
    ...calculatorBlocks(content.funnel, ctx),
    h2(t.sla.reporting.management),
    ...kpiBlocks(reporting.managementKpis, ctx),
    h2(t.sla.governance.title),
    ...governanceBlocks(content.governance, reviewDateList(input.workshop), ctx, h3),
    h1(t.minutes.steps.keepAtIt),
    h2(t.minutes.actions),
    ...actionBlocks(items, ctx),
    h2(t.minutes.concerns),
    ...concernBlocks(items, ctx)
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
    o.section(texts.minutes.agenda),
    ...agendaBlocks(input, ctx),
    ...stepBlocks(input, items, ctx, o),
    ...(input.parkingLot ? [o.section(texts.minutes.parkingLot), ...parkingBlocks(input.parkingLot, ctx)] : [])
  ]
  const children = flow([...titlePage(input, ctx), ...o.contents(texts), ...body])
  return framedDocument({
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
