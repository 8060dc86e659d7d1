import { app, BrowserWindow, dialog } from 'electron'
import { registerIpcHandlers } from '../ipc/register'
import { PARTICIPANT_DIR, pinUserDataPath, RENDERER_DIR } from './app-paths'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { createAudienceWindow } from './audience-window'
import { installApplicationMenu, menuLanguage } from './menu'
import { rendererSource } from './renderer-source'
import { createRoomHost } from '../room/room-host'
import { watchRenderer } from './renderer-recovery'
import { installSecurityPolicy } from './security'
import { appWindowFor, bringToFront, createMainWindow } from './windows'

/**
 * App lifecycle and wiring only; every decision lives in the module it names.
 * Order matters: userData before the single-instance lock (the lock file lives there), the
 * scheme before ready (Chromium reads privileged schemes once at start-up).
 */

pinUserDataPath()

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data; it gets a 'second-instance' event and comes to the front.
  app.quit()
} else {
  const source = rendererSource(process.env, app.isPackaged)
  let mainWindow: BrowserWindow | null = null

  const openMainWindow = (): BrowserWindow => {
    const window = createMainWindow(source.entryUrl, app.getName())
    watchRenderer(window, { language: menuLanguage(app.getPreferredSystemLanguages()), entryUrl: source.entryUrl })
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
    mainWindow = window
    return window
  }

  registerAppScheme()
  installSecurityPolicy(source.trustedOrigins)
  const room = createRoomHost({ participantDir: PARTICIPANT_DIR })
  registerIpcHandlers(
    { trustedOrigins: source.trustedOrigins, windowFor: appWindowFor },
    { audience: createAudienceWindow(source.entryUrl), room }
  )

  // The room never outlives the app (issue 14 §3): quitting waits until it no longer listens.
  app.on('will-quit', (event) => {
    if (!room.running) return
    event.preventDefault()
    void room.stop().finally(() => app.quit())
  })

  app.on('second-instance', () => {
    if (mainWindow !== null) bringToFront(mainWindow)
    else if (app.isReady()) openMainWindow()
  })

  // macOS apps stay running without windows until the user quits them.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(() => {
      serveAppProtocol(RENDERER_DIR)
      installApplicationMenu(menuLanguage(app.getPreferredSystemLanguages()), {
        name: app.getName(),
        version: app.getVersion(),
        isDev: source.isDevServer
      })
      openMainWindow()
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
      })
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(app.getName(), `Start failed / Start fehlgeschlagen:\n${String(error)}`)
      app.quit()
    })
}
