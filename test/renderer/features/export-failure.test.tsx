import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { db } from '../../../renderer/db/db'
import { createWorkshop } from '../../../renderer/db/workshop-repo'
import { useNoticeStore } from '../../../renderer/store/notice-store'
import type * as platformModule from '../../../renderer/platform/platform'
import type { BridgeApi, SaveFileResult } from '../../../shared/ipc/contract'
import { saveFileError } from '../../../shared/ipc/save-file-error'

/**
 * An export whose file cannot be written. Main answers with a code (test/electron/ipc/files.test.ts
 * maps ENOENT, EACCES, ENOSPC … to them); the person reads what happened and what to do, in their
 * language — never "Error invoking remote method 'file:save': ENOENT …".
 */
const bridge = vi.hoisted(() => ({
  saveFile: vi.fn<(request: unknown) => Promise<unknown>>(),
  openFile: vi.fn(),
  appInfo: vi.fn(async () => ({ name: 'Smarketing Studio', version: '0.1.0', platform: 'linux', locales: ['en-GB'] })),
  openAudienceWindow: vi.fn(),
  closeAudienceWindow: vi.fn()
}))

vi.mock('../../../renderer/platform/platform', async (importOriginal) => {
  const actual = await importOriginal<typeof platformModule>()
  return { ...actual, platform: actual.createPlatform(bridge as unknown as BridgeApi) }
})

beforeEach(async () => {
  await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'de', facilitator: '', date: '2027-01-15' })
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  bridge.saveFile.mockReset()
  await Promise.all(db.tables.map((table) => table.clear()))
  useNoticeStore.setState({ notice: null })
  await i18next.changeLanguage('en')
})

async function backUpAll(answer: SaveFileResult | Error, language: 'de' | 'en') {
  await i18next.changeLanguage(language)
  if (answer instanceof Error) bridge.saveFile.mockRejectedValueOnce(answer)
  else bridge.saveFile.mockResolvedValueOnce(answer)
  render(<App />)
  await userEvent.click(await screen.findByRole('button', { name: language === 'de' ? 'Alle sichern' : 'Back up all' }))
  await vi.waitFor(() => expect(bridge.saveFile).toHaveBeenCalledOnce())
}

const NAME = 'Sicherung.smarketing'

describe('an export whose file cannot be written', () => {
  it.each([
    ['ENOENT', 'en', '“Sicherung.smarketing” was not saved: the folder no longer exists (a USB stick removed, a network drive disconnected?). Please choose another folder.'],
    ['ENOENT', 'de', '„Sicherung.smarketing“ wurde nicht gespeichert: Der Ordner existiert nicht mehr (USB-Stick entfernt, Netzlaufwerk getrennt?). Bitte wählen Sie einen anderen Ordner.'],
    ['EACCES', 'en', '“Sicherung.smarketing” was not saved: the app may not write to this folder. Please choose another folder, for example Documents.'],
    ['EACCES', 'de', '„Sicherung.smarketing“ wurde nicht gespeichert: Keine Schreibrechte in diesem Ordner. Bitte wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.'],
    ['ENOSPC', 'en', '“Sicherung.smarketing” was not saved: the disk is full. Free some space or choose another drive.'],
    ['ENOSPC', 'de', '„Sicherung.smarketing“ wurde nicht gespeichert: Der Datenträger ist voll. Bitte schaffen Sie Platz oder wählen Sie ein anderes Laufwerk.'],
    ['EBUSY', 'de', '„Sicherung.smarketing“ wurde nicht gespeichert: Die Datei ist in einem anderen Programm geöffnet. Bitte schließen Sie sie dort und versuchen Sie es noch einmal.'],
    ['EIO', 'de', '„Sicherung.smarketing“ konnte nicht gespeichert werden. Es ist nichts verloren – bitte versuchen Sie es noch einmal, vielleicht in einem anderen Ordner.']
  ] as const)('a write failing with %s is told in %s', async (code, language, message) => {
    // What main answers when writeFile fails with this code (electron/ipc/files.ts).
    const error = saveFileError(Object.assign(new Error(`${code}: failed, open '/media/stick/${NAME}'`), { code }))
    await backUpAll({ canceled: false, error, name: NAME }, language)
    expect(await screen.findByText(message)).toBeInTheDocument()
    expect(screen.queryByText(new RegExp(code))).toBeNull()
  })

  it('tells the failure again in German when the language is switched while it is shown', async () => {
    const error = saveFileError(Object.assign(new Error(`ENOSPC: no space left on device, open '/media/stick/${NAME}'`), { code: 'ENOSPC' }))
    await backUpAll({ canceled: false, error, name: NAME }, 'en')
    expect(await screen.findByText('“Sicherung.smarketing” was not saved: the disk is full. Free some space or choose another drive.')).toBeInTheDocument()
    await act(() => i18next.changeLanguage('de'))
    expect(
      screen.getByText('„Sicherung.smarketing“ wurde nicht gespeichert: Der Datenträger ist voll. Bitte schaffen Sie Platz oder wählen Sie ein anderes Laufwerk.')
    ).toBeInTheDocument()
    expect(screen.queryByText(/was not saved/)).toBeNull()
  })

  it('tells a failure main did not foresee in plain words, without the technical text', async () => {
    await backUpAll(new Error("Error invoking remote method 'file:save': Error: file:save refused: invalid request"), 'de')
    expect(await screen.findByText('Die Datei konnte nicht erstellt werden. Es ist nichts verloren – bitte versuchen Sie es noch einmal.')).toBeInTheDocument()
    expect(screen.queryByText(/remote method|refused/)).toBeNull()
  })
})
