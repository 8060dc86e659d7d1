import { attainmentSummary, type AttainmentStatus } from '../../domain/attainment'
import { PERIODS } from '../../domain/items'
import type { AttainmentThresholds, Review } from '../../domain/review'
import { scalingFactor } from '../../domain/review-target'
import { reviewRows, type ReviewRow } from '../../domain/review-items'
import type { ReviewChange } from '../../domain/review-progress'
import type { SlaContent } from '../../domain/sla'
import { dataTable, note, paragraph, richParagraph, type Block, type Cell, type CellValue, type Column } from '../blocks'
import { COLOUR } from '../measures'
import type { Outline } from '../outline'
import { commitmentAmount, serviceLevel } from '../parts/commitments'
import { orDash, type DocContext } from '../parts/context'
import { targetValue } from '../parts/targets'
import { STYLE } from '../styles'
import { shownPercent } from './review-figures'

/**
 * The review's results (SPEC §5): overall attainment, then a table of targets and one of
 * commitments with target, actual, attainment and a coloured status that always names itself.
 */

interface ResultsInput {
  review: Review
  content: SlaContent
  thresholds: AttainmentThresholds
  /** What changed since the previous review; null for the first. */
  change?: ReviewChange | null
}

/**
 * The last three columns have the same widths in both tables, so actual, attainment and status
 * line up from one table to the next; each is wide enough for its longest German word
 * ("Zielerreichung", "nicht gemessen") to stay whole.
 */
const TAIL_WEIGHTS = { actual: 16, attainment: 17, status: 17 } as const

/** A table this short is kept on one page, so a heading never sits above a lone first row. */
const KEEP_TOGETHER_ROWS = 12

const tableOptions = (rows: readonly unknown[]) => ({ keepTogether: rows.length <= KEEP_TOGETHER_ROWS })

export function statusCell(status: AttainmentStatus, ctx: DocContext): Cell {
  const colours = COLOUR.status[status]
  return { text: ctx.texts.review.statuses[status], fill: colours.fill, colour: colours.text, bold: status !== 'notMeasured' && status !== 'noTarget', align: 'center' }
}

function attainmentCell(row: ReviewRow, thresholds: AttainmentThresholds, ctx: DocContext): CellValue {
  const { percent } = row.attainment
  return percent === null ? ctx.texts.none : { text: ctx.formats.percent(shownPercent(percent, thresholds)), bold: true }
}

/** A value in the row's unit. */
function rowAmount(row: ReviewRow, value: number, ctx: DocContext): string {
  if (row.kind === 'target') return targetValue({ value, unit: row.unit }, ctx)
  return row.commitmentUnit === null ? ctx.formats.number(value) : commitmentAmount(value, row.commitmentUnit, ctx)
}

/** The actual in the row's unit, the previous review's beneath; a missing one says so and is never shown as 0. */
function actualCell(row: ReviewRow, input: ResultsInput, ctx: DocContext): CellValue {
  const value = input.review.actuals[row.id]?.value
  const before = input.change?.previousActuals.get(row.id)
  const details = input.change && before !== undefined ? [ctx.texts.review.previousActual(input.change.previousPeriod, rowAmount(row, before, ctx))] : []
  if (input.review.actuals[row.id]?.fromCrm && input.review.crm) details.unshift(ctx.texts.review.fromCrm)
  if (value === null || value === undefined || !Number.isFinite(value)) return { text: ctx.texts.review.statuses.notMeasured, colour: COLOUR.muted, details }
  return { text: rowAmount(row, value, ctx), details }
}

function labelCell(row: ReviewRow, review: Review, ctx: DocContext): Cell {
  const remark = review.actuals[row.id]?.note.trim() ?? ''
  return { text: orDash(row.label, ctx), details: remark ? [ctx.texts.review.note(remark)] : [] }
}

function tailColumns(ctx: DocContext): Column[] {
  const c = ctx.texts.review.columns
  return [
    { header: c.actual, weight: TAIL_WEIGHTS.actual, align: 'right' },
    { header: c.attainment, weight: TAIL_WEIGHTS.attainment, align: 'right' },
    { header: c.status, weight: TAIL_WEIGHTS.status, align: 'center' }
  ]
}

function tailCells(row: ReviewRow, input: ResultsInput, ctx: DocContext): CellValue[] {
  return [actualCell(row, input, ctx), attainmentCell(row, input.thresholds, ctx), statusCell(row.attainment.status, ctx)]
}

function periodRank(row: ReviewRow): number {
  return row.period === null ? PERIODS.length : PERIODS.indexOf(row.period)
}

function targetTable(rows: readonly ReviewRow[], input: ResultsInput, ctx: DocContext): Block[] {
  const t = ctx.texts.review
  if (rows.length === 0) return [paragraph(t.noTargets)]
  // Grouped by period like the SLA's target tables, in the SLA's order within each period.
  const sorted = [...rows].sort((a, b) => periodRank(a) - periodRank(b))
  const periods = ctx.texts.sla.targets.periods
  return [
    dataTable(
      [
        { header: t.columns.metric, weight: 22 },
        { header: t.columns.period, weight: 13 },
        { header: t.columns.target, weight: 15, align: 'right' },
        ...tailColumns(ctx)
      ],
      sorted.map((row) => [
        labelCell(row, input.review, ctx),
        row.period === null ? ctx.texts.none : (periods[row.period] ?? row.period),
        targetCell(row, ctx),
        ...tailCells(row, input, ctx)
      ]),
      tableOptions(sorted)
    )
  ]
}

/** The quarter's target, with how it came from a yearly or monthly one underneath. */
function targetCell(row: ReviewRow, ctx: DocContext): Cell {
  const text = targetValue({ value: row.target, unit: row.unit }, ctx)
  const rule = row.targetRule
  const t = ctx.texts.review
  if (!rule || rule.agreed === null || rule.scaling.kind === 'asAgreed') return { text }
  if (rule.scaling.kind === 'rate') return { text, details: [t.rateTarget] }
  return { text, details: [t.scaledTarget(rule.scaling.from, scalingFactor(rule.scaling), targetValue({ value: rule.agreed, unit: row.unit }, ctx))] }
}

function commitmentTable(rows: readonly ReviewRow[], input: ResultsInput, ctx: DocContext): Block[] {
  const t = ctx.texts.review
  if (rows.length === 0) return [paragraph(t.noCommitments)]
  return [
    dataTable(
      [{ header: t.columns.commitment, weight: 30 }, { header: t.columns.level, weight: 20 }, ...tailColumns(ctx)],
      rows.map((row) => [
        labelCell(row, input.review, ctx),
        row.commitmentUnit === null ? ctx.texts.none : serviceLevel({ direction: row.direction, value: row.target, unit: row.commitmentUnit }, ctx),
        ...tailCells(row, input, ctx)
      ]),
      tableOptions(rows)
    )
  ]
}

/** "Attainment: 5 of 17 items met · 3 nearly met · 9 missed · 2 not measured", the report's key figure. */
export function overallBlocks(rows: readonly ReviewRow[], ctx: DocContext, change: ReviewChange | null = null): Block[] {
  const t = ctx.texts.review
  const counts = attainmentSummary(rows.map((row) => row.attainment))
  const n = (value: number) => ctx.formats.number(value)
  const value = t.summary({
    total: n(counts.total),
    met: n(counts.met),
    nearlyMet: n(counts.nearlyMet),
    missed: n(counts.missed),
    notMeasured: n(counts.notMeasured),
    noTarget: n(counts.noTarget),
    raw: { total: counts.total, noTarget: counts.noTarget }
  })
  return [
    richParagraph([{ text: `${t.overall}: `, style: { color: COLOUR.muted } }, { text: value, style: { bold: true } }], { style: STYLE.keyFigure }),
    ...(change ? [paragraph(t.sinceLast(change.previousPeriod, n(change.previousMet), n(change.previousTotal), n(change.met), n(change.total)))] : []),
    note(t.overallExplained)
  ]
}

export function resultBlocks(input: ResultsInput, ctx: DocContext, o: Outline): Block[] {
  const t = ctx.texts.review
  const rows = reviewRows(input.content, input.review, input.thresholds)
  const legend = t.legend(ctx.formats.percent(input.thresholds.green), ctx.formats.percent(input.thresholds.amber))
  return [
    o.section(t.results),
    ...overallBlocks(rows, ctx, input.change ?? null),
    o.sub(t.targets),
    ...targetTable(
      rows.filter((row) => row.kind === 'target'),
      input,
      ctx
    ),
    o.sub(t.commitments),
    ...commitmentTable(
      rows.filter((row) => row.kind === 'commitment'),
      input,
      ctx
    ),
    note(legend)
  ]
}
