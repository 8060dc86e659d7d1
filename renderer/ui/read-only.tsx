import { createContext, useContext, type ReactNode } from 'react'

/** Inside a signed SLA, every field and list shows its content but cannot be edited. */
const ReadOnlyContext = createContext(false)

/** `reset` makes a part editable again inside a read-only area (e.g. a step's timebox). */
export function ReadOnly({ when, reset = false, children }: { when: boolean; reset?: boolean; children: ReactNode }) {
  const outer = useContext(ReadOnlyContext)
  return <ReadOnlyContext.Provider value={reset ? when : outer || when}>{children}</ReadOnlyContext.Provider>
}

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext)
}
