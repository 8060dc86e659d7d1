import type { SlaContent } from '../../domain/sla'
import { workingDaysText, type SlaClock } from '../../domain/sla-clock'
import { FEDERAL_STATE_NAMES } from '../../domain/federal-states'
import { bullets, dataTable, paragraph, type Block } from '../blocks'
import { teamName } from '../../domain/vocabulary'
import { orDash, statusDetails, type DocContext } from './context'

type Commitment = SlaContent['commitments'][number]

/** "24 hours", "1 attempt", "1 per week", "95 %", "once": an amount in a commitment's unit. */
export function commitmentAmount(value: number | null, unit: Commitment['unit'], ctx: DocContext): string {
  if (value === null) return ctx.texts.none
  if (unit === 'percent') return ctx.formats.percent(value)
  if (unit === 'count') return ctx.texts.sla.commitments.times(ctx.formats.number(value), value)
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

/** "Time commitments count in business hours: Mon–Fri, 08:00–17:00 (Europe/Berlin), not on public holidays in Bavaria. …" */
/** Times print as stored (`08:00`): 24-hour in both languages, and the same on every laptop. */
export function clockSentence(clock: SlaClock, ctx: DocContext): string {
  const t = ctx.texts.sla.commitments
  if (clock.mode === 'calendar') return t.clockCalendar
  const language = ctx.formats.language
  const holidays = clock.holidayRegion === 'BUND' ? t.holidaysNationwide : t.holidaysIn(FEDERAL_STATE_NAMES[language][clock.holidayRegion])
  return t.clockBusiness(workingDaysText(clock.workingDays, language), `${clock.dayStart}–${clock.dayEnd}`, clock.timeZone, holidays)
}

/**
 * The commitments table, after the clock its time commitments count in. A version from before the
 * clock existed (issue 12 §4) has none and reads as it always did.
 */
export function commitmentBlocks(commitments: SlaContent['commitments'], ctx: DocContext, clock?: SlaClock): Block[] {
  const t = ctx.texts.sla.commitments
  if (commitments.length === 0) return [paragraph(t.none)]
  return [
    paragraph(t.intro, { keepNext: true }),
    ...(clock ? [paragraph(clockSentence(clock, ctx), { keepNext: true })] : []),
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

/** The entries of a text the room keeps as a list, one a line; a typed bullet (`-`, `•`, `*`) is not part of the entry. */
export function lineEntries(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*[-•*–]\s+/, '').trim())
    .filter((line) => line !== '')
}

/** What a lead carries when marketing hands it to sales (issue 12 §4). */
export function handoverBlocks(handoverData: string, ctx: DocContext): Block[] {
  const t = ctx.texts.sla.commitments
  const entries = lineEntries(handoverData)
  return entries.length === 0 ? [paragraph(t.noHandover)] : [paragraph(t.handoverIntro, { keepNext: true }), ...bullets(entries)]
}
