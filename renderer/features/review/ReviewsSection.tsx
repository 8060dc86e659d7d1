import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { attainmentSummary } from '../../../shared/domain/attainment'
import { DEFAULT_THRESHOLDS, isReviewPeriod, type Review } from '../../../shared/domain/review'
import { isIsoDate, localIsoDate } from '../../../shared/domain/iso-date'
import { firstReviewableQuarter, periodRange, reviewedPeriod } from '../../../shared/domain/review-dates'
import type { SlaVersion } from '../../../shared/domain/sla'
import { reviewRows } from '../../../shared/domain/review-items'
import { saveNow } from '../../save/save-queue'
import { startReview } from '../../db/review-repo'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { formatIsoDate } from '../../ui/dates'
import type { SlaState } from '../sla/useSla'
import { SealNote, sealBroken } from '../sla/SealStatus'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { ReviewScreen } from './ReviewScreen'
import { useReviews } from './useReviews'
import './review.css'

/** SPEC §5: the reason facilitators reopen the app every quarter. */
export function ReviewsSection({ data, sla, reviewId }: { data: WorkshopData; sla: SlaState; reviewId: string | undefined }) {
  const { t } = useTranslation()
  const reviews = useReviews(data.workshop.id)
  if (!reviews) return null
  const review = reviewId ? reviews.find((r) => r.id === reviewId) : undefined
  if (review) return <ReviewScreen data={data} sla={sla} review={review} reviews={reviews} />
  const reviewed = [...sla.versions].reverse().find((v) => v.state !== 'draft' && v.content)
  // A review measures against what was signed: not against a version changed since (issue 12 §1).
  const broken = reviewed !== undefined && sealBroken(reviewed, sla.seals[reviewed.id])
  return (
    <div className="reviews">
      <header className="step-head">
        <div>
          <h1 id="reviews-title">{t('review.title')}</h1>
          <p className="step-purpose">{t('review.intro')}</p>
        </div>
      </header>
      {reviewed && broken && <SealNote version={reviewed} check={sla.seals[reviewed.id]} />}
      {reviewed && !broken && <StartReview data={data} version={reviewed} />}
      {!reviewed && <p className="card row-warning">{t('review.needsSigned')}</p>}
      <ReviewList data={data} reviews={reviews} sla={sla} />
    </div>
  )
}

function StartReview({ data, version }: { data: WorkshopData; version: SlaVersion }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const language = useUiLanguage()
  const [date, setDate] = useState(() => localIsoDate())
  // The period follows the date until the facilitator types one of their own.
  const [typedPeriod, setTypedPeriod] = useState<string | null>(null)
  const period = typedPeriod ?? reviewedPeriod(date) ?? ''
  const [tried, setTried] = useState(false)
  const valid = isReviewPeriod(period.trim())
  const range = periodRange(period)
  // A quarter that ended before the SLA's start date (the room's, as signed) has nothing to measure against it.
  const start = version.content?.governance.startDate
  const from = start && isIsoDate(start) ? start : null
  const first = from && range && range[1] < from ? firstReviewableQuarter(from) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!valid) return setTried(true)
    void saveNow(async () => {
      const attendees = data.participants.map((p) => p.id)
      const review = await startReview(data.workshop.id, version.id, period.trim(), date, attendees)
      navigate({ screen: 'workshop', workshopId: data.workshop.id, section: 'reviews', tab: review.id })
    })
  }

  return (
    <form className="card start-review" onSubmit={submit} noValidate>
      <h2>{t('review.start')}</h2>
      <div className="field-row">
        <label className="field">
          <span>{t('review.period')}</span>
          <input
            type="text"
            value={period}
            placeholder={t('review.periodHint')}
            aria-invalid={tried && !valid}
            aria-describedby={range ? 'review-period-range' : undefined}
            onChange={(e) => setTypedPeriod(e.target.value)}
          />
          {tried && !valid && <span className="field-error">{t('review.periodInvalid')}</span>}

        </label>
        <label className="field">
          <span>{t('review.date')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {range && (
        <p className="field-hint" id="review-period-range">
          {t('reviewPlan.periodCovers', { from: formatIsoDate(range[0], language), to: formatIsoDate(range[1], language) })}
        </p>
      )}
      {first && from && (
        <p className="row-warning" role="status">
          ⚠ {t('reviewPlan.periodBeforeSla', { from: formatIsoDate(from, language), period: first.period, end: formatIsoDate(first.end, language), next: formatIsoDate(first.reviewFrom, language) })}
        </p>
      )}
      <button type="submit" className="button primary">
        {t('review.start')}
      </button>
    </form>
  )
}

function ReviewList({ data, reviews, sla }: { data: WorkshopData; reviews: Review[]; sla: SlaState }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const language = useUiLanguage()
  const thresholds = data.workshop.reviewThresholds ?? DEFAULT_THRESHOLDS
  return (
    <section className="card" aria-labelledby="review-list-title">
      <h2 id="review-list-title">{t('review.reviews')}</h2>
      {reviews.length === 0 && <p className="empty-list">{t('review.none')}</p>}
      <ul className="review-list">
        {[...reviews].reverse().map((review) => {
          const version = sla.versions.find((v) => v.id === review.versionId)
          const summary = version?.content ? attainmentSummary(reviewRows(version.content, review, thresholds).map((r) => r.attainment)) : null
          const route = { screen: 'workshop', workshopId: data.workshop.id, section: 'reviews', tab: review.id } as const
          return (
            <li key={review.id}>
              <a
                href={formatRoute(route)}
                onClick={(event) => {
                  event.preventDefault()
                  navigate(route)
                }}
              >
                <strong>{review.period}</strong>
              </a>
              <span>{formatIsoDate(review.date, language)}</span>
              {version && <span>{t('review.ofVersion', { number: version.number })}</span>}
              <span className={`state-badge ${review.state === 'closed' ? 'superseded' : 'draft'}`}>
                {review.state === 'closed' ? t('review.closed') : t('review.open')}
              </span>
              {summary && summary.total > 0 && <span className="overall-chip">{t('reviewPlan.listSummary', { met: summary.met, count: summary.total })}</span>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
