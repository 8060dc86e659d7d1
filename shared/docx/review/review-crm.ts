import { figureDefinitions, figureLines, figureSource, type FigureLineInput } from '../../crm/figure-lines'
import { CRM_FIGURE_TEXTS } from '../../crm/figure-texts'
import { periodRange } from '../../domain/review-dates'
import { dataTable, minorHeading, paragraph, richParagraph, type Block } from '../blocks'
import { COLOUR } from '../measures'
import type { Outline } from '../outline'
import type { DocContext } from '../parts/context'
import type { ReviewReportInput } from './review-input'

/**
 * The figures the review measured from the CRM export (issue 13 §4): where they come from, each
 * figure with its value and how it was computed, the breakdowns, and the definitions — the lines
 * the figures screen shows (shared/crm/figure-lines.ts), so the report and the screen agree.
 * Nothing when the review has no import: its actuals were typed.
 */
export function crmBlocks({ review, content }: ReviewReportInput, ctx: DocContext, o: Outline): Block[] {
  const crm = review.crm
  if (!crm) return []
  const { formats } = ctx
  const language = formats.language
  const texts = CRM_FIGURE_TEXTS[language]
  const input: FigureLineInput = { figures: crm.figures, mapped: crm.mapped, content, timeZone: crm.timeZone }
  const lines = figureLines(input, language)
  const range = periodRange(crm.figures.period)
  const source = figureSource(
    {
      rows: crm.rows,
      name: crm.fileName,
      date: formats.dateTime(crm.importedAt),
      from: range ? formats.isoDate(range[0]) : crm.figures.period,
      to: range ? formats.isoDate(range[1]) : crm.figures.period,
      zone: crm.timeZone
    },
    language
  )
  return [
    o.section(ctx.texts.review.crm),
    paragraph(ctx.texts.review.crmIntro),
    paragraph(source, { keepNext: true }),
    dataTable(
      [
        { header: texts.columns.figure, weight: 26 },
        { header: texts.columns.value, weight: 30 },
        { header: texts.columns.basis, weight: 44 }
      ],
      lines.map((line) => [
        { text: line.label, bold: true },
        line.measured ? { text: line.value, bold: true } : { text: line.value, colour: COLOUR.muted },
        { text: line.basis, colour: COLOUR.muted }
      ])
    ),
    ...lines.flatMap((line) =>
      line.items
        ? [
            minorHeading(line.label),
            dataTable(
              [
                { header: line.items.header, weight: 75 },
                { header: texts.columns.mqls, weight: 25, align: 'right' as const }
              ],
              line.items.rows.map((row) => [row.label, row.value])
            )
          ]
        : []
    ),
    minorHeading(texts.definitionsTitle),
    ...figureDefinitions(input, language).map(({ term, text }) => richParagraph([{ text: `${term}: `, style: { bold: true } }, { text }]))
  ]
}
