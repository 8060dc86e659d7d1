import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguage } from '../../../shared/domain/language'
import { formatPercent } from '../../../shared/domain/numbers'
import { Modal } from '../../ui/Modal'
import type { ReadingProgress } from './useFileReading'

/** A reading that ends this fast needs no dialog: it would only flash. */
const SHOW_AFTER_MS = 300

/** How far the reading of a large file is, with Cancel (which stops its worker at once). */
export function FileReadingDialog({ progress, onCancel }: { progress: ReadingProgress | null; onCancel(): void }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  // The reading whose dialog is due; one that ends sooner never shows it.
  const [due, setDue] = useState<number | null>(null)
  const id = progress?.id

  useEffect(() => {
    if (id === undefined) return
    const timer = setTimeout(() => setDue(id), SHOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [id])

  const title = progress ? t(`failures.reading.${progress.kind}`) : ''
  const percent = formatPercent((progress?.fraction ?? 0) * 100, language, 0)
  return (
    <Modal open={progress !== null && due === progress.id} title={title} onClose={onCancel}>
      <progress max={1} value={progress?.fraction ?? 0} aria-label={title} aria-valuetext={percent} />
      <p role="status">{t('failures.reading.progress', { percent })}</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  )
}
