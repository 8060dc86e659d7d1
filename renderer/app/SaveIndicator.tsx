import { useTranslation } from 'react-i18next'
import { useSaveState } from '../save/save-state'

/** SPEC §7: the save state is always visible — and when a save fails, why, and what happens next. */
export function SaveIndicator() {
  const { t } = useTranslation()
  const pending = useSaveState((s) => s.pendingSaves)
  const problem = useSaveState((s) => s.saveProblem)
  const state = problem ? 'failed' : pending > 0 ? 'saving' : 'saved'
  return (
    <p
      className={`save-indicator ${state}`}
      role="status"
      aria-live="polite"
      data-save-state={state}
      data-save-problem={problem ?? undefined}
    >
      <span className="dot" aria-hidden="true" />
      {problem ? t(`save.problem.${problem}`) : t(`save.${state as 'saved' | 'saving'}`)}
    </p>
  )
}
