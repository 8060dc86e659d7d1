import { computeFunnel, type FunnelOutcome, type FunnelResult } from '../../domain/funnel'
import { FUNNEL_COUNT_KEYS } from '../../domain/items'
import { measuredRate, type ActualRates } from '../../domain/review'
import type { FunnelInputs } from '../../domain/workshop'
import { dataTable, note, paragraph, type Block, type CellValue } from '../blocks'
import { COLOUR } from '../measures'
import type { DocContext } from '../parts/context'
import { ACTUAL_RATE_FIELDS, actualFunnelInputs } from './review-figures'

/**
 * The lead goals calculator run twice (SPEC §5): with the planned conversion rates of the SLA
 * and with the rates measured in the period, side by side.
 */

function rateRows(planned: FunnelInputs, rates: ActualRates, ctx: DocContext): CellValue[][] {
  const t = ctx.texts.review
  return ACTUAL_RATE_FIELDS.filter((field) => planned[field] !== null || measuredRate(rates, field) !== null).map((field) => {
    const measured = measuredRate(rates, field)
    return [
      t.rates[field],
      ctx.formats.percent(planned[field]),
      measured === null ? { text: t.statuses.notMeasured, colour: COLOUR.muted } : { text: ctx.formats.percent(measured), bold: true }
    ]
  })
}

function valuesOf(outcome: FunnelOutcome): FunnelResult | null {
  return outcome.ok ? outcome.values : null
}

function resultRows(planned: FunnelResult | null, actual: FunnelResult | null, ctx: DocContext): CellValue[][] {
  const labels = ctx.texts.sla.targets.resultLabels
  const count = (values: FunnelResult | null, key: (typeof FUNNEL_COUNT_KEYS)[number]) => ctx.formats.number(values?.[key] ?? null)
  const counts = FUNNEL_COUNT_KEYS.filter((key) => (planned?.[key] ?? null) !== null || (actual?.[key] ?? null) !== null).map((key): CellValue[] => [
    labels[key],
    count(planned, key),
    { text: count(actual, key), bold: true }
  ])
  const money = (values: FunnelResult | null) => ctx.formats.money(values?.revenue ?? null, ctx.currency)
  return [[labels.revenue, money(planned), { text: money(actual), bold: true }], ...counts]
}

/** Nothing when no rate was measured: then there is nothing to set beside the plan. */
export function calculatorBlocks(planned: FunnelInputs, rates: ActualRates, period: string, ctx: DocContext): Block[] {
  const t = ctx.texts.review
  const plannedValues = valuesOf(computeFunnel(planned))
  const actualValues = valuesOf(computeFunnel(actualFunnelInputs(planned, rates)))
  const computed = plannedValues !== null && actualValues !== null
  return [
    paragraph(t.calculatorIntro(period), { keepNext: true }),
    dataTable(
      [
        { header: t.rateColumns.rate, weight: 50 },
        { header: t.rateColumns.planned, weight: 25, align: 'right' },
        { header: t.rateColumns.actual, weight: 25, align: 'right' }
      ],
      rateRows(planned, rates, ctx)
    ),
    dataTable(
      [
        { header: t.resultColumns.result, weight: 50 },
        { header: t.resultColumns.planned, weight: 25, align: 'right' },
        { header: t.resultColumns.actual, weight: 25, align: 'right' }
      ],
      resultRows(plannedValues, actualValues, ctx),
      { keepWithNext: true }
    ),
    note(computed ? ctx.texts.sla.targets.roundedUp : t.notComputed)
  ]
}
