import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { completedSteps } from '../../../shared/domain/progress'
import { isLanguage } from '../../../shared/domain/language'
import { STEP_IDS, type Workshop } from '../../../shared/domain/workshop'
import { saveNow } from '../../db/save-queue'
import { duplicateWorkshop, moveToTrash, restoreFromTrash, updateWorkshop } from '../../db/workshop-repo'
import { useNoticeStore } from '../../store/notice-store'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { formatIsoDate } from '../../ui/dates'
import { RenameDialog } from './RenameDialog'

export function WorkshopCard({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const [renaming, setRenaming] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  const done = completedSteps(workshop)
  const route = { screen: 'workshop', workshopId: workshop.id, section: 'overview' } as const

  const trash = async () => {
    setDeleting(false)
    await moveToTrash(workshop.id)
    showNotice({
      message: t('workshopList.movedToTrash', { title: workshop.title }),
      actionLabel: t('lists.undo'),
      action: () => restoreFromTrash(workshop.id)
    })
  }

  const duplicate = async () => {
    const copy = await duplicateWorkshop(workshop.id, t('workshopList.copySuffix'))
    showNotice({ message: t('workshopList.duplicated', { title: copy.title }) })
  }

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
            <dd>{t('workshopList.slaNone')}</dd>
          </div>
          <div>
            <dt>{t('workshopList.nextReview')}</dt>
            <dd>{t('workshopList.noReview')}</dd>
          </div>
          <div>
            <dt>{t('workshopList.changed')}</dt>
            <dd>{new Date(workshop.updatedAt).toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</dd>
          </div>
        </dl>
      </div>
      <div className="workshop-card-actions" role="group" aria-label={t('workshopList.actionsFor', { title: workshop.title })}>
        <button type="button" className="button primary" onClick={() => navigate(route)}>
          {t('workshopList.open')}
        </button>
        <button type="button" className="button" onClick={() => setRenaming(true)}>
          {t('workshopList.rename')}
        </button>
        <button type="button" className="button" onClick={() => void saveNow(duplicate)}>
          {t('workshopList.duplicate')}
        </button>
        <button type="button" className="button danger" onClick={() => setDeleting(true)}>
          {t('workshopList.delete')}
        </button>
      </div>
      <RenameDialog
        open={renaming}
        title={workshop.title}
        onCancel={() => setRenaming(false)}
        onRename={(title) => {
          setRenaming(false)
          void saveNow(() => updateWorkshop(workshop.id, { title }))
        }}
      />
      <ConfirmDialog
        open={deleting}
        title={t('workshopList.delete')}
        message={t('workshopList.confirmTrash', { title: workshop.title })}
        confirmLabel={t('workshopList.delete')}
        danger
        onCancel={() => setDeleting(false)}
        onConfirm={() => void saveNow(trash)}
      />
    </li>
  )
}
