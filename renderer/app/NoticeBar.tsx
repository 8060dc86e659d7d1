import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNoticeStore } from '../store/notice-store'
import { saveNow } from '../save/save-queue'

const NOTICE_MS = 10_000

export function NoticeBar() {
  const { t } = useTranslation()
  const notice = useNoticeStore((s) => s.notice)
  const dismiss = useNoticeStore((s) => s.dismiss)

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, dismiss])

  return (
    <div className="notice-region" role="status" aria-live="polite" aria-label={t('app.notices')}>
      {notice && (
        <div className="notice">
          <span>{notice.message}</span>
          {notice.action && (
            <button
              type="button"
              className="button small"
              onClick={() => {
                const action = notice.action!
                dismiss(notice.id)
                void saveNow(action)
              }}
            >
              {notice.actionLabel}
            </button>
          )}
          <button type="button" className="button small quiet" onClick={() => dismiss(notice.id)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </div>
  )
}
