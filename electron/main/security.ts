import { app, type Session, type WebContents } from 'electron'
import { isTrustedUrl } from './renderer-source'

/**
 * Navigation, pop-ups, webviews and permissions, locked for every webContents the app ever
 * creates (hooked on 'web-contents-created', so a window added later cannot forget it). The
 * permission handlers go on the session of each webContents, so no session in use is missed.
 */
export function installSecurityPolicy(trustedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, trustedOrigins)
    denyAllPermissions(contents.session)
  })
}

function hardenWebContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  // The UI is a single page: leaving its origin could only be a bug or an attack, and a foreign
  // page would inherit the preload bridge.
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url, trustedOrigins)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, trustedOrigins)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** An offline workshop tool needs no camera, location, notifications or the like. */
function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
