import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '../../../shared/domain/workshop'
import { saveNow } from '../../save/save-queue'
import { deleteForever, restoreFromTrash } from '../../db/workshop-repo'
import { ConfirmDialog } from '../../ui/ConfirmDialog'

export function TrashSection({ workshops }: { workshops: Workshop[] }) {
  const { t } = useTranslation()
  const [purging, setPurging] = useState<Workshop | null>(null)
  return (
    <section className="card trash" aria-labelledby="trash-title">
      <h2 id="trash-title">{t('workshopList.trashTitle')}</h2>
      <p className="field-hint">{t('workshopList.trashHint')}</p>
      <ul>
        {workshops.map((workshop) => (
          <li key={workshop.id}>
            <span>
              <strong>{workshop.title}</strong> · {workshop.organisation}
            </span>
            <span className="trash-actions">
              <button type="button" className="button small" onClick={() => void saveNow(() => restoreFromTrash(workshop.id))}>
                {t('workshopList.restore')}
              </button>
              <button type="button" className="button small danger" onClick={() => setPurging(workshop)}>
                {t('workshopList.deleteForever')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={purging !== null}
        title={t('workshopList.deleteForever')}
        message={t('workshopList.confirmDeleteForever', { title: purging?.title ?? '' })}
        confirmLabel={t('workshopList.deleteForever')}
        danger
        onCancel={() => setPurging(null)}
        onConfirm={() => {
          const target = purging
          setPurging(null)
          if (target) void saveNow(() => deleteForever(target.id))
        }}
      />
    </section>
  )
}
