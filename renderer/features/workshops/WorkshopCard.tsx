import type { TFunction } from 'i18next'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { completedSteps } from '../../../shared/domain/progress'
import { STEP_IDS, type Workshop } from '../../../shared/domain/workshop'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { formatDateTime, formatIsoDate } from '../../ui/dates'
import type { CurrentVersionState } from '../../db/workshop-repo'
import { reviewStatus } from '../../../shared/domain/review-schedule'
import { shownState, slaStatus, type ShownSlaState } from '../../../shared/domain/sla-status'
import { localIsoDate } from '../../../shared/domain/iso-date'

export type CardAction = 'rename' | 'duplicate' | 'delete'

interface Props {
  workshop: Workshop
  sla: CurrentVersionState | undefined
  reviewedPeriods: string[] | undefined
  onAction(action: CardAction, workshop: Workshop): void
}

/** The texts every card shows alike, translated once per language instead of once per card. */
const fixedTexts = new Map<string, ReturnType<typeof translateFixedTexts>>()

function translateFixedTexts(t: TFunction) {
  return {
    date: t('workshopList.date'),
    stepsComplete: t('workshopList.stepsComplete'),
    sla: t('workshopList.sla'),
    nextReview: t('workshopList.nextReview'),
    noReview: t('workshopList.noReview'),
    overdue: t('review.overdue'),
    changed: t('workshopList.changed'),
    open: t('workshopList.open'),
    rename: t('workshopList.rename'),
    duplicate: t('workshopList.duplicate'),
    delete: t('workshopList.delete'),
    states: {
      draft: t('sla.states.draft'),
      signed: t('sla.states.signed'),
      superseded: t('sla.states.superseded'),
      sealBroken: t('sla.states.sealBroken')
    } satisfies Record<ShownSlaState, string>
  }
}

function textsFor(t: TFunction, language: string) {
  let texts = fixedTexts.get(language)
  if (!texts) {
    texts = translateFixedTexts(t)
    fixedTexts.set(language, texts)
  }
  return texts
}

/** One workshop in the list. Dialogs live once in the list, not in each of 200 cards. */
export const WorkshopCard = memo(function WorkshopCard({ workshop, sla, reviewedPeriods, onAction }: Props) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const language = useUiLanguage()
  const done = completedSteps(workshop)
  const route = { screen: 'workshop', workshopId: workshop.id, section: 'overview' } as const
  const status = slaStatus(sla ? [sla] : [])
  const shown = shownState(status, sla?.sealOk)
  // A signed version's state is shown once its seal has been checked, never before (list-snapshot.ts).
  const checked = status.state === 'draft' || sla?.sealOk !== undefined
  const review = reviewStatus(workshop, reviewedPeriods ?? [], localIsoDate(), status.signedOnce)
  const texts = textsFor(t, language)

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
            <dt>{texts.date}</dt>
            <dd>{formatIsoDate(workshop.date, language)}</dd>
          </div>
          <div>
            <dt>{texts.stepsComplete}</dt>
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
            <dt>{texts.sla}</dt>
            <dd className={shown === 'sealBroken' ? 'seal-broken' : undefined}>{checked ? `${t('sla.version', { number: status.number })} · ${texts.states[shown]}` : t('sla.version', { number: status.number })}</dd>
          </div>
          <div>
            <dt>{texts.nextReview}</dt>
            <dd className={review.overdue ? 'overdue' : undefined}>
              {review.date ? formatIsoDate(review.date, language) : texts.noReview}
              {review.overdue && <strong className="overdue-badge">{texts.overdue}</strong>}
            </dd>
          </div>
          <div>
            <dt>{texts.changed}</dt>
            <dd>{formatDateTime(workshop.updatedAt, language)}</dd>
          </div>
        </dl>
      </div>
      <div className="workshop-card-actions" role="group" aria-label={t('workshopList.actionsFor', { title: workshop.title })}>
        <button type="button" className="button primary" onClick={() => navigate(route)}>
          {texts.open}
        </button>
        <button type="button" className="button" onClick={() => onAction('rename', workshop)}>
          {texts.rename}
        </button>
        <button type="button" className="button" onClick={() => onAction('duplicate', workshop)}>
          {texts.duplicate}
        </button>
        <button type="button" className="button danger" onClick={() => onAction('delete', workshop)}>
          {texts.delete}
        </button>
      </div>
    </li>
  )
})
