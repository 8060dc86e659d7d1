import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../ui/Modal'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { LimitedInput } from '../../ui/length-note'

interface Props {
  open: boolean
  title: string
  onCancel(): void
  onRename(title: string): void
}

export function RenameDialog({ open, title, onCancel, onRename }: Props) {
  const { t } = useTranslation()
  return (
    <Modal open={open} title={t('workshopList.renameTitle')} onClose={onCancel}>
      {/* Mounted only while open, so every opening starts from the current title. */}
      <RenameForm title={title} onCancel={onCancel} onRename={onRename} />
    </Modal>
  )
}

function RenameForm({ title, onCancel, onRename }: Omit<Props, 'open'>) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(title)
  const [tried, setTried] = useState(false)
  const empty = draft.trim() === ''
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (empty) return setTried(true)
        onRename(draft.trim())
      }}
    >
      <label className="field">
        <span>{t('workshopList.newTitle')}</span>
        <LimitedInput kind={TEXT_FIELDS.workshop.title} noteId="rename-count" value={draft} autoFocus aria-invalid={tried && empty} onChange={(e) => setDraft(e.target.value)} />
        {tried && empty && <p className="field-error">{t('newWorkshop.problems.titleRequired')}</p>}
      </label>
      <div className="modal-actions">
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('workshopList.rename')}
        </button>
      </div>
    </form>
  )
}
