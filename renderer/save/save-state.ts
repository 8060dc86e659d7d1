import { create } from 'zustand'
import type { SaveProblem } from './save-problem'

/**
 * What the save indicator shows (SPEC §7 "Save state always visible"): how many saves are
 * scheduled or running, and why the last one failed while it is not yet saved. Kept with the
 * save queue that writes it, so the database layer needs nothing from the UI's stores.
 */
export interface SaveState {
  pendingSaves: number
  /** Why the last save failed, while it is not yet saved; null when everything landed. */
  saveProblem: SaveProblem | null
  saveStarted(): void
  saveFinished(problem: SaveProblem | null): void
}

export const useSaveState = create<SaveState>()((set) => ({
  pendingSaves: 0,
  saveProblem: null,
  saveStarted() {
    set((s) => ({ pendingSaves: s.pendingSaves + 1 }))
  },
  saveFinished(problem) {
    set((s) => ({ pendingSaves: Math.max(0, s.pendingSaves - 1), saveProblem: problem }))
  }
}))
