import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import type { NonWorkingReason } from '../../../shared/domain/holidays'
import type { Language } from '../../../shared/domain/language'
import { isIsoDate } from '../../../shared/domain/iso-date'
import { latestSignedAt } from '../../../shared/domain/sla-status'
import {
  addReviewDate,
  hasReviewDateEdits,
  holidayRegionOf,
  moveReviewDate,
  plannedReviewDates,
  removeReviewDate,
  type PlannedReviewDate
} from '../../../shared/domain/review-plan'
import { editReviewDates, resetReviewDates } from '../../db/review-plan-repo'
import { saveNow } from '../../save/save-queue'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { formatIsoDateWithWeekday } from '../../ui/dates'
import { exportCalendar } from '../export/exports'
import { useExport } from '../export/useExport'
import { useSla } from '../sla/useSla'
import type { WorkshopData } from '../workshop/useWorkshopData'

/**
 * Step 5: the dates of the reviews — generated from the SLA's start and cadence, moved off
 * weekends and public holidays, and changed by the room — into the calendar (.ics).
 */
export function ReviewDatesSection({ data }: { data: WorkshopData }) {
  const { t } = useTranslation()
  const sla = useSla(data.workshop.id)
  const exporting = useExport()
  const navigate = useUiStore((s) => s.navigate)
  const [resetting, setResetting] = useState(false)
  const [added, setAdded] = useState('')
  const language = useUiLanguage()
  const { workshop } = data
  const planned = plannedReviewDates(workshop)
  const region = holidayRegionOf(workshop)
  const overview = { screen: 'workshop', workshopId: workshop.id, section: 'overview' } as const
  const edit = (change: Parameters<typeof editReviewDates>[1]) => void saveNow(() => editReviewDates(workshop.id, change))

  return (
    <section className="card" aria-labelledby="review-dates-title">
      <div className="section-head">
        <h2 id="review-dates-title">{t('export.reviewDates')}</h2>
        {planned.length > 0 && (
          <button
            type="button"
            className="button"
            disabled={exporting.busy}
            onClick={() => void exporting.run(() => exportCalendar(data, latestSignedAt(sla?.versions ?? []), t('export.calendarFilter')))}
          >
            {t('export.calendar')}
          </button>
        )}
      </div>
      <p className="field-hint">
        {t('reviewPlan.intro')}{' '}
        {t('reviewPlan.holidaysIn', { region: t(`reviewPlan.regions.${region}`) })}{' '}
        <a
          href={formatRoute(overview)}
          onClick={(event) => {
            event.preventDefault()
            navigate(overview)
          }}
        >
          {t('reviewPlan.changeRegion')}
        </a>
      </p>
      {planned.length === 0 ? (
        <p className="empty-list">{t('export.noReviewDates')}</p>
      ) : (
        <table className="data-table review-date-table">
          <caption className="visually-hidden">{t('export.reviewDates')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviewPlan.columns.number')}</th>
              <th scope="col">{t('reviewPlan.columns.date')}</th>
              <th scope="col">{t('reviewPlan.columns.note')}</th>
              <th scope="col">{t('reviewPlan.columns.change')}</th>
            </tr>
          </thead>
          <tbody>
            {planned.map((entry, index) => (
              <ReviewDateRow
                key={entry.origin.kind === 'generated' ? entry.origin.cadenceDate : `added-${entry.date}`}
                entry={entry}
                number={index + 1}
                language={language}
                onMove={(date) => edit((edits) => moveReviewDate(edits, entry, date))}
                onRemove={() => edit((edits) => removeReviewDate(edits, entry))}
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="review-date-add"
        onSubmit={(event) => {
          event.preventDefault()
          if (!isIsoDate(added)) return
          const date = added
          setAdded('')
          edit((edits) => addReviewDate(edits, date))
        }}
      >
        <label className="field">
          <span>{t('reviewPlan.newDate')}</span>
          <input type="date" value={added} onChange={(e) => setAdded(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!isIsoDate(added)}>
          {t('reviewPlan.add')}
        </button>
        {hasReviewDateEdits(workshop.reviewPlan?.edits) && (
          <button type="button" className="button quiet" onClick={() => setResetting(true)}>
            {t('reviewPlan.reset')}
          </button>
        )}
      </form>
      <ConfirmDialog
        open={resetting}
        title={t('reviewPlan.resetTitle')}
        message={t('reviewPlan.resetBody')}
        confirmLabel={t('reviewPlan.reset')}
        onCancel={() => setResetting(false)}
        onConfirm={() => {
          setResetting(false)
          void saveNow(() => resetReviewDates(workshop.id))
        }}
      />
    </section>
  )
}

function ReviewDateRow(props: { entry: PlannedReviewDate; number: number; language: Language; onMove(date: string): void; onRemove(): void }) {
  const { entry, number, language } = props
  const { t } = useTranslation()
  const [draft, setDraft] = useState(entry.date)
  const [seen, setSeen] = useState(entry.date)
  if (seen !== entry.date) {
    setSeen(entry.date)
    setDraft(entry.date)
  }
  const shown = formatIsoDateWithWeekday(entry.date, language)
  return (
    <tr data-review-date={entry.date}>
      <td>{number}</td>
      <th scope="row" className="review-date">
        {shown}
      </th>
      <td>
        <ReviewDateNote entry={entry} language={language} />
      </td>
      <td className="review-date-change">
        <label className="field compact">
          <span className="visually-hidden">{t('reviewPlan.moveLabel', { number, date: shown })}</span>
          <input
            type="date"
            value={draft}
            onChange={(event) => {
              const value = event.target.value
              setDraft(value)
              if (isIsoDate(value) && value !== entry.date) props.onMove(value)
            }}
          />
        </label>
        <button type="button" className="button quiet" aria-label={t('reviewPlan.removeLabel', { number, date: shown })} onClick={props.onRemove}>
          {t('reviewPlan.remove')}
        </button>
      </td>
    </tr>
  )
}

function ReviewDateNote({ entry, language }: { entry: PlannedReviewDate; language: Language }) {
  const { t } = useTranslation()
  const reason = (why: NonWorkingReason) => (why.kind === 'weekend' ? t('reviewPlan.weekend') : why.holiday.name[language])
  if (entry.nonWorking) return <span className="row-warning">{t('reviewPlan.nonWorking', { reason: reason(entry.nonWorking) })}</span>
  if (entry.shiftedFrom) {
    return <span className="muted">{t('reviewPlan.shifted', { date: formatIsoDateWithWeekday(entry.shiftedFrom.date, language), reason: reason(entry.shiftedFrom.reason) })}</span>
  }
  if (entry.origin.kind === 'added') return <span className="muted">{t('reviewPlan.added')}</span>
  if (entry.date !== entry.origin.generated) return <span className="muted">{t('reviewPlan.moved', { date: formatIsoDateWithWeekday(entry.origin.generated, language) })}</span>
  return null
}
