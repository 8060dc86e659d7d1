import { describe, expect, it, vi } from 'vitest'
import {
  createMainWindow,
  createSecureWindow,
  SECURE_WEB_PREFERENCES,
  type SecureWindowOptions
} from '../../../electron/main/windows'
import { BrowserWindow } from '../support/fake-electron'

vi.mock('electron', () => import('../support/fake-electron'))

const EXPECTED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false
}

function lastWindow(): BrowserWindow {
  const window = BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('no window was created')
  return window
}

describe('SECURE_WEB_PREFERENCES', () => {
  it('is the hardened set, with the bundled CommonJS preload', () => {
    const { preload, ...flags } = SECURE_WEB_PREFERENCES
    expect(flags).toEqual(EXPECTED_PREFERENCES)
    expect(preload.replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/)
  })

  it('is frozen, so no code path can weaken it', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true)
  })
})

describe('createSecureWindow', () => {
  it('gives the window exactly the secure preferences', () => {
    createSecureWindow({ width: 800, height: 600 })
    const { options } = lastWindow()
    expect(options.webPreferences).toEqual({ ...EXPECTED_PREFERENCES, preload: SECURE_WEB_PREFERENCES.preload })
    expect(options).toMatchObject({ width: 800, height: 600 })
  })

  it('ignores weaker preferences smuggled in by an untyped caller', () => {
    // Type-wise webPreferences is not an option at all (see the compile-time check below).
    const sneaky = { title: 'x', webPreferences: { sandbox: false, contextIsolation: false, nodeIntegration: true } }
    createSecureWindow(sneaky)
    expect(lastWindow().options.webPreferences).toEqual({
      ...EXPECTED_PREFERENCES,
      preload: SECURE_WEB_PREFERENCES.preload
    })
  })

  it('does not accept webPreferences at compile time', () => {
    // @ts-expect-error -- webPreferences are fixed by createSecureWindow
    const options: SecureWindowOptions = { webPreferences: { sandbox: false } }
    expect(options).toBeDefined()
  })
})

describe('createMainWindow', () => {
  it('loads the entry URL and shows the window only once painted', () => {
    createMainWindow('app://smarketing/index.html', 'Smarketing Studio')
    const fake = lastWindow()
    expect(fake.loadURL).toHaveBeenCalledWith('app://smarketing/index.html')
    expect(fake.options).toMatchObject({ show: false, title: 'Smarketing Studio' })
    expect(fake.show).not.toHaveBeenCalled()
    fake.emit('ready-to-show')
    expect(fake.show).toHaveBeenCalledOnce()
  })
})
