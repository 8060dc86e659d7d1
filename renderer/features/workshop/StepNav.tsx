import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { agreementCount } from '../../../shared/domain/progress'
import { STEP_IDS } from '../../../shared/domain/workshop'
import { formatRoute, useUiStore } from '../../store/ui-store'
import type { WorkshopData } from './useWorkshopData'
import { localIsoDate } from '../../../shared/domain/iso-date'
import { reviewStatus } from '../../../shared/domain/review-schedule'
import { formatIsoDate } from '../../ui/dates'
import { useRoomSession } from '../room/room-session'

/** The five steps, always visible, with their completion state; any order is allowed. */
export function StepNav({ data, current, reviewPeriods, reviewsOwed }: { data: WorkshopData; current: string; reviewPeriods: string[]; reviewsOwed: boolean }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const { workshop, items } = data
  const language = useUiLanguage()
  const { date: nextReview, overdue } = reviewStatus(workshop, reviewPeriods, localIsoDate(), reviewsOwed)
  const go = (section: string) => (event: React.MouseEvent) => {
    event.preventDefault()
    navigate({ screen: 'workshop', workshopId: workshop.id, section })
  }
  const href = (section: string) => formatRoute({ screen: 'workshop', workshopId: workshop.id, section })
  const roomOpen = useRoomSession((session) => session.status === 'running' && session.workshopId === workshop.id)

  return (
    <nav className="step-nav" aria-label={t('workshop.sections')}>
      <p className="step-nav-title" title={workshop.title}>
        {workshop.title}
        <span>{workshop.organisation}</span>
      </p>
      <ol>
        <li>
          <a href={href('overview')} aria-current={current === 'overview' ? 'page' : undefined} onClick={go('overview')}>
            <span className="step-badge" aria-hidden="true">
              ☰
            </span>
            <span className="step-label">
              <span className="step-name">{t('workshop.overview')}</span>
            </span>
          </a>
        </li>
        {STEP_IDS.map((step, index) => {
          const done = workshop.steps[step].completed
          const { agreed, total } = agreementCount(workshop, items, step)
          return (
            <li key={step}>
              <a href={href(step)} aria-current={current === step ? 'page' : undefined} onClick={go(step)}>
                <span className={`step-badge ${done ? 'done' : ''}`} aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="step-label">
                  {/* The badge shows number and state to the eye; the link's name says them in words. */}
                  <span className="visually-hidden">
                    {t(`steps.${step}.number`)} · {done ? t('workshop.complete') : t('workshop.notComplete')}:{' '}
                  </span>
                  <span className="step-name">{t(`steps.${step}.name`)}</span>
                  {total > 0 && <span className="step-count">{t('agreement.count', { agreed, total })}</span>}
                </span>
              </a>
            </li>
          )
        })}
        <li>
          <a href={href('reviews')} aria-current={current === 'reviews' ? 'page' : undefined} onClick={go('reviews')}>
            <span className="step-badge" aria-hidden="true">
              ↻
            </span>
            <span className="step-label">
              <span className="step-name">{t('review.nav')}</span>
              {nextReview && (
                <span className={`step-count ${overdue ? 'overdue' : ''}`}>
                  {t('workshopList.nextReview')}: {formatIsoDate(nextReview, language)}
                  {overdue && ` · ${t('review.overdue')}`}
                </span>
              )}
            </span>
          </a>
        </li>
        {roomOpen && (
          <li>
            <a href={href('room')} aria-current={current === 'room' ? 'page' : undefined} onClick={go('room')}>
              <span className="step-badge room-badge" aria-hidden="true">
                ◉
              </span>
              <span className="step-label">
                <span className="step-name">{t('room.title')}</span>
              </span>
            </a>
          </li>
        )}
      </ol>
    </nav>
  )
}
