import { create } from 'zustand'

/** One short notice at a time ("Stage removed — Undo"), shown at the bottom of the screen. */
export interface Notice {
  id: number
  message: string
  actionLabel?: string
  action?: () => Promise<unknown>
}

interface NoticeState {
  notice: Notice | null
  show(notice: Omit<Notice, 'id'>): void
  dismiss(id: number): void
}

let nextId = 1

export const useNoticeStore = create<NoticeState>()((set) => ({
  notice: null,
  show(notice) {
    set({ notice: { ...notice, id: nextId++ } })
  },
  dismiss(id) {
    set((s) => (s.notice?.id === id ? { notice: null } : s))
  }
}))
