import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaveFileResult } from '../../../shared/ipc/contract'
import { useNoticeStore } from '../../store/notice-store'

/** Runs an export, tells the user where it went or why it failed — in their language. */
export function useExport() {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  const [busy, setBusy] = useState(false)
  const run = async (task: () => Promise<SaveFileResult>) => {
    setBusy(true)
    try {
      const result = await task()
      if (!result.canceled) showNotice({ message: t('export.saved', { name: result.path.split(/[\\/]/).pop() ?? result.path }) })
    } catch (error) {
      console.error('Export failed', error)
      showNotice({ message: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }) })
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
