import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-protocol'
import { createAudienceWindow } from '../../../electron/main/audience-window'
import { appWindowFor, createSecureWindow } from '../../../electron/main/windows'
import { registerIpcHandlers } from '../../../electron/ipc/register'
import { BrowserWindow } from './fake-electron'

/**
 * The IPC handlers wired as in the app: registered once, trusting app:// only, answering for
 * windows made by createSecureWindow, with the audience window loading the packaged entry. Call
 * `registerForTest` once per test file.
 */
export function registerForTest(): void {
  registerIpcHandlers({ trustedOrigins: [APP_ORIGIN], windowFor: appWindowFor }, { audience: createAudienceWindow(APP_ENTRY_URL) })
}

/** One of our windows, showing our UI, as the fake that tests can drive. */
export function openAppWindow(): BrowserWindow {
  createSecureWindow({})
  const window = BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('createSecureWindow made no window')
  window.webContents.mainFrame.url = APP_ENTRY_URL
  return window
}
