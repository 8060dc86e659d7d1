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

/**
 * Whether a window's page may call main. A read-only view such as the audience window needs
 * nothing from main, so it is refused: a page shown to a room full of people is one more place
 * foreign content could end up, and it then still cannot open a dialog or write a file.
 */
export type IpcAccess = 'bridge' | 'none'

/** Our windows whose main frame IPC is answered for. */
const ipcWindows = new Set<BrowserWindow>()

export function createSecureWindow(options: SecureWindowOptions, ipc: IpcAccess = 'bridge'): BrowserWindow {
  // The preferences come last, so even an untyped caller passing webPreferences cannot win.
  const window = new BrowserWindow({ ...options, webPreferences: { ...SECURE_WEB_PREFERENCES } })
  if (ipc === 'bridge') {
    ipcWindows.add(window)
    window.on('closed', () => ipcWindows.delete(window))
  }
  return window
}

/** The window showing `contents`, if it is one of ours and may call main (see `IpcAccess`). */
export function appWindowFor(contents: WebContents): BrowserWindow | undefined {
  for (const window of ipcWindows) {
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
