import { createContext, useContext, type ReactNode } from 'react'

/** Inside a signed SLA, every field and list shows its content but cannot be edited. */
const ReadOnlyContext = createContext(false)

export function ReadOnly({ when, children }: { when: boolean; children: ReactNode }) {
  const outer = useContext(ReadOnlyContext)
  return <ReadOnlyContext.Provider value={outer || when}>{children}</ReadOnlyContext.Provider>
}

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext)
}
