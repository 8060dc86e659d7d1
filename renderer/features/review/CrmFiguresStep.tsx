import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CrmConcept, CrmFigures, ImportFindings, SpanFigure } from '../../../shared/crm'
import type { Language } from '../../../shared/domain/language'
import { formatMoney, formatNumber, formatPercent } from '../../../shared/domain/numbers'
import { periodRange } from '../../../shared/domain/review-dates'
import type { SlaContent } from '../../../shared/domain/sla'
import { formatDateTime, formatIsoDate } from '../../ui/dates'

/** The findings in the order the room should read them: what left rows out first. */
const FINDINGS = ['unreadableDates', 'duplicateIds', 'missingIds', 'repeatedHeaders', 'contactBeforeMql', 'unreadableAmounts'] as const satisfies ReadonlyArray<keyof ImportFindings>

/**
 * Step 3 of the CRM import: every figure of the reviewed quarter with the counts it rests on, and
 * what the import noticed on the way (with row numbers, so the CRM can be corrected).
 */
export function CrmFiguresStep({
  name,
  importedAt,
  figures,
  findings,
  rows,
  mapped,
  content,
  timeZone,
  language,
  onUse,
  onImportAnother,
  onDiscard
}: {
  name: string
  importedAt: number
  figures: CrmFigures
  /** What the import noticed; null for figures kept from an earlier import (the findings are not kept). */
  findings: ImportFindings | null
  rows: number
  /** The concepts the confirmed mapping found a column for: a figure without its column is not measured, not zero. */
  mapped: readonly CrmConcept[]
  content: SlaContent
  /** The zone the quarter is read in (the SLA's clock's). */
  timeZone: string
  language: Language
  /** Fills the matching targets' actuals. */
  onUse(): void
  onImportAnother(): void
  /** Leaves the figures unused; missing once they are kept in the review. */
  onDiscard?: () => void
}) {
  const { t } = useTranslation()
  const count = (value: number) => formatNumber(value, language, 0)
  const percent = (share: number | null) => formatPercent(share === null ? null : share * 100, language, 1)
  const hours = (value: number | null) => (value === null ? formatNumber(null, language) : t(`crmImport.hours.${figures.clockMode}`, { value: formatNumber(value, language, 1) }))
  const range = periodRange(figures.period)
  const span = (figure: SpanFigure) => t('crmImport.spanValue', { median: hours(figure.medianHours), p90: hours(figure.p90Hours) })
  const spanBasis = (figure: SpanFigure, key: 'firstContactBasis' | 'acceptedOrRejectedBasis') => {
    const basis = t(`crmImport.figures.${key}`, { measured: count(figure.measured), never: count(figure.never) })
    return figure.beforeMql > 0 ? `${basis}; ${t('crmImport.figures.beforeMql', { count: figure.beforeMql, n: count(figure.beforeMql) })}` : basis
  }
  const commitmentLabel = (id: string) => content.commitments.find((commitment) => commitment.id === id)?.description ?? id

  const lines: Array<[string, ReactNode, string]> = [
    [t('crmImport.figures.mqls'), count(figures.mqls.count), t('crmImport.figures.mqlsBasis')],
    [t('crmImport.figures.sqls'), count(figures.sqls.count), t('crmImport.figures.sqlsBasis')],
    [t('crmImport.figures.customers'), count(figures.customers.count), t('crmImport.figures.customersBasis')],
    [
      t('crmImport.figures.revenue'),
      formatMoney(figures.revenue.sum, content.currency, language),
      t('crmImport.figures.revenueBasis', { withAmount: count(figures.revenue.withAmount), withoutAmount: count(figures.revenue.withoutAmount) })
    ],
    [
      t('crmImport.figures.mqlToSql'),
      percent(figures.mqlToSql.share),
      t('crmImport.figures.mqlToSqlBasis', { sqls: count(figures.mqlToSql.becameSql), mqls: count(figures.mqlToSql.mqls) })
    ],
  ]
  const notInExport = (concept: CrmConcept) => t('crmImport.figures.notInExport', { concept: t(`crmImport.concepts.${concept}`) })
  const hasContact = mapped.includes('firstContact')
  lines.push(
    hasContact
      ? [t('crmImport.figures.firstContact'), span(figures.firstContact), spanBasis(figures.firstContact, 'firstContactBasis')]
      : [t('crmImport.figures.firstContact'), formatNumber(null, language), notInExport('firstContact')]
  )
  if (mapped.includes('acceptedOrRejected')) {
    lines.push([t('crmImport.figures.acceptedOrRejected'), span(figures.acceptedOrRejected), spanBasis(figures.acceptedOrRejected, 'acceptedOrRejectedBasis')])
  }
  for (const commitment of figures.commitments) {
    const concept = commitment.span
    if (!mapped.includes(concept)) {
      lines.push([commitmentLabel(commitment.id), formatNumber(null, language), notInExport(concept)])
      continue
    }
    lines.push([
      commitmentLabel(commitment.id),
      percent(commitment.shareOfAll),
      t('crmImport.figures.commitmentBasis', {
        within: count(commitment.within),
        all: count(commitment.measured + commitment.never),
        hours: hours(commitment.hours),
        ofMeasured: percent(commitment.shareOfMeasured)
      })
    ])
  }
  // Without a first contact every MQL would look stuck.
  if (figures.stuck && hasContact) {
    lines.push([t('crmImport.figures.stuck'), count(figures.stuck.count), t('crmImport.figures.stuckBasis', { mqls: count(figures.stuck.mqls), days: count(figures.stuck.days) })])
  }
  if (figures.rejections.rejected > 0) {
    lines.push([
      t('crmImport.figures.rejections'),
      <ul className="crm-counts">
        {figures.rejections.reasons.map(({ reason, count: n }) => (
          <li key={reason}>
            {reason}: {count(n)}
          </li>
        ))}
      </ul>,
      t('crmImport.figures.rejectionsBasis', { rejected: count(figures.rejections.rejected), mqls: count(figures.rejections.mqls) })
    ])
  }
  if (figures.stages.some(({ stage }) => stage !== null)) {
    lines.push([
      t('crmImport.figures.stages'),
      <ul className="crm-counts">
        {figures.stages.map(({ stage, count: n }) => (
          <li key={stage ?? ''}>
            {stage ?? t('crmImport.figures.noStage')}: {count(n)}
          </li>
        ))}
      </ul>,
      t('crmImport.figures.mqlsBasis')
    ])
  }

  return (
    <div className="crm-step">
      <h3>{t('crmImport.figuresTitle', { period: figures.period })}</h3>
      <p className="muted">
        {t('crmImport.figuresBasis', {
          rows: count(rows),
          name,
          date: formatDateTime(importedAt, language),
          from: range ? formatIsoDate(range[0], language) : figures.period,
          to: range ? formatIsoDate(range[1], language) : figures.period,
          zone: timeZone
        })}
      </p>
      <table className="data-table crm-figures">
        <thead>
          <tr>
            <th scope="col">{t('crmImport.figure')}</th>
            <th scope="col">{t('crmImport.value')}</th>
            <th scope="col">{t('crmImport.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(([label, value, basis], index) => (
            <tr key={index}>
              <th scope="row">{label}</th>
              <td className="crm-value">{value}</td>
              <td className="muted">{basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {findings && <FindingList findings={findings} language={language} />}
      <div className="modal-actions">
        {onDiscard && (
          <button type="button" className="button" onClick={onDiscard}>
            {t('crmImport.discard')}
          </button>
        )}
        <button type="button" className="button" onClick={onImportAnother}>
          {t('crmImport.importAnother')}
        </button>
        <button type="button" className="button primary" onClick={onUse}>
          {t('crmImport.use')}
        </button>
      </div>
    </div>
  )
}

function FindingList({ findings, language }: { findings: ImportFindings; language: Language }) {
  const { t } = useTranslation()
  const noticed = FINDINGS.filter((key) => findings[key].count > 0)
  const examples = (key: (typeof FINDINGS)[number]): string[] => {
    if (key === 'unreadableDates') return findings.unreadableDates.examples.map((e) => t('crmImport.dateExample', { row: e.row, concept: t(`crmImport.concepts.${e.concept}`), text: e.text }))
    if (key === 'unreadableAmounts') return findings.unreadableAmounts.examples.map((e) => t('crmImport.dateExample', { row: e.row, concept: t('crmImport.concepts.dealAmount'), text: e.text }))
    if (key === 'duplicateIds') return findings.duplicateIds.examples.map((e) => t('crmImport.duplicateExample', { row: e.row, firstRow: e.firstRow }))
    return findings[key].examples.map((e) => t('crmImport.rowExample', { row: e.row }))
  }
  return (
    <section className="crm-findings" aria-label={t('crmImport.findingsTitle')}>
      <h4>{t('crmImport.findingsTitle')}</h4>
      {noticed.length === 0 ? (
        <p>{t('crmImport.noFindings')}</p>
      ) : (
        <ul>
          {noticed.map((key) => (
            <li key={key}>
              {t(`crmImport.findings.${key}`, { count: findings[key].count, n: formatNumber(findings[key].count, language, 0) })}
              {' — '}
              <span className="muted">{t('crmImport.examples', { examples: examples(key).join('; ') })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
