import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STEP_IDS } from '../../../shared/domain/workshop'
import { listWorkshops } from '../../db/workshop-repo'
import { NewWorkshopDialog } from './NewWorkshopDialog'

export function WorkshopListScreen() {
  const { t } = useTranslation()
  const workshops = useLiveQuery(() => listWorkshops(), [])
  const [creating, setCreating] = useState(false)

  return (
    <section aria-labelledby="workshops-title">
      <div className="screen-head">
        <h1 id="workshops-title">{t('workshops.title')}</h1>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>
          {t('workshops.new')}
        </button>
      </div>
      {workshops && workshops.length === 0 && (
        <div className="empty-state card">
          <h2>{t('workshops.emptyTitle')}</h2>
          <p>{t('workshops.emptyBody')}</p>
          <h3>{t('workshops.emptyStepsTitle')}</h3>
          <ol className="step-teaser">
            {STEP_IDS.map((step) => (
              <li key={step}>
                <span className="step-number">{t(`steps.${step}.number`)}</span>
                <span>{t(`steps.${step}.name`)}</span>
              </li>
            ))}
          </ol>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('workshops.new')}
          </button>
        </div>
      )}
      {workshops && workshops.length > 0 && (
        <ul className="workshop-list">
          {workshops.map((workshop) => (
            <li key={workshop.id} className="card">
              <strong>{workshop.title}</strong> · {workshop.organisation}
            </li>
          ))}
        </ul>
      )}
      <NewWorkshopDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  )
}
