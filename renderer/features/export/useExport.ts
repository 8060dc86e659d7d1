import { useState } from 'react'
import { failureMessage } from '../../app/failure-message'
import type { SavedFile } from '../../platform/platform'
import { useNoticeStore } from '../../store/notice-store'

/** Runs an export, tells the user where it went or why it failed — in their language. */
export function useExport() {
  const showNotice = useNoticeStore((s) => s.show)
  const [busy, setBusy] = useState(false)
  const run = async (task: () => Promise<SavedFile>) => {
    setBusy(true)
    try {
      const result = await task()
      if (!result.canceled) showNotice({ message: (t) => t('export.saved', { name: result.path.split(/[\\/]/).pop() ?? result.path }) })
    } catch (error) {
      console.error('Export failed', error)
      showNotice({ message: (t) => failureMessage(t, error, 'failures.exportFailed') })
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
