import { RACI_TEAMS } from '../../domain/items'
import { isAccountable, isResponsible, raciLabel } from '../../domain/raci'
import type { SlaContent } from '../../domain/sla'
import { dataTable, minorHeading, paragraph, richParagraph, type Block } from '../blocks'
import { STYLE } from '../styles'
import { orDash, statusDetails, type DocContext } from './context'

/** "Geschäftsleitung" in bold needs the room of a wider column than "Vertrieb". */
const RACI_WEIGHTS = { marketing: 14, sales: 13, management: 19 } as const

/** The RACI matrix (SPEC §4 step 4) with its legend, so a reader outside the room can read it. */
export function responsibilityBlocks(responsibilities: SlaContent['responsibilities'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.responsibilities
  if (responsibilities.length === 0) return [paragraph(t.none)]
  const legend = t.legend.map(([letter, meaning]) =>
    richParagraph([{ text: `${letter}  `, style: { bold: true } }, { text: meaning }], { style: STYLE.listBullet })
  )
  const rows = responsibilities.map((entry) => [
    { text: orDash(entry.activity, ctx), details: statusDetails(entry.status, ctx) },
    ...RACI_TEAMS.map((team) => {
      const letter = entry.raci[team]
      return { text: raciLabel(letter) || ctx.texts.none, bold: isAccountable(letter) || isResponsible(letter), align: 'center' as const }
    }),
    orDash(entry.owner, ctx)
  ])
  return [
    paragraph(t.intro, { keepNext: true }),
    dataTable(
      [
        { header: t.columns.activity, weight: 36 },
        ...RACI_TEAMS.map((team) => ({ header: t.raciTeams[team], weight: RACI_WEIGHTS[team], align: 'center' as const })),
        { header: t.columns.owner, weight: 18 }
      ],
      rows
    ),
    minorHeading(t.legendTitle),
    ...legend
  ]
}
