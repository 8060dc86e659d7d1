import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from '../support/fake-electron'
import type { RoomStarted } from '../../../shared/ipc/contract'

type Fake = typeof FakeElectron


const realPlatform = process.platform
const realRendererUrl = process.env.ELECTRON_RENDERER_URL

/**
 * Loads electron/main/index.ts the way Electron does, once, against a fresh fake. `prepare`
 * runs first, to set what the operating system would report.
 */
async function startMain(prepare: (fake: Fake) => void = () => {}, participantDir?: string): Promise<Fake> {
  // A fresh fake for every start: module state (handlers, windows, the ready promise) is per run.
  vi.resetModules()
  const fake = await import('../support/fake-electron')
  vi.doMock('electron', () => fake)
  // The participants' page main resolves beside its bundle (out/participant), which a unit run has not built.
  if (participantDir !== undefined) vi.doMock('../../../electron/main/app-paths', async (importOriginal) => ({ ...(await importOriginal<object>()), PARTICIPANT_DIR: participantDir }))
  else vi.doUnmock('../../../electron/main/app-paths')
  prepare(fake)
  await import('../../../electron/main/index')
  return fake
}

function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

beforeEach(() => {
  delete process.env.ELECTRON_RENDERER_URL
})

afterEach(() => {
  setPlatform(realPlatform)
  if (realRendererUrl === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = realRendererUrl
})

describe('start-up order', () => {
  it('drives the same fake that electron/main imports, on every start', async () => {
    for (const _run of [1, 2]) {
      const fake = await startMain()
      const electron = await import('electron')
      expect(electron.app).toBe(fake.app)
    }
  })

  it('pins userData, takes the lock and registers app:// before ready; serves it after', async () => {
    const fake = await startMain()
    expect(fake.callLog).toEqual([
      'app.setPath:userData',
      'app.requestSingleInstanceLock',
      'protocol.registerSchemesAsPrivileged'
    ])
    await fake.becomeReady()
    expect(fake.callLog.slice(3)).toEqual(['app.ready', 'protocol.handle:app', 'Menu.setApplicationMenu', 'new BrowserWindow'])
  })

  it('keeps data in appData/smarketing-studio, whatever the product is called', async () => {
    const fake = await startMain()
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/^\/fake\/appData[/\\]smarketing-studio$/))
  })

  it('loads app://smarketing/index.html in a window with the secure preferences', async () => {
    const fake = await startMain()
    await fake.becomeReady()
    const [window] = fake.BrowserWindow.instances
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    expect(window?.loadURL).toHaveBeenCalledWith('app://smarketing/index.html')
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
  })

  it('loads the dev server URL when electron-vite sets it', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const fake = await startMain()
    await fake.becomeReady()
    expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173')
  })

  it('ignores the dev server URL in the packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'https://attacker.example'
    const fake = await startMain((f) => {
      f.state.isPackaged = true
    })
    await fake.becomeReady()
    expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://smarketing/index.html')
  })
})

describe('wiring', () => {
  it('locks down the main window: navigation, pop-ups, permissions', async () => {
    const fake = await startMain()
    await fake.becomeReady()
    const contents = fake.BrowserWindow.instances[0]?.webContents
    const navigation = fake.fakeEvent('https://example.com/')
    contents?.emit('will-navigate', navigation, navigation.url)
    expect(navigation.defaultPrevented).toBe(true)
    expect(contents?.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    const grant = vi.fn()
    fake.session.defaultSession.requestHandler?.(contents, 'media', grant)
    expect(grant).toHaveBeenCalledWith(false)
    expect(fake.session.defaultSession.checkHandler?.(contents, 'media')).toBe(false)
  })

  it('answers IPC from the main window and refuses any other webContents', async () => {
    const fake = await startMain()
    await fake.becomeReady()
    const contents = fake.BrowserWindow.instances[0]?.webContents
    if (contents === undefined) throw new Error('no main window')
    await expect(fake.invoke('app:info', fake.eventFrom(contents))).resolves.toMatchObject({ name: 'Smarketing Studio' })
    const stranger = new fake.FakeWebContents()
    stranger.mainFrame.url = 'app://smarketing/index.html'
    await expect(fake.invoke('app:info', fake.eventFrom(stranger))).rejects.toThrow(/refused/)
  })

  it('builds the menu in German when the system prefers German', async () => {
    const fake = await startMain((f) => {
      f.state.languages = ['de-DE', 'en-US']
    })
    await fake.becomeReady()
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0]
    expect(template).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Bearbeiten' })]))
  })
})

describe('audience window', () => {
  const WORKSHOP = '3f2c8a4e-9b1d-4c6e-8f0a-2d5b7e9c1a34'

  /** Starts the app with these displays and opens the audience view from the main window. */
  async function startWithAudience(displays?: (fake: Fake) => Fake['state']['displays']) {
    const fake = await startMain((f) => {
      if (displays !== undefined) f.state.displays = displays(f)
    })
    await fake.becomeReady()
    const [main] = fake.BrowserWindow.instances
    if (main === undefined) throw new Error('no main window')
    await expect(fake.invoke('audience:open', fake.eventFrom(main.webContents), { workshopId: WORKSHOP })).resolves.toEqual({
      open: true
    })
    const audience = fake.BrowserWindow.instances[1]
    if (audience === undefined) throw new Error('no audience window')
    return { fake, main, audience }
  }

  it('opens on the projector, full screen, loading the same entry as the main window', async () => {
    const { fake, audience } = await startWithAudience((f) => [f.LAPTOP, f.PROJECTOR])
    audience.emit('ready-to-show')
    expect(audience.loadURL).toHaveBeenCalledWith(`app://smarketing/index.html#/audience/${WORKSHOP}`)
    expect(audience.getBounds()).toEqual(fake.PROJECTOR.bounds)
    expect(audience.isFullScreen()).toBe(true)
  })

  it('loads from the dev server when the main window does', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const { audience } = await startWithAudience()
    expect(audience.loadURL).toHaveBeenCalledWith(`http://localhost:5173#/audience/${WORKSHOP}`)
  })

  it('is locked down and may not call main', async () => {
    const { fake, audience } = await startWithAudience()
    const navigation = fake.fakeEvent('https://example.com/')
    audience.webContents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.defaultPrevented).toBe(true)
    await expect(fake.invoke('app:info', fake.eventFrom(audience.webContents))).rejects.toThrow(/refused: the sender/)
  })

  it('closes with the main window and does not keep the app running', async () => {
    setPlatform('win32')
    const { fake, main, audience } = await startWithAudience((f) => [f.LAPTOP, f.PROJECTOR])
    main.close()
    expect(audience.isDestroyed()).toBe(true)
    expect(fake.BrowserWindow.getAllWindows()).toEqual([])
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledOnce()
  })
})

describe('room mode', () => {
  /** True while something answers at `url`; false once the connection is refused. */
  const answers = (url: string) => fetch(url).then(
    () => true,
    () => false
  )

  it('ends an open room before the app quits, and quits then', async () => {
    const page = mkdtempSync(join(tmpdir(), 'smarketing-participant-'))
    writeFileSync(join(page, 'index.html'), '<!doctype html><title>Raum</title>')
    const fake = await startMain(undefined, page)
    await fake.becomeReady()
    const contents = fake.BrowserWindow.instances[0]?.webContents
    if (contents === undefined) throw new Error('no main window')
    const room = (await fake.invoke('room:start', fake.eventFrom(contents), { language: 'de' })) as RoomStarted
    const participantUrl = room.urls[0] ?? ''
    expect(await answers(participantUrl)).toBe(true)
    // The phones get the page main was given.
    expect(await (await fetch(participantUrl)).text()).toContain('<title>Raum</title>')

    const quitting = fake.fakeEvent()
    fake.app.emit('will-quit', quitting)
    expect(quitting.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce())
    expect(await answers(participantUrl)).toBe(false)

    // The second time nothing is open: the app quits without waiting.
    const again = fake.fakeEvent()
    fake.app.emit('will-quit', again)
    expect(again.defaultPrevented).toBe(false)
  })
})

describe('single instance', () => {
  it('quits at once, without touching windows or protocols, when another instance runs', async () => {
    const fake = await startMain((f) => {
      f.state.lockGranted = false
    })
    expect(fake.app.quit).toHaveBeenCalledOnce()
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
    expect(fake.ipcMain.handle).not.toHaveBeenCalled()
    expect(fake.app.whenReady).not.toHaveBeenCalled()
  })

  it('brings the first window back when a second instance starts', async () => {
    const fake = await startMain()
    await fake.becomeReady()
    const window = fake.BrowserWindow.instances[0]
    if (window === undefined) throw new Error('no main window')
    window.minimized = true
    fake.app.emit('second-instance', fake.fakeEvent(), ['smarketing-studio'], '/')
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })
})

describe('windows closing and reopening', () => {
  it.each<[NodeJS.Platform, boolean]>([
    ['win32', true],
    ['linux', true],
    ['darwin', false]
  ])('on %s, closing the last window quits: %s', async (platform, quits) => {
    setPlatform(platform)
    const fake = await startMain()
    await fake.becomeReady()
    fake.BrowserWindow.instances[0]?.close()
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(quits ? 1 : 0)
  })

  it('reopens the window on activate when none is open (macOS dock click)', async () => {
    setPlatform('darwin')
    const fake = await startMain()
    await fake.becomeReady()
    fake.app.emit('activate')
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    fake.BrowserWindow.instances[0]?.close()
    fake.app.emit('activate')
    expect(fake.BrowserWindow.instances).toHaveLength(2)
    expect(fake.BrowserWindow.instances[1]?.loadURL).toHaveBeenCalledWith('app://smarketing/index.html')
  })
})
