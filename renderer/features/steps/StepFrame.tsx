import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { agreementCount } from '../../../shared/domain/progress'
import { STEP_IDS, type StepId, type StepRecord } from '../../../shared/domain/workshop'
import { saveNow } from '../../save/save-queue'
import { markStepAgreed, updateStep } from '../../db/workshop-repo'
import { ReadOnly, useReadOnly } from '../../ui/read-only'
import { useUiStore } from '../../store/ui-store'
import { CheckboxField, NumberField } from '../../ui/fields'
import { StepTimer } from './StepTimer'
import { useGuidingQuestions } from './useGuidingQuestions'
import type { WorkshopData } from '../workshop/useWorkshopData'
import './steps.css'

/** What every step shows around its content: purpose, guiding questions, timebox, completion. */
export function StepFrame({ step, data, children }: { step: StepId; data: WorkshopData; children: ReactNode }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const [showQuestions, setShowQuestions] = useGuidingQuestions(data.workshop.id, step)
  const { workshop, items } = data
  const record = workshop.steps[step]
  const { agreed, total } = agreementCount(workshop, items, step)
  const index = STEP_IDS.indexOf(step)
  const questions = t(`steps.${step}.questions`, { returnObjects: true })
  const goTo = (target: StepId) => navigate({ screen: 'workshop', workshopId: workshop.id, section: target })

  return (
    <article className="step" aria-labelledby={`step-title-${step}`}>
      <header className="step-head">
        <div>
          <p className="step-kicker">{t(`steps.${step}.number`)}</p>
          <h1 id={`step-title-${step}`}>{t(`steps.${step}.name`)}</h1>
          <p className="step-purpose">
            <span className="visually-hidden">{t('step.purpose')}: </span>
            {t(`steps.${step}.purpose`)}
          </p>
        </div>
        <StepMeta workshopId={workshop.id} step={step} record={record} agreed={agreed} total={total} />
      </header>
      <section className="guiding-questions" aria-label={t('step.questions')}>
        <button
          type="button"
          className="button small quiet"
          aria-expanded={showQuestions}
          onClick={() => setShowQuestions(!showQuestions)}
        >
          {showQuestions ? t('step.hideQuestions') : t('step.showQuestions')}
        </button>
        {showQuestions && (
          <ul>
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        )}
      </section>
      <div className="step-body">{children}</div>
      <footer className="step-footer">
        {index > 0 && (
          <button type="button" className="button" onClick={() => goTo(STEP_IDS[index - 1]!)}>
            ← {t('workshop.previous')}: {t(`steps.${STEP_IDS[index - 1]!}.name`)}
          </button>
        )}
        {index < STEP_IDS.length - 1 && (
          <button type="button" className="button primary" onClick={() => goTo(STEP_IDS[index + 1]!)}>
            {t('workshop.next')}: {t(`steps.${STEP_IDS[index + 1]!}.name`)} →
          </button>
        )}
      </footer>
    </article>
  )
}

/**
 * The step's timer, timebox, agreement count and completion: drawn again only when one of them
 * changed, not with every keystroke's save in the step (issue 14).
 */
const StepMeta = memo(function StepMeta({
  workshopId,
  step,
  record,
  agreed,
  total
}: {
  workshopId: string
  step: StepId
  record: StepRecord
  agreed: number
  total: number
}) {
  const { t } = useTranslation()
  const readOnly = useReadOnly()
  const setStep = (patch: Partial<StepRecord>) => updateStep(workshopId, step, patch)
  return (
    <>
      <StepTimer workshopId={workshopId} step={step} timeboxMinutes={record.timeboxMinutes} />
      <div className="step-meta">
        <ReadOnly when={false} reset>
          <NumberField
            label={t('step.timebox')}
            value={record.timeboxMinutes}
            unit={t('step.minutes')}
            kind="positiveCount"
            required
            onSave={async (minutes) => {
              if (minutes !== null) await setStep({ timeboxMinutes: minutes })
            }}
            className="compact"
          />
        </ReadOnly>
        {total > 0 && <p className={agreed === total ? 'agreed-count all-agreed' : 'agreed-count'}>{t('agreement.count', { agreed, total })}</p>}
        {total > 0 && agreed < total && !readOnly && (
          <button type="button" className="button small" onClick={() => void saveNow(() => markStepAgreed(workshopId, step))}>
            ✓ {t('agreement.markAll', { count: total - agreed })}
          </button>
        )}
        <ReadOnly when={false} reset>
          <CheckboxField
            className="complete-toggle"
            label={t('workshop.stepComplete')}
            checked={record.completed}
            onSave={(completed) => setStep({ completed })}
          />
        </ReadOnly>
      </div>
    </>
  )
})
