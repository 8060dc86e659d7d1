import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-protocol'
import {
  audienceTitle,
  audienceUrl,
  createAudienceWindow,
  placeAudience,
  WINDOWED_SIZE,
  type AudienceWindow
} from '../../../electron/main/audience-window'
import { installSecurityPolicy } from '../../../electron/main/security'
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows'
import {
  BrowserWindow,
  fakeDisplay,
  fakeEvent,
  LAPTOP,
  PROJECTOR,
  screen,
  session,
  state
} from '../support/fake-electron'
import { openAppWindow } from '../support/ipc-harness'

vi.mock('electron', () => import('../support/fake-electron'))

const WORKSHOP = '3f2c8a4e-9b1d-4c6e-8f0a-2d5b7e9c1a34'

let audience: AudienceWindow
/** The facilitator's window, on the laptop unless a test moves it. */
let owner: BrowserWindow

beforeAll(() => {
  // As in the app: every webContents is locked down when it is created.
  installSecurityPolicy([APP_ORIGIN])
})

beforeEach(() => {
  vi.clearAllMocks()
  state.displays = [LAPTOP]
  state.languages = ['en-US']
  audience = createAudienceWindow(APP_ENTRY_URL)
  owner = openAppWindow()
})

afterEach(() => {
  audience.close()
})

/** Opens the view and returns the window it made. */
function openView(workshopId = WORKSHOP): BrowserWindow {
  const before = BrowserWindow.instances.length
  audience.open(workshopId, owner)
  expect(BrowserWindow.instances).toHaveLength(before + 1)
  const window = BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('no audience window')
  return window
}

describe('audienceUrl', () => {
  it.each([
    ['app://smarketing/index.html', 'app://smarketing/index.html#/audience/w-1'],
    ['http://localhost:5173', 'http://localhost:5173#/audience/w-1'],
    ['app://smarketing/index.html#/workshop/old', 'app://smarketing/index.html#/audience/w-1']
  ])('routes %s to the audience screen', (entry, expected) => {
    expect(audienceUrl(entry, 'w-1')).toBe(expected)
  })
})

describe('audienceTitle', () => {
  it('names the view in English and German', () => {
    expect(audienceTitle('Smarketing Studio', 'en')).toBe('Smarketing Studio – Audience view')
    expect(audienceTitle('Smarketing Studio', 'de')).toBe('Smarketing Studio – Publikumsansicht')
  })
})

describe('placeAudience', () => {
  it('goes full screen on the display the facilitator is not using', () => {
    expect(placeAudience([LAPTOP, PROJECTOR], LAPTOP)).toEqual({ fullScreen: true, displayId: 2, bounds: PROJECTOR.bounds })
    expect(placeAudience([LAPTOP, PROJECTOR], PROJECTOR)).toEqual({ fullScreen: true, displayId: 1, bounds: LAPTOP.bounds })
  })

  it('opens a 1280×720 window centred in the work area of a single display', () => {
    const screenOnly = fakeDisplay(7, { x: 100, y: 50, width: 1920, height: 1080 })
    expect(placeAudience([screenOnly], screenOnly)).toEqual({
      fullScreen: false,
      bounds: { x: 100 + 320, y: 50 + 160, width: WINDOWED_SIZE.width, height: WINDOWED_SIZE.height }
    })
  })

  it('never makes the window larger than a small display', () => {
    const small = fakeDisplay(3, { x: 0, y: 0, width: 1024, height: 600 })
    expect(placeAudience([small], small)).toEqual({ fullScreen: false, bounds: { x: 0, y: 0, width: 1024, height: 560 } })
  })
})

describe('opening', () => {
  it('makes the window with exactly the secure preferences', () => {
    const window = openView()
    expect(window.options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES })
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
  })

  it('loads the renderer entry routed to #/audience/<id>', () => {
    const window = openView()
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`app://smarketing/index.html#/audience/${WORKSHOP}`)
  })

  it('is named in the system language and keeps that name whatever the page title says', () => {
    state.languages = ['de-DE']
    const window = openView()
    expect(window.options.title).toBe('Smarketing Studio – Publikumsansicht')
    const titleChange = fakeEvent()
    window.emit('page-title-updated', titleChange, 'Smarketing Studio', false)
    expect(titleChange.defaultPrevented).toBe(true)
  })

  it('with two displays: covers the projector, full screen, without taking the facilitator’s focus', () => {
    state.displays = [LAPTOP, PROJECTOR]
    const window = openView()
    expect(window.options).toMatchObject({ ...PROJECTOR.bounds, show: false })
    expect(window.showInactive).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.showInactive).toHaveBeenCalledOnce()
    expect(window.setFullScreen).toHaveBeenCalledExactlyOnceWith(true)
    expect(window.isFullScreen()).toBe(true)
    expect(window.getBounds()).toEqual({ x: 1920, y: -100, width: 1280, height: 800 })
    expect(window.focus).not.toHaveBeenCalled()
  })

  it('with two displays and the facilitator on the external one: covers the laptop', () => {
    state.displays = [LAPTOP, PROJECTOR]
    owner.bounds = { x: 2000, y: 0, width: 1000, height: 700 }
    const window = openView()
    expect(window.options).toMatchObject(LAPTOP.bounds)
    window.emit('ready-to-show')
    expect(window.isFullScreen()).toBe(true)
  })

  it('with one display: a normal 1280×720 window over the facilitator’s, shown in front', () => {
    const window = openView()
    expect(window.options).toMatchObject({ x: 320, y: 160, width: 1280, height: 720, show: false })
    expect(window.options).not.toHaveProperty('fullscreen')
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
    expect(window.setFullScreen).not.toHaveBeenCalled()
    expect(window.isFullScreen()).toBe(false)
  })

  it('reuses the open window for a second open: new workshop, brought to the front', () => {
    const window = openView('first')
    window.emit('ready-to-show')
    window.minimized = true
    window.focus.mockClear()
    audience.open('second', owner)
    expect(BrowserWindow.instances.at(-1)).toBe(window)
    expect(window.loadURL).toHaveBeenLastCalledWith('app://smarketing/index.html#/audience/second')
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })

  it('on the projector, a second open keeps it full screen and still leaves the focus alone', () => {
    state.displays = [LAPTOP, PROJECTOR]
    const window = openView('first')
    window.emit('ready-to-show')
    window.fullScreen = false
    audience.open('second', owner)
    expect(BrowserWindow.instances.at(-1)).toBe(window)
    expect(window.loadURL).toHaveBeenLastCalledWith('app://smarketing/index.html#/audience/second')
    expect(window.isFullScreen()).toBe(true)
    expect(window.focus).not.toHaveBeenCalled()
  })
})

describe('security', () => {
  it('is locked down like every window: no foreign navigation, no pop-ups, no permissions', () => {
    const { webContents } = openView()
    const navigation = fakeEvent('https://example.com/')
    webContents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.defaultPrevented).toBe(true)
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    const grant = vi.fn()
    session.defaultSession.requestHandler?.(webContents, 'media', grant)
    expect(grant).toHaveBeenCalledWith(false)
  })
})

describe('closing', () => {
  it('closes with the facilitator’s window', () => {
    const window = openView()
    owner.close()
    expect(window.isDestroyed()).toBe(true)
    expect(BrowserWindow.getAllWindows()).not.toContain(window)
  })

  it('closes on request; closing again, or with nothing open, is fine', () => {
    audience.close()
    const window = openView()
    audience.close()
    expect(window.isDestroyed()).toBe(true)
    expect(() => audience.close()).not.toThrow()
  })

  it('leaves no listener behind on the facilitator’s window or the screen', () => {
    const closedListeners = owner.listenerCount('closed')
    const screenListeners = screen.listenerCount('display-removed')
    openView()
    audience.close()
    expect(owner.listenerCount('closed')).toBe(closedListeners)
    expect(screen.listenerCount('display-removed')).toBe(screenListeners)
  })

  it('opens a fresh window right after a close, even while the old one is still closing', () => {
    const closing = openView('first')
    // Electron reports 'closed' later, once the page has unloaded.
    closing.close = vi.fn()
    audience.close()
    expect(closing.close).toHaveBeenCalledOnce()
    const fresh = openView('second')
    expect(fresh).not.toBe(closing)
  })

  it('opens a fresh window after the user closed the old one', () => {
    const first = openView()
    first.close()
    const second = openView()
    expect(second).not.toBe(first)
  })

  it('closes when its projector is unplugged, rather than falling onto the facilitator’s screen', () => {
    state.displays = [LAPTOP, PROJECTOR]
    const window = openView()
    const otherMonitor = fakeDisplay(9, { x: -1280, y: 0, width: 1280, height: 1024 })
    screen.emit('display-removed', fakeEvent(), otherMonitor)
    expect(window.isDestroyed()).toBe(false)
    state.displays = [LAPTOP]
    screen.emit('display-removed', fakeEvent(), PROJECTOR)
    expect(window.isDestroyed()).toBe(true)
  })
})
