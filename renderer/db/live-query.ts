import { liveQuery } from 'dexie'
import { startTransition, useEffect, useState } from 'react'

/**
 * A live query (Dexie's liveQuery) whose new answers are rendered as a transition: React renders
 * them in slices and lets a keystroke and the next frame go first. Each keystroke is saved at once
 * and the open workshop's data is read again after it; re-rendering a whole step with that answer
 * must never hold back the next key (SPEC §9: a keystroke painted within one frame), nor must the
 * room's answers arriving meanwhile (issue 14). What the person types is on screen already: the
 * field keeps its own text while they type (ui/fields.tsx).
 *
 * Undefined until the first answer for these `deps`; throws what the query threw, for the error
 * boundary, as dexie-react-hooks' useLiveQuery does.
 */
export function useLiveQueryInBackground<T>(querier: () => Promise<T>, deps: readonly (string | number | null)[]): T | undefined {
  const key = JSON.stringify(deps)
  const [state, setState] = useState<{ key: string; value?: T; error?: unknown }>({ key })
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => startTransition(() => setState({ key, value })),
      error: (error: unknown) => setState({ key, error })
    })
    return () => subscription.unsubscribe()
    // The querier is the one of these deps (as with useLiveQuery).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  if (state.key !== key) return undefined
  if (state.error !== undefined) throw state.error
  return state.value
}
