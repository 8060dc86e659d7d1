import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesSearch } from '../../../shared/domain/workshop-search'
import { STEP_IDS } from '../../../shared/domain/workshop'
import { listTrash, listWorkshops } from '../../db/workshop-repo'
import { NewWorkshopDialog } from './NewWorkshopDialog'
import { TrashSection } from './TrashSection'
import { WorkshopCard } from './WorkshopCard'

export function WorkshopListScreen() {
  const { t } = useTranslation()
  const workshops = useLiveQuery(() => listWorkshops(), [])
  const trash = useLiveQuery(() => listTrash(), [])
  const [creating, setCreating] = useState(false)
  const [query, setQuery] = useState('')
  const [showTrash, setShowTrash] = useState(false)
  const visible = workshops?.filter((w) => matchesSearch(w, query)) ?? []

  return (
    <section aria-labelledby="workshops-title">
      <div className="screen-head">
        <h1 id="workshops-title">{t('workshops.title')}</h1>
        <div className="screen-tools">
          {workshops && workshops.length > 0 && (
            <label className="search">
              <span className="visually-hidden">{t('workshopList.search')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('workshopList.search')}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
          )}
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span> {t('workshops.new')}
          </button>
        </div>
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
      {workshops && workshops.length > 0 && visible.length === 0 && (
        <p className="empty-list">{t('workshopList.noMatch', { query })}</p>
      )}
      {visible.length > 0 && (
        <ul className="workshop-list" aria-label={t('workshops.title')}>
          {visible.map((workshop) => (
            <WorkshopCard key={workshop.id} workshop={workshop} />
          ))}
        </ul>
      )}
      {trash && trash.length > 0 && (
        <div className="trash-toggle">
          <button type="button" className="button quiet" aria-expanded={showTrash} onClick={() => setShowTrash((v) => !v)}>
            🗑 {t('workshopList.trash', { count: trash.length })}
          </button>
          {showTrash && <TrashSection workshops={trash} />}
        </div>
      )}
      <NewWorkshopDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  )
}
