import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { useNoticeStore } from '../../../renderer/store/notice-store'
import { useUiStore } from '../../../renderer/store/ui-store'

afterEach(async () => {
  await i18next.changeLanguage('en')
  window.location.hash = ''
  useNoticeStore.setState({ notice: null })
  vi.restoreAllMocks()
})

describe('failures reach the person', () => {
  it('opens the workshop list with a message for a malformed address, instead of a blank page', async () => {
    await i18next.changeLanguage('de')
    window.location.hash = '#/workshop/%E0%A4%A'
    useUiStore.getState().syncFromLocation()
    render(<App />)
    expect(await screen.findByRole('heading', { name: 'Noch keine Workshops' })).toBeInTheDocument()
    expect(await screen.findByText('Diese Adresse ist ungültig. Hier ist die Liste Ihrer Workshops.')).toBeInTheDocument()
    expect(window.location.hash).toBe('#/')
  })

  it('tells of a promise that failed where nobody handled it, in the UI language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(<App />)
    await screen.findByRole('heading', { name: 'No workshops yet' })
    const event = Object.assign(new Event('unhandledrejection'), { reason: new Error('IDBDatabase closed') })
    act(() => {
      window.dispatchEvent(event)
    })
    expect(await screen.findByText('Something did not work. Everything saved so far is safe; please try again.')).toBeInTheDocument()
    expect(screen.queryByText(/IDBDatabase/)).not.toBeInTheDocument()
  })

  it('tells of an uncaught error too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await i18next.changeLanguage('de')
    render(<App />)
    await screen.findByRole('heading', { name: 'Noch keine Workshops' })
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x is undefined'), message: 'x is undefined' }))
    })
    expect(
      await screen.findByText('Ein Vorgang ist fehlgeschlagen. Alles bisher Gespeicherte ist sicher; bitte versuchen Sie es noch einmal.')
    ).toBeInTheDocument()
  })
})
