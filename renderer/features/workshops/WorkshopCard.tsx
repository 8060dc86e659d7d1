import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { completedSteps } from '../../../shared/domain/progress'
import { STEP_IDS, type Workshop } from '../../../shared/domain/workshop'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { formatDateTime, formatIsoDate } from '../../ui/dates'
import type { SlaState } from '../../../shared/domain/sla'
import { reviewStatus } from '../../../shared/domain/review-schedule'
import { slaStatus } from '../../../shared/domain/sla-status'
import { localIsoDate } from '../../../shared/domain/iso-date'

export type CardAction = 'rename' | 'duplicate' | 'delete'

interface Props {
  workshop: Workshop
  sla: { state: SlaState; number: number } | undefined
  reviewedPeriods: string[] | undefined
  onAction(action: CardAction, workshop: Workshop): void
}

/** One workshop in the list. Dialogs live once in the list, not in each of 200 cards. */
export const WorkshopCard = memo(function WorkshopCard({ workshop, sla, reviewedPeriods, onAction }: Props) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const language = useUiLanguage()
  const done = completedSteps(workshop)
  const route = { screen: 'workshop', workshopId: workshop.id, section: 'overview' } as const
  const status = slaStatus(sla ? [sla] : [])
  const review = reviewStatus(workshop, reviewedPeriods ?? [], localIsoDate(), status.signedOnce)

  return (
    <li className="card workshop-card">
      <div className="workshop-card-main">
        <h2>
          <a
            href={formatRoute(route)}
            onClick={(event) => {
              event.preventDefault()
              navigate(route)
            }}
          >
            {workshop.title}
          </a>
        </h2>
        <p className="workshop-org">
          {workshop.organisation}
          {workshop.unit && ` · ${workshop.unit}`}
        </p>
        <dl className="workshop-facts">
          <div>
            <dt>{t('workshopList.date')}</dt>
            <dd>{formatIsoDate(workshop.date, language)}</dd>
          </div>
          <div>
            <dt>{t('workshopList.stepsComplete')}</dt>
            <dd>
              <span className="progress-dots" aria-hidden="true">
                {STEP_IDS.map((step) => (
                  <span key={step} className={workshop.steps[step].completed ? 'on' : ''} />
                ))}
              </span>
              {t('workshopList.progress', { done })}
            </dd>
          </div>
          <div>
            <dt>{t('workshopList.sla')}</dt>
            <dd>{`${t('sla.version', { number: status.number })} · ${t(`sla.states.${status.state}`)}`}</dd>
          </div>
          <div>
            <dt>{t('workshopList.nextReview')}</dt>
            <dd className={review.overdue ? 'overdue' : undefined}>
              {review.date ? formatIsoDate(review.date, language) : t('workshopList.noReview')}
              {review.overdue && <strong className="overdue-badge">{t('review.overdue')}</strong>}
            </dd>
          </div>
          <div>
            <dt>{t('workshopList.changed')}</dt>
            <dd>{formatDateTime(workshop.updatedAt, language)}</dd>
          </div>
        </dl>
      </div>
      <div className="workshop-card-actions" role="group" aria-label={t('workshopList.actionsFor', { title: workshop.title })}>
        <button type="button" className="button primary" onClick={() => navigate(route)}>
          {t('workshopList.open')}
        </button>
        <button type="button" className="button" onClick={() => onAction('rename', workshop)}>
          {t('workshopList.rename')}
        </button>
        <button type="button" className="button" onClick={() => onAction('duplicate', workshop)}>
          {t('workshopList.duplicate')}
        </button>
        <button type="button" className="button danger" onClick={() => onAction('delete', workshop)}>
          {t('workshopList.delete')}
        </button>
      </div>
    </li>
  )
})
