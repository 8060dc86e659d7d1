import type { SlaContent } from '../../domain/sla'
import { dataTable, paragraph, type Block } from '../blocks'
import { teamName } from '../../domain/vocabulary'
import { textList } from './definitions'
import { orDash, statusDetails, type DocContext } from './context'

type Reporting = SlaContent['reporting']

/** The closed-loop reports (SPEC §4 step 2): who reports what to whom, how often, how. */
export function reportBlocks(reports: Reporting['reports'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.reporting
  if (reports.length === 0) return [paragraph(t.noReports)]
  return [
    dataTable(
      [
        { header: t.reportColumns.report, weight: 30 },
        { header: t.reportColumns.route, weight: 20 },
        { header: t.reportColumns.cadence, weight: 17 },
        { header: t.reportColumns.channel, weight: 17 },
        { header: t.reportColumns.owner, weight: 16 }
      ],
      reports.map((report) => [
        {
          text: orDash(report.name, ctx),
          bold: true,
          details: [...(report.metrics.trim() ? [`${t.metrics} ${report.metrics}`] : []), ...statusDetails(report.status, ctx)]
        },
        `${teamName(report.from, ctx.formats.language)} → ${teamName(report.to, ctx.formats.language)}`,
        [t.cadences[report.cadence] ?? report.cadence, report.when.trim()].filter(Boolean).join(', '),
        orDash(report.channel, ctx),
        orDash(report.owner, ctx)
      ])
    )
  ]
}

export function rejectionBlocks(reasons: Reporting['rejectionReasons'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.reporting
  const texts = reasons.map((reason) => (reason.status === 'agreed' ? reason.text : `${reason.text} (${ctx.texts.proposed})`))
  if (texts.every((text) => text.trim() === '')) return [paragraph(t.noRejections)]
  return [paragraph(t.rejectionsIntro, { keepNext: true }), ...textList(texts, t.noRejections)]
}

export function stuckLeadBlocks(rule: Reporting['stuckLeadRule'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.reporting
  const days = rule.days === null ? t.noStuckDays : t.stuckRule(ctx.formats.number(rule.days))
  return [
    paragraph(days),
    ...(rule.action.trim() ? [paragraph(rule.action)] : []),
    ...statusDetails(rule.status, ctx).map((detail) => paragraph(detail, { run: { italics: true } }))
  ]
}

export function kpiBlocks(kpis: Reporting['managementKpis'], ctx: DocContext): Block[] {
  const t = ctx.texts.sla.reporting
  if (kpis.length === 0) return [paragraph(t.noKpis)]
  return [
    dataTable(
      [
        { header: t.kpiColumns.kpi, weight: 30 },
        { header: t.kpiColumns.measure, weight: 28 },
        { header: t.kpiColumns.reporter, weight: 24 },
        { header: t.kpiColumns.cadence, weight: 18 }
      ],
      kpis.map((kpi) => [
        { text: orDash(kpi.kpi, ctx), bold: true, details: statusDetails(kpi.status, ctx) },
        orDash(kpi.measure, ctx),
        orDash(kpi.reporter, ctx),
        t.cadences[kpi.cadence] ?? kpi.cadence
      ])
    )
  ]
}
