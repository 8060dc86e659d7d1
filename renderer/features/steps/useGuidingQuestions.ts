import { useEffect, useState } from 'react'

const STORAGE_KEY = 'smarketing.questionsSeen'

function seenSet(): Set<string> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    const list: unknown = raw ? JSON.parse(raw) : []
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    // Blocked or damaged storage: the questions simply show again.
    return new Set()
  }
}

/**
 * Guiding questions open on the first visit of a step and start folded afterwards, so the step's
 * own content is above the fold at 1366×768 (issue 10 §7). Remembered per workshop and step on
 * this laptop; it is a display preference, not workshop data.
 */
export function useGuidingQuestions(workshopId: string, step: string): [boolean, (open: boolean) => void] {
  const id = `${workshopId}:${step}`
  // The frame stays mounted from step to step, so the state follows the step it belongs to.
  const [state, setState] = useState(() => ({ id, open: !seenSet().has(id) }))
  if (state.id !== id) setState({ id, open: !seenSet().has(id) })
  useEffect(() => {
    const seen = seenSet()
    if (seen.has(id)) return
    seen.add(id)
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...seen]))
    } catch {
      // Not remembered: the questions show once more next time, nothing else is lost.
    }
  }, [id])
  return [state.id === id ? state.open : !seenSet().has(id), (open) => setState({ id, open })]
}
