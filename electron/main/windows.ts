import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents, type WebPreferences } from 'electron'
import { PRELOAD_PATH } from './app-paths'

/**
 * The one set of webPreferences every window gets (SPEC §8 security baseline). Frozen, and
 * applied by `createSecureWindow` only, so no window can be opened with a weaker set.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  preload: PRELOAD_PATH
} as const satisfies WebPreferences)

/** Everything a window may choose, except its webPreferences. */
export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>

/** Our windows: IPC is answered only for a main frame inside one of them. */
const appWindows = new Set<BrowserWindow>()

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  // The preferences come last, so even an untyped caller passing webPreferences cannot win.
  const window = new BrowserWindow({ ...options, webPreferences: { ...SECURE_WEB_PREFERENCES } })
  appWindows.add(window)
  window.on('closed', () => appWindows.delete(window))
  return window
}

export function appWindowFor(contents: WebContents): BrowserWindow | undefined {
  for (const window of appWindows) {
    if (!window.isDestroyed() && window.webContents === contents) return window
  }
  return undefined
}

export function createMainWindow(entryUrl: string, title: string): BrowserWindow {
  const window = createSecureWindow({
    title,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff'
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error(`Could not load ${entryUrl}`, error)
  })
  return window
}

/** For a second launch: bring the existing window back instead of opening another instance. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
