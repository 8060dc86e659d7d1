import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'

afterEach(async () => {
  await i18next.changeLanguage('en')
  await Promise.all(db.tables.map((table) => table.clear()))
  window.location.hash = ''
})

describe('app shell', () => {
  it('invites to create the first workshop', async () => {
    render(<App />)
    expect(await screen.findByRole('heading', { name: 'No workshops yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Smarketing Studio/ })).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'New workshop' }).length).toBeGreaterThan(0)
    expect(screen.getByText('All changes saved')).toBeInTheDocument()
  })

  it('switches the UI language and back', async () => {
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('heading', { name: 'No workshops yet' })
    await user.selectOptions(screen.getByLabelText('Language'), 'de')
    expect(await screen.findByRole('heading', { name: 'Noch keine Workshops' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('de')
    expect(localStorage.getItem('smarketing.uiLanguage')).toBe('de')
    await user.selectOptions(screen.getByLabelText('Sprache'), 'en')
    expect(await screen.findByRole('heading', { name: 'No workshops yet' })).toBeInTheDocument()
  })

  it('refuses to create a workshop without title and organisation, with messages', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click((await screen.findAllByRole('button', { name: 'New workshop' }))[0]!)
    const dialog = screen.getByRole('dialog', { name: 'New workshop' })
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }))
    expect(within(dialog).getByText('Please enter a title.')).toBeInTheDocument()
    expect(within(dialog).getByText('Please enter the organisation.')).toBeInTheDocument()
    expect(await db.workshops.count()).toBe(0)
  })
})
