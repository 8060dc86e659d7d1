import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNoticeStore } from '../store/notice-store'
import { useUiLanguage } from '../i18n/ui-language'
import { saveNow } from '../save/save-queue'

const NOTICE_MS = 10_000

export function NoticeBar() {
  // Both re-render the bar when the language changes; the notice is then told in the new one.
  const { t } = useTranslation()
  const language = useUiLanguage()
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
          <span>{notice.message(t, language)}</span>
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
              {notice.actionLabel?.(t, language)}
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
