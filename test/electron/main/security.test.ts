import { beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_ORIGIN } from '../../../electron/main/app-protocol'
import { installSecurityPolicy } from '../../../electron/main/security'
import { app, FakeSession, FakeWebContents, fakeEvent } from '../support/fake-electron'

vi.mock('electron', () => import('../support/fake-electron'))

const DEV_ORIGIN = 'http://127.0.0.1:5173'

/** A webContents as Electron announces it; the policy must lock it down on its own. */
function announceWebContents(): FakeWebContents {
  const contents = new FakeWebContents()
  contents.session = new FakeSession()
  app.emit('web-contents-created', fakeEvent(), contents)
  return contents
}

function attempt(contents: FakeWebContents, eventName: string, url = ''): boolean {
  const event = fakeEvent(url)
  contents.emit(eventName, event, url)
  return event.defaultPrevented
}

beforeAll(() => {
  installSecurityPolicy([APP_ORIGIN, DEV_ORIGIN])
})

describe('every webContents created by the app', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5174/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank'
  ])('cannot navigate or be redirected to %s', (url) => {
    const contents = announceWebContents()
    expect(attempt(contents, 'will-navigate', url)).toBe(true)
    expect(attempt(contents, 'will-redirect', url)).toBe(true)
  })

  it.each([`${APP_ORIGIN}/index.html`, `${DEV_ORIGIN}/index.html`])('may still navigate within its own origin %s', (url) => {
    const contents = announceWebContents()
    expect(attempt(contents, 'will-navigate', url)).toBe(false)
    expect(attempt(contents, 'will-redirect', url)).toBe(false)
  })

  it('opens no new windows, whatever the URL', () => {
    const contents = announceWebContents()
    const handler = contents.windowOpenHandler
    expect(handler).not.toBeNull()
    for (const url of ['https://example.com/', `${APP_ORIGIN}/index.html`]) {
      expect(handler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  it('attaches no webview', () => {
    const contents = announceWebContents()
    expect(attempt(contents, 'will-attach-webview')).toBe(true)
  })

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'is denied the permission %s, both when asking and when checking',
    (permission) => {
      const contents = announceWebContents()
      const { requestHandler, checkHandler } = contents.session
      const callback = vi.fn()
      requestHandler?.(contents, permission, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(checkHandler?.(contents, permission)).toBe(false)
      // A missing handler would mean Electron's default: grant.
      expect(requestHandler).not.toBeNull()
      expect(checkHandler).not.toBeNull()
    }
  )
})
