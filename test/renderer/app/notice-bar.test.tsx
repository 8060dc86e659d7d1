import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NoticeBar } from '../../../renderer/app/NoticeBar'
import { undoLabel, useNoticeStore } from '../../../renderer/store/notice-store'

/**
 * A notice is kept as what to say, not as the words: switching the language while it is shown
 * tells it again in the new language, its action's label and its numbers too.
 */
afterEach(async () => {
  useNoticeStore.setState({ notice: null })
  await i18next.changeLanguage('en')
})

const bar = () => within(screen.getByRole('status', { name: /Notifications|Hinweise/ }))

describe('the notice bar', () => {
  it('tells a shown notice again in the language switched to, with its Undo and its numbers', async () => {
    const undo = vi.fn(async () => undefined)
    render(<NoticeBar />)
    act(() => useNoticeStore.getState().show({ message: (t) => t('restore.done', { count: 1500 }), actionLabel: undoLabel, action: undo }))
    expect(bar().getByText('1,500 workshops restored.')).toBeInTheDocument()

    await act(() => i18next.changeLanguage('de'))
    expect(bar().getByText('1.500 Workshops wiederhergestellt.')).toBeInTheDocument()
    expect(bar().queryByText(/restored/)).toBeNull()
    await userEvent.click(bar().getByRole('button', { name: 'Rückgängig' }))
    await vi.waitFor(() => expect(undo).toHaveBeenCalledOnce())
    expect(bar().queryByText(/wiederhergestellt/)).toBeNull()
  })

  it('hands the message the language on screen, for what it formats itself', async () => {
    await i18next.changeLanguage('de')
    render(<NoticeBar />)
    act(() => useNoticeStore.getState().show({ message: (_t, language) => `language: ${language}` }))
    expect(bar().getByText('language: de')).toBeInTheDocument()
    await act(() => i18next.changeLanguage('en'))
    expect(bar().getByText('language: en')).toBeInTheDocument()
  })
})
