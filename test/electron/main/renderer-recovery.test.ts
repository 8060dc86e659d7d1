import { beforeEach, describe, expect, it, vi } from 'vitest'
import { watchRenderer } from '../../../electron/main/renderer-recovery'
import { app, BrowserWindow, dialog } from '../support/fake-electron'

vi.mock('electron', () => import('../support/fake-electron'))

const ENTRY = 'app://smarketing/index.html'

function messageOf(call: number): { message: string; detail: string; buttons: string[] } {
  const [, options] = dialog.showMessageBox.mock.calls[call] ?? []
  return options as { message: string; detail: string; buttons: string[] }
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('when the page crashes', () => {
  let window: BrowserWindow
  let clock = 0
  beforeEach(() => {
    dialog.showMessageBox.mockClear()
    window = new BrowserWindow({})
    clock = 0
    watchRenderer(window as never, { language: 'de', entryUrl: ENTRY, now: () => clock })
  })

  it('tells the person in their language that nothing is lost, then reloads the page', async () => {
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    await settle()
    expect(dialog.showMessageBox).toHaveBeenCalledOnce()
    const box = messageOf(0)
    expect(box.message).toBe('Die Arbeitsansicht wurde unerwartet beendet.')
    expect(box.detail).toContain('ist gespeichert')
    expect(box.detail).toContain('crashed')
    expect(window.webContents.reload).toHaveBeenCalledOnce()
  })

  it('says nothing when the page ended cleanly (the window closed)', async () => {
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    await settle()
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
    expect(window.webContents.reload).not.toHaveBeenCalled()
  })

  it('offers to quit after the fourth crash within a minute, and quits when asked', async () => {
    app.quit.mockClear()
    for (const at of [0, 10_000, 20_000, 30_000]) {
      clock = at
      dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
      await settle()
    }
    expect(messageOf(2).buttons).toEqual(['Neu laden'])
    expect(messageOf(3).buttons).toEqual(['Neu laden', 'Beenden'])
    expect(messageOf(3).detail).toContain('mehrmals')
    expect(app.quit).toHaveBeenCalledOnce()
    expect(window.webContents.reload).toHaveBeenCalledTimes(3)
  })

  it('forgets crashes older than a minute', async () => {
    for (const at of [0, 70_000, 140_000, 210_000]) {
      clock = at
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
      await settle()
    }
    expect(messageOf(3).buttons).toEqual(['Neu laden'])
  })
})

describe('when the page cannot load', () => {
  it('shows the hidden window, says so in English and loads again on "Try again"', async () => {
    dialog.showMessageBox.mockClear()
    const window = new BrowserWindow({ show: false })
    watchRenderer(window as never, { language: 'en', entryUrl: ENTRY })
    window.loadURL.mockClear()
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', ENTRY, true)
    await settle()
    expect(window.visible).toBe(true)
    expect(messageOf(0).message).toBe('Smarketing Studio could not load its window.')
    expect(messageOf(0).detail).toContain('ERR_FILE_NOT_FOUND (-6)')
    expect(window.loadURL).toHaveBeenCalledWith(ENTRY)
  })

  it('ignores a load replaced by another navigation and failures inside frames', async () => {
    dialog.showMessageBox.mockClear()
    const window = new BrowserWindow({})
    watchRenderer(window as never, { language: 'en', entryUrl: ENTRY })
    window.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', ENTRY, true)
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://smarketing/x', false)
    await settle()
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })
})

describe('when the page hangs', () => {
  it('offers to wait or reload, and reloads on request', async () => {
    dialog.showMessageBox.mockClear()
    const window = new BrowserWindow({})
    watchRenderer(window as never, { language: 'de', entryUrl: ENTRY })
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    window.emit('unresponsive')
    await settle()
    expect(messageOf(0).buttons).toEqual(['Warten', 'Neu laden'])
    expect(window.webContents.reload).toHaveBeenCalledOnce()
  })
})
