import { useTranslation } from 'react-i18next'
import { useUiStore } from '../store/ui-store'

/** SPEC §7: the save state is always visible. */
export function SaveIndicator() {
  const { t } = useTranslation()
  const pending = useUiStore((s) => s.pendingSaves)
  const failed = useUiStore((s) => s.saveError)
  const state = failed ? 'failed' : pending > 0 ? 'saving' : 'saved'
  return (
    <p className={`save-indicator ${state}`} role="status" aria-live="polite" data-save-state={state}>
      <span className="dot" aria-hidden="true" />
      {t(`save.${state}`)}
    </p>
  )
}
