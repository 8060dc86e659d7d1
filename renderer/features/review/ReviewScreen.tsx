import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { formatDateTime } from '../../ui/dates'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { attainmentSummary, validThresholds } from '../../../shared/domain/attainment'
import { computeFunnel, type FunnelOutcome } from '../../../shared/domain/funnel'
import type { Language } from '../../../shared/domain/language'
import { ACTUAL_RATE_FIELDS, actualFunnelInputs, DEFAULT_THRESHOLDS, measuredRate, type Review } from '../../../shared/domain/review'
import { reviewRows, type ReviewRow } from '../../../shared/domain/review-items'
import { FUNNEL_COUNT_KEYS } from '../../../shared/domain/items'
import { shortFingerprint } from '../../../shared/domain/sla-fingerprint'
import type { FunnelInputs } from '../../../shared/domain/workshop'
import { addItem } from '../../db/item-repo'
import { closeReview, setActual, setActualRate, updateReview } from '../../db/review-repo'
import { saveNow } from '../../save/save-queue'
import { amendVersion } from '../../db/sla-repo'
import { updateWorkshop } from '../../db/workshop-repo'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { CheckboxField, NumberField, TextField } from '../../ui/fields'
import { formatMoney, formatNumber, formatPercent } from '../../../shared/domain/numbers'
import { ReadOnly } from '../../ui/read-only'
import type { SlaState } from '../sla/useSla'
import { SealNote, sealBroken } from '../sla/SealStatus'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { TrendChart } from './TrendChart'
import { CrmImportSection } from './CrmImportSection'
import { summaryText, targetRuleText } from './attainment-text'
import { exportReviewReport } from '../export/exports'
import { useExport } from '../export/useExport'
import './review.css'
import { LimitedInput } from '../../ui/length-note'


export function ReviewScreen({ data, sla, review, reviews }: { data: WorkshopData; sla: SlaState; review: Review; reviews: Review[] }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const [closing, setClosing] = useState(false)
  const exporting = useExport()
  const [newAction, setNewAction] = useState('')
  const language = useUiLanguage()
  const { workshop, participants } = data
  const version = sla.versions.find((v) => v.id === review.versionId)
  if (!version?.content) return null
  const content = version.content
  const thresholds = workshop.reviewThresholds ?? DEFAULT_THRESHOLDS
  const rows = reviewRows(content, review, thresholds)
  const summary = attainmentSummary(rows.map((r) => r.attainment))
  const closed = review.state === 'closed'
  const amendable = sla.current?.id === version.id && version.state === 'signed'
  // A version changed after signing: the review still shows what was measured, but no report names it as signed.
  const broken = sealBroken(version, sla.seals[version.id])

  const back = () => navigate({ screen: 'workshop', workshopId: workshop.id, section: 'reviews' })

  return (
    <div className="review">
      <header className="step-head">
        <div>
          <p className="step-kicker">
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault()
                back()
              }}
            >
              ← {t('review.back')}
            </a>
          </p>
          <h1 id="review-title">
            {t('review.heading', { period: review.period })} <span className="muted">{t('review.ofVersion', { number: version.number })}</span>
          </h1>
          {version.fingerprint && (
            <p className="muted">
              {t('sla.fingerprint')}: <span className="fingerprint">{shortFingerprint(version.fingerprint)}</span>
            </p>
          )}
        </div>
        <div className="review-actions">
          {!broken && (
            <button
              type="button"
              className="button"
              disabled={exporting.busy}
              onClick={() => void exporting.run(() => exportReviewReport(data, review, version, thresholds, t('export.wordFilter')))}
            >
              {t('review.exportReport')}
            </button>
          )}
          {!closed && (
            <button type="button" className="button" onClick={() => setClosing(true)}>
              {t('review.close')}
            </button>
          )}
          {amendable && (
            <button
              type="button"
              className="button primary"
              onClick={() =>
                void saveNow(async () => {
                  const next = await amendVersion(workshop.id, review.id)
                  showNotice({ message: (t) => t('review.amended', { number: next.number }) })
                  navigate({ screen: 'workshop', workshopId: workshop.id, section: 'sla', tab: 'agreement' })
                })
              }
            >
              {t('review.amend')}
            </button>
          )}
        </div>
      </header>
      <SealNote version={version} check={sla.seals[version.id]} />
      {closed && <p className="version-banner signed">{t('review.closedNotice')}</p>}

      <ReadOnly when={closed}>
        <section className="card" aria-labelledby="actuals-title">
          <div className="section-head">
            <h2 id="actuals-title">{t('review.actuals')}</h2>
            <p className="overall" data-met={summary.met} data-total={summary.total}>
              <strong>{t('review.overall')}:</strong> {summaryText(t, summary)}
            </p>
          </div>
          {rows.some((row) => row.targetRule?.scaling.kind === 'scaled') && <p className="field-hint">{t('reviewPlan.targetRuleIntro')}</p>}
          <ActualsTable rows={rows} review={review} language={language} title={t('review.targets')} kind="target" />
          <ActualsTable rows={rows} review={review} language={language} title={t('review.commitments')} kind="commitment" />
          <Thresholds workshopId={workshop.id} thresholds={thresholds} />
        </section>

        {!closed && <CrmImportSection workshop={workshop} content={content} review={review} language={language} />}

        <section className="card" aria-labelledby="attendees-title">
          <h2 id="attendees-title">{t('review.attendees')}</h2>
          <div className="attendees">
            {participants.map((p) => (
              <CheckboxField
                key={p.id}
                label={`${p.name || '…'} (${t(`teams.${p.team}`)})`}
                checked={review.attendeeIds.includes(p.id)}
                onSave={(on) =>
                  updateReview(review.id, {
                    attendeeIds: on ? [...new Set([...review.attendeeIds, p.id])] : review.attendeeIds.filter((id) => id !== p.id)
                  })
                }
              />
            ))}
          </div>
          <TextField
            limit={TEXT_FIELDS.review.guests}
            label={t('review.guests')}
            value={review.guests.join(', ')}
            onSave={(text) => updateReview(review.id, { guests: text.split(',').map((g) => g.trim()).filter(Boolean) })}
          />
        </section>

        <RealRates planned={content.funnel} review={review} currency={content.currency} language={language} />

        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">{t('review.trend')}</h2>
          <p className="section-intro">{t('review.trendIntro')}</p>
          <TrendChart data={data} sla={sla} reviews={reviews} thresholds={thresholds} />
        </section>

        <section className="card" aria-labelledby="decisions-title">
          <h2 id="decisions-title">{t('review.decisions')}</h2>
          <TextField limit={TEXT_FIELDS.review.decisions} label={t('review.decisions')} hideLabel multiline rows={4} value={review.decisions} onSave={(decisions) => updateReview(review.id, { decisions })} />
          {!closed && (
            <form
              className="parking-add"
              onSubmit={(event) => {
                event.preventDefault()
                const title = newAction.trim()
                if (!title) return
                setNewAction('')
                void saveNow(async () => {
                  await addItem(workshop.id, 'action', { title: `${title} (${review.period})` })
                  showNotice({ message: (t) => t('review.actionAdded') })
                })
              }}
            >
              <label className="field grow">
                <span>{t('review.newAction')}</span>
                <LimitedInput
                  kind={TEXT_FIELDS.items.action.title}
                  noteId="review-action-count"
                  value={newAction}
                  dir="auto"
                  onChange={(e) => setNewAction(e.target.value)}
                />
              </label>
              <button type="submit" className="button">
                {t('review.addAction')}
              </button>
            </form>
          )}
        </section>
      </ReadOnly>

      <ConfirmDialog
        open={closing}
        title={t('review.closeTitle')}
        message={t('review.closeBody')}
        confirmLabel={t('review.close')}
        onCancel={() => setClosing(false)}
        onConfirm={() => {
          setClosing(false)
          void saveNow(() => closeReview(review.id))
        }}
      />
    </div>
  )
}

function ActualsTable({ rows, review, language, title, kind }: { rows: ReviewRow[]; review: Review; language: Language; title: string; kind: ReviewRow['kind'] }) {
  const { t } = useTranslation()
  const shown = rows.filter((r) => r.kind === kind)
  if (shown.length === 0) return null
  const targetText = (row: ReviewRow) => {
    const value = row.target === null ? '…' : formatNumber(row.target, language)
    const unit = row.commitmentUnit ? t(`sla.commitments.units.${row.commitmentUnit}`, { count: row.target ?? 0 }) : row.unit
    return row.kind === 'commitment' ? `${t(`sla.commitments.directions.${row.direction}`)} ${value} ${unit}` : `${value} ${unit}`
  }
  const rule = (row: ReviewRow) => targetRuleText(t, row, (value) => formatNumber(value, language))
  return (
    <table className="data-table actuals">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.item')}</th>
          <th scope="col">{t('review.target')}</th>
          <th scope="col">{t('review.actual')}</th>
          <th scope="col">{t('review.attainment')}</th>
          <th scope="col">{t('review.note')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.id} data-status={row.attainment.status}>
            <th scope="row">
              {row.label}
              {row.period && <span className="muted"> · {t(`sla.targets.periods.${row.period}`)}</span>}
            </th>
            <td>
              {targetText(row)}
              {rule(row) && <span className="target-rule">{rule(row)}</span>}
            </td>
            <td>
              <NumberField
                label={t('review.actualOf', { label: row.label })}
                hideLabel
                value={review.actuals[row.id]?.value ?? null}
                kind="quantity"
                onSave={(value) => setActual(review.id, row.id, { value })}
                className="compact"
              />
              {review.actuals[row.id]?.fromCrm && review.crm && (
                <span className="field-hint crm-mark">{t('crmImport.fromExport', { name: review.crm.fileName, date: formatDateTime(review.crm.importedAt, language) })}</span>
              )}
            </td>
            <td>
              <span className={`status-chip ${row.attainment.status}`}>
                {row.attainment.percent !== null && `${formatPercent(row.attainment.percent, language, 0)} · `}
                {t(`review.statuses.${row.attainment.status}`)}
              </span>
            </td>
            <td>
              <TextField
                limit={TEXT_FIELDS.review.actualNote}
                label={t('review.noteOf', { label: row.label })}
                hideLabel
                value={review.actuals[row.id]?.note ?? ''}
                onSave={(note) => setActual(review.id, row.id, { note })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Thresholds({ workshopId, thresholds }: { workshopId: string; thresholds: { green: number; amber: number } }) {
  const { t } = useTranslation()
  const save = (patch: Partial<typeof thresholds>) => {
    const next = { ...thresholds, ...patch }
    return validThresholds(next) ? updateWorkshop(workshopId, { reviewThresholds: next }) : Promise.resolve()
  }
  const check = (field: 'green' | 'amber') => (n: number) => (validThresholds({ ...thresholds, [field]: n }) ? null : t('review.thresholdsInvalid'))
  return (
    <ReadOnly when={false} reset>
      <fieldset className="thresholds">
        <legend>{t('review.thresholds')}</legend>
        <NumberField label={t('review.green')} unit="%" value={thresholds.green} kind="quantity" required check={check('green')} onSave={async (v) => void (v !== null && (await save({ green: v })))} className="compact" />
        <NumberField label={t('review.amber')} unit="%" value={thresholds.amber} kind="quantity" required check={check('amber')} onSave={async (v) => void (v !== null && (await save({ amber: v })))} className="compact" />
      </fieldset>
    </ReadOnly>
  )
}

function RealRates({ planned, review, currency, language }: { planned: FunnelInputs; review: Review; currency: string; language: Language }) {
  const { t } = useTranslation()
  const actualInputs = actualFunnelInputs(planned, review.actualRates)
  const actual = computeFunnel(actualInputs)
  const columns: Array<[string, FunnelOutcome]> = [
    [t('review.planned'), computeFunnel(planned)],
    [t('review.withActual'), actual]
  ]
  const measured = ACTUAL_RATE_FIELDS.some((rate) => measuredRate(review.actualRates, rate) !== null)
  const note = !measured ? t('reviewPlan.ratesNone') : actual.ok ? null : t('reviewPlan.ratesIncomplete')
  return (
    <section className="card" aria-labelledby="real-rates-title">
      <h2 id="real-rates-title">{t('review.calculator')}</h2>
      <p className="section-intro">{t('review.calculatorIntro')}</p>
      <div className="rates-grid">
        {ACTUAL_RATE_FIELDS.map((rate) => (
          <NumberField
            key={rate}
            label={t(`sla.calculator.${rate}`)}
            unit="%"
            value={measuredRate(review.actualRates, rate)}
            kind="rate"
            onSave={(value) => setActualRate(review.id, rate, value)}
          />
        ))}
      </div>
      {note && <p className={`field-hint ${actual.ok ? '' : 'row-warning'}`}>{note}</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('review.item')}</span>
            </th>
            {columns.map(([label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('sla.calculator.revenue')}</th>
            {columns.map(([label, outcome]) => (
              <td key={label}>{formatMoney(outcome.ok ? outcome.values.revenue : null, currency, language)}</td>
            ))}
          </tr>
          {FUNNEL_COUNT_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`sla.calculator.${key}`)}</th>
              {columns.map(([label, outcome]) => {
                const value = outcome.ok ? outcome.values[key] : null
                return <td key={label}>{formatNumber(value, language, 0)}</td>
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
