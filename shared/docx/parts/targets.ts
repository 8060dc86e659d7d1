import type { Paragraph } from 'docx'
import { computeFunnel, MONEY_INPUTS, type FunnelResult } from '../../domain/funnel'
import { FUNNEL_COUNT_KEYS, PERIODS } from '../../domain/items'
import { formatAmount } from '../../domain/numbers'
import type { SlaContent } from '../../domain/sla'
import type { FunnelInputs } from '../../domain/workshop'
import { bullets, dataTable, note, paragraph, type Block, type CellValue, type TableOptions } from '../blocks'
import { orDash, statusDetails, type DocContext } from './context'

type Target = SlaContent['targets'][number]

/** A target's value in its unit: money when the unit is the currency, a percentage for "%". */
export function targetValue(target: Pick<Target, 'value' | 'unit'>, ctx: DocContext): string {
  if (target.value === null) return ctx.texts.none
  return formatAmount(target.value, target.unit, ctx.currency, ctx.formats.language)
}

function ownerName(team: Target['team'], ctx: DocContext): string {
  const owners = ctx.texts.sla.targets.owners
  return team === null ? owners.none : (owners[team] ?? team)
}

/** One table per period (month, quarter, year), each under its own sub-heading. */
export function targetBlocks(targets: SlaContent['targets'], ctx: DocContext, subheading: (title: string) => Paragraph): Block[] {
  const t = ctx.texts.sla.targets
  if (targets.length === 0) return [paragraph(t.none)]
  const blocks: Block[] = [paragraph(t.intro)]
  for (const period of PERIODS) {
    const ofPeriod = targets.filter((target) => target.period === period)
    if (ofPeriod.length === 0) continue
    blocks.push(
      subheading(t.periodTitles[period]),
      dataTable(
        [
          { header: t.columns.metric, weight: 52 },
          { header: t.columns.owner, weight: 22 },
          { header: t.columns.value, weight: 26, align: 'right' }
        ],
        ofPeriod.map((target) => [
          { text: orDash(target.metric, ctx), details: statusDetails(target.status, ctx) },
          ownerName(target.team, ctx),
          { text: targetValue(target, ctx), bold: true }
        ])
      )
    )
  }
  return blocks
}

type InputKey = Exclude<keyof FunnelInputs, 'period'>
const RATE_INPUTS: readonly InputKey[] = ['marketingShare', 'visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer', 'leadToCustomer']
/** Shown even when empty, because the calculator cannot work without them. */
const REQUIRED_INPUTS: readonly InputKey[] = ['revenueGoal', 'marketingShare', 'dealSize']
const INPUT_ORDER: readonly InputKey[] = ['revenueGoal', 'marketingShare', 'dealSize', 'visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer', 'leadToCustomer', 'reps']

function inputValue(key: InputKey, value: number | null, ctx: DocContext): string {
  if (MONEY_INPUTS.includes(key)) return ctx.formats.money(value, ctx.currency)
  if (RATE_INPUTS.includes(key)) return ctx.formats.percent(value)
  return ctx.formats.number(value)
}

function resultRows(values: FunnelResult, ctx: DocContext): Array<[string, CellValue]> {
  const labels = ctx.texts.sla.targets.resultLabels
  const counts = FUNNEL_COUNT_KEYS.flatMap((key): Array<[string, CellValue]> => {
    const value = values[key]
    return value === null ? [] : [[labels[key], { text: ctx.formats.number(value), bold: true }]]
  })
  return [
    [labels.revenue, { text: ctx.formats.money(values.revenue, ctx.currency), bold: true }],
    ...counts,
    [labels.valueOfLead, ctx.formats.money(values.valueOfLead, ctx.currency)]
  ]
}

function pairTable(title: string, pairs: Array<[string, CellValue]>, ctx: DocContext, options: TableOptions = {}): Block {
  return dataTable(
    [
      { header: title, weight: 62 },
      { header: ctx.texts.sla.targets.valueColumn, weight: 38, align: 'right' }
    ],
    pairs.map(([label, value]) => [label, value]),
    options
  )
}

/** The reverse-funnel assumptions and what the calculator derives from them (SPEC §4, §6). */
export function calculatorBlocks(funnel: FunnelInputs, ctx: DocContext): Block[] {
  const t = ctx.texts.sla.targets
  if (INPUT_ORDER.every((key) => funnel[key] === null)) return [paragraph(t.notUsed)]
  const inputs = INPUT_ORDER.filter((key) => funnel[key] !== null || REQUIRED_INPUTS.includes(key)).map(
    (key): [string, CellValue] => [t.inputs[key], inputValue(key, funnel[key], ctx)]
  )
  const outcome = computeFunnel(funnel)
  const period = t.calculatorPeriods[funnel.period] ?? funnel.period
  const blocks: Block[] = [paragraph(t.calculatorIntro(period), { keepNext: true }), pairTable(t.assumptions, inputs, ctx)]
  if (!outcome.ok) {
    const problems = outcome.problems.map((problem) => {
      const label = problem.field === 'period' ? problem.field : t.inputs[problem.field]
      const message = problem.code === 'inconsistentLeadToCustomer' ? t.inconsistent : t.problems[problem.code]
      return `${label}: ${message}`
    })
    return [...blocks, paragraph(t.notComputed, { keepNext: true }), ...bullets(problems)]
  }
  const warnings = outcome.warnings.length > 0 ? [note(t.inconsistent)] : []
  return [...blocks, pairTable(t.results, resultRows(outcome.values, ctx), ctx, { keepWithNext: true }), note(t.roundedUp), ...warnings]
}
