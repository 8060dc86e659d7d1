import type { SlaContent } from '../../domain/sla'
import { dataTable, paragraph, type Block } from '../blocks'
import { teamName } from '../../domain/vocabulary'
import { orDash, statusDetails, type DocContext } from './context'

type Commitment = SlaContent['commitments'][number]

/** "24 hours", "1 attempt", "1 per week", "95 %": an amount in a commitment's unit. */
export function commitmentAmount(value: number | null, unit: Commitment['unit'], ctx: DocContext): string {
  if (value === null) return ctx.texts.none
  if (unit === 'percent') return ctx.formats.percent(value)
  const forms = ctx.texts.sla.commitments.units[unit]
  const word = forms ? (value === 1 ? forms.one : forms.other) : String(unit)
  // No-break spaces: a table column must never put "24" and "hours" (or "pro" and "Woche") on two lines.
  return `${ctx.formats.number(value)}\u00A0${word.split(' ').join('\u00A0')}`.trim()
}

/** "at most 24 hours", "at least 6 attempts", "at least 1 per week". */
export function serviceLevel(commitment: Pick<Commitment, 'direction' | 'value' | 'unit'>, ctx: DocContext): string {
  if (commitment.value === null) return ctx.texts.none
  const direction = ctx.texts.sla.commitments.directions[commitment.direction] ?? ''
  return `${direction} ${commitmentAmount(commitment.value, commitment.unit, ctx)}`.trim()
}

export function commitmentBlocks(commitments: SlaContent['commitments'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.commitments
  if (commitments.length === 0) return [paragraph(t.none)]
  return [
    paragraph(t.intro, { keepNext: true }),
    dataTable(
      [
        { header: t.columns.commitment, weight: 30 },
        { header: t.columns.level, weight: 24 },
        { header: t.columns.team, weight: 16 },
        { header: t.columns.measuredBy, weight: 30 }
      ],
      commitments.map((commitment) => [
        { text: orDash(commitment.description, ctx), details: statusDetails(commitment.status, ctx) },
        { text: serviceLevel(commitment, ctx), bold: true },
        teamName(commitment.team, ctx.formats.language),
        orDash(commitment.measuredBy, ctx)
      ])
    )
  ]
}
