import { itemsOf, type Item } from '../../domain/items'
import { NOTABLE_GAP } from '../../domain/friction'
import type { RoomRating } from '../../domain/room-records'
import { heatOf, heatRow, ratersOf, rowGap, teamRated, type HeatCell } from '../../domain/room-tally'
import type { Team, Workshop } from '../../domain/workshop'
import { dataTable, paragraph, type Block, type Cell } from '../blocks'
import { COLOUR } from '../measures'
import { orDash, type DocContext } from '../parts/context'
import { textList } from '../parts/definitions'
import { STYLE } from '../styles'

type Subheading = (title: string) => Block

/** The gaps, as on screen, to one decimal. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10

function ratingCell(cell: HeatCell, ctx: DocContext): Cell {
  if (cell.value === null) return { text: ctx.texts.minutes.notRated, align: 'center', colour: COLOUR.muted }
  // The fill says at a glance how much it hurts: green (1) through amber to red (5).
  const fill = COLOUR.heat[Math.min(Math.max(Math.round(cell.value), 1), 5) - 1]
  if (cell.source === 'typed') return { text: ctx.formats.number(cell.value), align: 'center', bold: true, fill }
  const details = [ctx.texts.minutes.roomRatings(ctx.formats.number(cell.count), ctx.formats.number(cell.spread))]
  return { text: ctx.formats.average(cell.value), details, align: 'center', bold: true, fill }
}

/**
 * The friction check as a heat map: areas × teams, shaded by rating, with the perception gap. Where
 * the room's phones rated, a cell holds their average, the number of ratings and the spread, and
 * the minutes say how many people rated; the team `other` has a column once its phones rated — and
 * then, for the page's width, the notes stand under each area's name rather than in a column.
 */
export function frictionBlocks(items: readonly Item[], roomRatings: readonly RoomRating[], ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  const areas = itemsOf(items, 'friction')
  if (areas.length === 0) return [paragraph(t.nothing)]
  const heat = heatOf(roomRatings)
  const others = teamRated(heat, 'other')
  const teams: Team[] = others ? ['marketing', 'sales', 'management', 'other'] : ['marketing', 'sales', 'management']
  const rows = areas.map((area) => {
    const row = heatRow(area, heat)
    const gap = rowGap(row)
    const name: Cell = { text: orDash(area.area, ctx), bold: true, details: others && area.notes.trim() !== '' ? [area.notes] : undefined }
    return [
      name,
      ...teams.map((team) => ratingCell(row[team], ctx)),
      gap === null
        ? { text: t.notRated, align: 'center' as const }
        : { text: ctx.formats.number(oneDecimal(gap)), align: 'center' as const, bold: gap >= NOTABLE_GAP, colour: gap >= NOTABLE_GAP ? COLOUR.gapNotable : undefined },
      ...(others ? [] : [area.notes])
    ]
  })
  const raters = ratersOf(roomRatings)
  return [
    paragraph(t.frictionLegend, { keepNext: true }),
    ...(raters > 0 ? [paragraph(t.roomRated(raters, ctx.formats.number(raters)), { keepNext: true })] : []),
    dataTable(
      [
        { header: t.frictionColumns.area, weight: others ? 31 : 27 },
        { header: ctx.texts.teams.marketing, weight: 13, align: 'center' },
        { header: ctx.texts.teams.sales, weight: 11, align: 'center' },
        // "Geschäftsleitung" in bold needs the widest of the rating columns.
        { header: ctx.texts.teams.management, weight: 18, align: 'center' },
        ...(others ? [{ header: ctx.texts.teams.other, weight: 13, align: 'center' as const }] : []),
        { header: t.frictionColumns.gap, weight: 8, align: 'center' },
        ...(others ? [] : [{ header: t.frictionColumns.notes, weight: 23 }])
      ],
      rows
    )
  ]
}

/** The voice cards per team, as spoken: anonymous, in four groups. */
export function voiceBlocks(items: readonly Item[], ctx: DocContext, subheading: Subheading): Block[] {
  const t = ctx.texts.minutes
  const voices = itemsOf(items, 'voice')
  const group = (team: 'marketing' | 'sales', kind: 'heard' | 'says') =>
    voices.filter((voice) => voice.team === team && voice.kind === kind).map((voice) => voice.text)
  const groups: Array<[string, string[]]> = [
    [t.voiceGroups.marketingHeard, group('marketing', 'heard')],
    [t.voiceGroups.marketingSays, group('marketing', 'says')],
    [t.voiceGroups.salesHeard, group('sales', 'heard')],
    [t.voiceGroups.salesSays, group('sales', 'says')]
  ]
  return [paragraph(t.voicesIntro), ...groups.flatMap(([title, texts]) => [subheading(title), ...textList(texts, t.nothing)])]
}

export function givesGetsBlocks(items: readonly Item[], ctx: DocContext, subheading: Subheading): Block[] {
  const t = ctx.texts.minutes
  const needs = itemsOf(items, 'giveGet')
  const of = (team: 'marketing' | 'sales') => needs.filter((need) => need.team === team).map((need) => need.text)
  return [subheading(t.marketingNeeds), ...textList(of('marketing'), t.nothing), subheading(t.salesNeeds), ...textList(of('sales'), t.nothing)]
}

export function benefitBlocks(items: readonly Item[], ctx: DocContext): Block[] {
  return textList(itemsOf(items, 'benefit').map((benefit) => benefit.text), ctx.texts.minutes.nothing)
}

export function sharedGoalBlocks(workshop: Workshop, ctx: DocContext): Block[] {
  return [workshop.sharedGoal.trim() ? paragraph(workshop.sharedGoal, { style: STYLE.goal }) : paragraph(ctx.texts.sla.parties.noSharedGoal)]
}
