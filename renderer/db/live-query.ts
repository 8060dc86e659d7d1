import { liveQuery } from 'dexie'
import { startTransition, useEffect, useState } from 'react'
import { keepUnchanged } from './keep-unchanged'

/**
 * Live data whose new values are rendered as a transition: React renders them in slices and lets a
 * keystroke and the next frame go first. Each keystroke is saved at once and the open workshop's
 * data is read again after it; re-rendering a whole step with that answer must never hold back the
 * next key (SPEC §9: a keystroke painted within one frame), nor must the room's answers arriving
 * meanwhile (issue 14). What the person types is on screen already: the field keeps its own text
 * while they type (ui/fields.tsx).
 *
 * `subscribe` starts following the source named `key` (null: none) and returns how to stop; it
 * passes each value to `next` and a failure to `fail`. Undefined until the first value for this
 * key; throws the failure, for the error boundary, as dexie-react-hooks' useLiveQuery does.
 */
export function useInBackground<T>(
  key: string | null,
  subscribe: (next: (value: T) => void, fail: (error: unknown) => void) => () => void
): T | undefined {
  const [state, setState] = useState<{ key: string | null; value?: T; error?: unknown }>({ key })
  useEffect(() => {
    if (key === null) return
    return subscribe(
      (value) => startTransition(() => setState((before) => (before.key === key && before.error === undefined && Object.is(before.value, value) ? before : { key, value }))),
      (error) => setState({ key, error })
    )
    // `subscribe` is the one of this key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  if (state.key !== key) return undefined
  if (state.error !== undefined) throw state.error
  return state.value
}

/**
 * A Dexie live query (as dexie-react-hooks' useLiveQuery) rendered in the background (useInBackground).
 * Each answer keeps what did not change of the one before (keepUnchanged): after a keystroke's save
 * only the records it changed are new objects, so only what shows them is drawn again; an answer
 * equal to the one before renders nothing.
 */
export function useLiveQueryInBackground<T>(querier: () => Promise<T>, deps: readonly (string | number | null)[]): T | undefined {
  return useInBackground<T>(JSON.stringify(deps), (next, fail) => {
    let last: T | undefined
    const subscription = liveQuery(querier).subscribe({ next: (value) => next((last = keepUnchanged(last, value))), error: fail })
    return () => subscription.unsubscribe()
  })
}
