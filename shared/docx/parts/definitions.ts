import type { SlaContent } from '../../domain/sla'
import { bullets, dataTable, note, paragraph, type Block } from '../blocks'
import { teamName } from '../../domain/vocabulary'
import { STYLE } from '../styles'
import { orDash, statusDetails, type DocContext } from './context'

type Definitions = SlaContent['definitions']

/** The lead lifecycle (SPEC §4 step 2): stages in order, each with owner, time limit and fallback. */
export function lifecycleBlocks(stages: Definitions['stages'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.definitions
  if (stages.length === 0) return [paragraph(ctx.texts.minutes.nothing)]
  const rows = stages.map((stage) => [
    { text: orDash(stage.name, ctx), bold: true, details: statusDetails(stage.status, ctx) },
    { text: stage.definition, details: stage.entryCriteria.trim() ? [`${t.entryCriteria} ${stage.entryCriteria}`] : [] },
    teamName(stage.owner, ctx.formats.language),
    stage.maxDays === null ? ctx.texts.none : t.days(stage.maxDays, ctx.formats.number(stage.maxDays)),
    orDash(stage.onStall, ctx)
  ])
  return [
    paragraph(t.lifecycleIntro, { keepNext: true }),
    dataTable(
      [
        { header: t.stageColumns.stage, weight: 15 },
        { header: t.stageColumns.definition, weight: 36 },
        { header: t.stageColumns.owner, weight: 15 },
        { header: t.stageColumns.maxDays, weight: 14 },
        { header: t.stageColumns.onStall, weight: 20 }
      ],
      rows
    )
  ]
}

function criteriaBlocks(criteria: Definitions['mql']['criteria'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.definitions
  if (criteria.length === 0) return [paragraph(t.noCriteria)]
  const withPoints = criteria.some((criterion) => criterion.points !== null)
  const rows = criteria.map((criterion) => [
    { text: orDash(criterion.text, ctx), details: statusDetails(criterion.status, ctx) },
    t.kinds[criterion.kind] ?? criterion.kind,
    ...(withPoints ? [criterion.points === null ? ctx.texts.none : ctx.formats.number(criterion.points)] : [])
  ])
  return [
    dataTable(
      [
        { header: t.criteriaColumns.criterion, weight: withPoints ? 62 : 75 },
        { header: t.criteriaColumns.kind, weight: withPoints ? 22 : 25 },
        ...(withPoints ? [{ header: t.criteriaColumns.points, weight: 16, align: 'right' as const }] : [])
      ],
      rows
    )
  ]
}

function sentence(text: string, status: Definitions['mql']['status'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.definitions
  return [
    paragraph(text.trim() === '' ? t.noSentence : text, { keepNext: true }),
    ...statusDetails(status, ctx).map((detail) => note(detail))
  ]
}

export function mqlBlocks(mql: Definitions['mql'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.definitions
  const threshold = mql.threshold === null ? [] : [paragraph(t.threshold(ctx.formats.number(mql.threshold)), { style: STYLE.normal })]
  return [...sentence(mql.sentence, mql.status, ctx), ...criteriaBlocks(mql.criteria, ctx), ...threshold]
}

export function sqlBlocks(sql: Definitions['sql'], ctx: DocContext): Block[] {
  return [...sentence(sql.sentence, sql.status, ctx), ...criteriaBlocks(sql.criteria, ctx)]
}

export function glossaryBlocks(glossary: Definitions['glossary'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.definitions
  if (glossary.length === 0) return [paragraph(t.noGlossary)]
  return [
    dataTable(
      [
        { header: t.glossaryColumns.term, weight: 28 },
        { header: t.glossaryColumns.definition, weight: 72 }
      ],
      glossary.map((entry) => [{ text: orDash(entry.term, ctx), bold: true, details: statusDetails(entry.status, ctx) }, entry.definition])
    )
  ]
}

/** A plain list of texts (rejection reasons, benefits, voices); "nothing recorded" when empty. */
export function textList(texts: readonly string[], empty: string): Block[] {
  const filled = texts.filter((text) => text.trim() !== '')
  return filled.length === 0 ? [paragraph(empty)] : bullets(filled)
}
