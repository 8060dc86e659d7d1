import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CRM_FIGURE_TEXTS, figureDefinitions, figureLines, figureSource, spanLine, type CrmConcept, type CrmFigures, type ImportFindings, type OwnerFigure } from '../../../shared/crm'
import type { ClockMode } from '../../../shared/domain/sla-clock'
import type { Language } from '../../../shared/domain/language'
import { formatNumber, NO_VALUE } from '../../../shared/domain/numbers'
import { periodRange } from '../../../shared/domain/review-dates'
import type { SlaContent } from '../../../shared/domain/sla'
import { formatDateTime, formatIsoDate } from '../../ui/dates'

/** The findings in the order the room should read them: what left rows out first. */
const FINDINGS = ['unreadableDates', 'duplicateIds', 'missingIds', 'repeatedHeaders', 'contactBeforeMql', 'unreadableAmounts'] as const satisfies ReadonlyArray<keyof ImportFindings>

/**
 * Step 3 of the CRM import: every figure of the reviewed quarter with the counts it rests on, and
 * what the import noticed on the way (with row numbers, so the CRM can be corrected). The lines
 * and definitions are the review report's too (shared/crm/figure-lines.ts).
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
  /** With `owners` only when the person chose figures per owner for this import. */
  figures: Omit<CrmFigures, 'owners'> & { owners?: OwnerFigure[] }
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
  const titleId = useId()
  const texts = CRM_FIGURE_TEXTS[language]
  const input = { figures, mapped, content, timeZone }
  const lines = figureLines(input, language)
  const range = periodRange(figures.period)

  return (
    <div className="crm-step">
      <h3 id={titleId}>{t('crmImport.figuresTitle', { period: figures.period })}</h3>
      <p className="muted">
        {figureSource(
          {
            rows,
            name,
            date: formatDateTime(importedAt, language),
            from: range ? formatIsoDate(range[0], language) : figures.period,
            to: range ? formatIsoDate(range[1], language) : figures.period,
            zone: timeZone
          },
          language
        )}
      </p>
      <table className="data-table crm-figures" aria-labelledby={titleId}>
        <ColumnHeads names={[texts.columns.figure, texts.columns.value, texts.columns.basis]} />
        <tbody>
          {lines.map((line, index) => (
            <tr key={index}>
              <th scope="row">{line.label}</th>
              <td className="crm-value">
                {line.value}
                {line.items && (
                  <ul className="crm-counts" aria-label={line.items.header}>
                    {line.items.rows.map((item, at) => (
                      <li key={at}>
                        {item.label}: {item.value}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="muted">{line.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.owners && figures.owners.length > 0 && <OwnerTable owners={figures.owners} mapped={mapped} clockMode={figures.clockMode} language={language} />}
      <details className="crm-definitions">
        <summary>{texts.definitionsTitle}</summary>
        <dl>
          {figureDefinitions(input, language).map(({ term, text }) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </details>
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

/**
 * The figures per owner, only when the person chose them for this import (works council, issue 13
 * §4): on this screen only, never kept in the review, a report or a backup.
 */
function OwnerTable({ owners, mapped, clockMode, language }: { owners: readonly OwnerFigure[]; mapped: readonly CrmConcept[]; clockMode: ClockMode; language: Language }) {
  const { t } = useTranslation()
  const titleId = useId()
  const texts = CRM_FIGURE_TEXTS[language]
  const count = (value: number, concept: CrmConcept | null) => (concept === null || mapped.includes(concept) ? formatNumber(value, language, 0) : NO_VALUE)
  return (
    <section className="crm-owners" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('crmImport.ownersTitle')}</h4>
      <p className="muted">{t('crmImport.ownersHint')}</p>
      <table className="data-table crm-owner-table" aria-labelledby={titleId}>
        <ColumnHeads names={[texts.concepts.owner, texts.labels.mqls, texts.labels.sqls, texts.labels.firstContact, texts.columns.basis]} />
        <tbody>
          {owners.map((owner) => {
            const span = mapped.includes('firstContact') ? spanLine(owner.firstContact, 'firstContact', clockMode, language) : { value: NO_VALUE, basis: '' }
            return (
              <tr key={owner.owner}>
                <th scope="row">{owner.owner}</th>
                <td className="crm-count">{count(owner.mqls, null)}</td>
                <td className="crm-count">{count(owner.sqls, 'becameSql')}</td>
                <td className="crm-span">{span.value}</td>
                <td className="muted">{span.basis}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
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
