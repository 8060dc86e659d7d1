import { itemsOf, type Item } from '../../domain/items'
import { NOTABLE_GAP, perceptionGap } from '../../domain/friction'
import type { Workshop } from '../../domain/workshop'
import { dataTable, paragraph, type Block, type Cell } from '../blocks'
import { COLOUR } from '../measures'
import { orDash, type DocContext } from '../parts/context'
import { textList } from '../parts/definitions'
import { STYLE } from '../styles'

type Subheading = (title: string) => Block

function ratingCell(rating: number | null, ctx: DocContext): Cell {
  if (rating === null) return { text: ctx.texts.minutes.notRated, align: 'center', colour: COLOUR.muted }
  // The fill says at a glance how much it hurts: green (1) through amber to red (5).
  return { text: ctx.formats.number(rating), align: 'center', bold: true, fill: COLOUR.heat[Math.min(Math.max(rating, 1), 5) - 1] }
}

/** The friction check as a heat map: areas × teams, shaded by rating, with the perception gap. */
export function frictionBlocks(items: readonly Item[], ctx: DocContext): Block[] {
  const t = ctx.texts.minutes
  const areas = itemsOf(items, 'friction')
  if (areas.length === 0) return [paragraph(t.nothing)]
  const rows = areas.map((area) => {
    const gap = perceptionGap(area)
    return [
      { text: orDash(area.area, ctx), bold: true },
      ratingCell(area.ratings.marketing, ctx),
      ratingCell(area.ratings.sales, ctx),
      ratingCell(area.ratings.management, ctx),
      gap === null
        ? { text: t.notRated, align: 'center' as const }
        : { text: ctx.formats.number(gap), align: 'center' as const, bold: gap >= NOTABLE_GAP, colour: gap >= NOTABLE_GAP ? COLOUR.gapNotable : undefined },
      area.notes
    ]
  })
  return [
    paragraph(t.frictionLegend, { keepNext: true }),
    dataTable(
      [
        { header: t.frictionColumns.area, weight: 27 },
        { header: ctx.texts.teams.marketing, weight: 13, align: 'center' },
        { header: ctx.texts.teams.sales, weight: 11, align: 'center' },
        // "Geschäftsleitung" in bold needs the widest of the rating columns.
        { header: ctx.texts.teams.management, weight: 18, align: 'center' },
        { header: t.frictionColumns.gap, weight: 8, align: 'center' },
        { header: t.frictionColumns.notes, weight: 23 }
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
