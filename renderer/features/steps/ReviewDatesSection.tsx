import { useTranslation } from 'react-i18next'
import { isLanguage } from '../../../shared/domain/language'
import { reviewDates } from '../../../shared/domain/review-dates'
import { formatIsoDate } from '../../ui/dates'
import { exportCalendar } from '../export/exports'
import { useExport } from '../export/useExport'
import { useSla } from '../sla/useSla'
import type { WorkshopData } from '../workshop/useWorkshopData'

/** Step 5: the dates of the reviews, from the SLA's start and cadence, into the calendar (.ics). */
export function ReviewDatesSection({ data }: { data: WorkshopData }) {
  const { t, i18n } = useTranslation()
  const sla = useSla(data.workshop.id)
  const exporting = useExport()
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  const dates = reviewDates(data.workshop.governance)
  return (
    <section className="card" aria-labelledby="review-dates-title">
      <div className="section-head">
        <h2 id="review-dates-title">{t('export.reviewDates')}</h2>
        {dates.length > 0 && (
          <button
            type="button"
            className="button"
            disabled={exporting.busy}
            onClick={() => void exporting.run(() => exportCalendar(data, sla?.current?.number ?? 1, t('export.calendarFilter')))}
          >
            {t('export.calendar')}
          </button>
        )}
      </div>
      {dates.length === 0 ? (
        <p className="empty-list">{t('export.noReviewDates')}</p>
      ) : (
        <>
          <p className="field-hint">{t('export.reviewDatesIntro')}</p>
          <ol className="review-dates">
            {dates.map((date) => (
              <li key={date}>{formatIsoDate(date, language)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
