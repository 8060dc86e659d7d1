import type { TFunction } from 'i18next'
import { create } from 'zustand'
import type { Language } from '../../shared/domain/language'

/**
 * What a notice says, as a function of the texts and the language on screen — never a finished
 * string: the notice bar calls it at every render, so a notice shown before the person switches
 * the language is told again in the new one. Numbers and dates go in raw and are formatted here,
 * with `language`, for the same reason.
 */
export type NoticeText = (t: TFunction, language: Language) => string

/** The label of the action that takes back what the notice reports. */
export const undoLabel: NoticeText = (t) => t('lists.undo')

/** One short notice at a time ("Stage removed — Undo"), shown at the bottom of the screen. */
export interface Notice {
  id: number
  message: NoticeText
  actionLabel?: NoticeText
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
