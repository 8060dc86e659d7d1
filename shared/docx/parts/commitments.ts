import type { SlaContent } from '../../domain/sla'
import { dataTable, paragraph, type Block } from '../blocks'
import { teamName } from '../names'
import { orDash, statusDetails, type DocContext } from './context'

type Commitment = SlaContent['commitments'][number]

/** "at most 24 hours", "at least 6 attempts", "at least 1 per week". */
export function serviceLevel(commitment: Pick<Commitment, 'direction' | 'value' | 'unit'>, ctx: DocContext): string {
  const t = ctx.texts.sla.commitments
  if (commitment.value === null) return ctx.texts.none
  const direction = t.directions[commitment.direction] ?? ''
  if (commitment.unit === 'percent') return `${direction} ${ctx.formats.percent(commitment.value)}`.trim()
  const forms = t.units[commitment.unit]
  const unit = forms ? (commitment.value === 1 ? forms.one : forms.other) : String(commitment.unit)
  return `${direction} ${ctx.formats.number(commitment.value)} ${unit}`.trim()
}

export function commitmentBlocks(commitments: SlaContent['commitments'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.commitments
  if (commitments.length === 0) return [paragraph(t.none)]
  return [
    paragraph(t.intro, { keepNext: true }),
    dataTable(
      [
        { header: t.columns.commitment, weight: 32 },
        { header: t.columns.level, weight: 19 },
        { header: t.columns.team, weight: 19 },
        { header: t.columns.measuredBy, weight: 30 }
      ],
      commitments.map((commitment) => [
        { text: orDash(commitment.description, ctx), details: statusDetails(commitment.status, ctx) },
        { text: serviceLevel(commitment, ctx), bold: true },
        teamName(commitment.team, ctx.texts),
        orDash(commitment.measuredBy, ctx)
      ])
    )
  ]
}
