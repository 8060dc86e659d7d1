import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/**
 * A stand-in for the 'electron' module: the Electron binary cannot be downloaded on every
 * machine, so main and preload are proven against this fake. Tests install it with
 *   vi.mock('electron', () => import('./support/fake-electron'))
 * and import the same module to drive it. It mimics only what our code uses, plus the one rule
 * Electron enforces that our start-up order depends on: privileged schemes before ready.
 */

/** Every call whose order matters, in the order it happened. */
export const callLog: string[] = []

export interface FakeRectangle {
  x: number
  y: number
  width: number
  height: number
}

export interface FakeDisplay {
  id: number
  bounds: FakeRectangle
  workArea: FakeRectangle
}

/** A screen as the operating system reports it; the taskbar takes 40 px of the work area. */
export function fakeDisplay(id: number, bounds: FakeRectangle): FakeDisplay {
  return { id, bounds, workArea: { ...bounds, height: bounds.height - 40 } }
}

/** The facilitator's laptop: the primary display, at the origin. */
export const LAPTOP = fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })
/** A projector to the right of the laptop. */
export const PROJECTOR = fakeDisplay(2, { x: 1920, y: -100, width: 1280, height: 800 })

export const state = {
  ready: false,
  /** What `screen` reports; the first one is the primary display. */
  displays: [LAPTOP] as FakeDisplay[],
  lockGranted: true,
  isPackaged: false,
  languages: ['en-US'] as string[],
  paths: new Map<string, string>([
    ['appData', '/fake/appData'],
    ['documents', '/fake/documents']
  ])
}

let readyResolve: () => void = () => {}
const readyPromise = new Promise<void>((resolve) => {
  readyResolve = resolve
})

/** An Electron-style event: listeners may cancel the default action. */
export interface FakeEvent {
  url: string
  defaultPrevented: boolean
  preventDefault(): void
}

export function fakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean

export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null
  checkHandler: PermissionCheckHandler | null = null
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.requestHandler = handler
  })
  setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.checkHandler = handler
  })
}

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
  processId: number
  frameToken: string
}

let nextId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  session = session.defaultSession
  mainFrame: FakeFrame = { url: 'about:blank', parent: null, processId: this.id, frameToken: `frame-${this.id}` }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler
  })
  readonly reload = vi.fn()
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((window) => !window.destroyed))

  readonly webContents = new FakeWebContents()
  destroyed = false
  minimized = false
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url
  })
  fullScreen = false
  bounds: FakeRectangle
  visible = false
  readonly show = vi.fn(() => {
    this.visible = true
  })
  readonly showInactive = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn(() => {
    this.minimized = false
  })
  readonly setFullScreen = vi.fn((flag: boolean) => {
    this.fullScreen = flag
  })
  readonly getBounds = vi.fn((): FakeRectangle => ({ ...this.bounds }))

  constructor(readonly options: Record<string, unknown>) {
    super()
    // Like Electron: where the options say, else the default size at the primary display's corner.
    const number = (key: string, fallback: number): number => {
      const value = options[key]
      return typeof value === 'number' ? value : fallback
    }
    this.bounds = { x: number('x', 0), y: number('y', 0), width: number('width', 800), height: number('height', 600) }
    this.fullScreen = options.fullscreen === true
    BrowserWindow.instances.push(this)
    callLog.push('new BrowserWindow')
    // Electron announces every new webContents on the app, windows included.
    app.emit('web-contents-created', fakeEvent(), this.webContents)
  }

  isVisible(): boolean {
    return this.visible
  }

  isMinimized(): boolean {
    return this.minimized
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  isFullScreen(): boolean {
    return this.fullScreen
  }

  close(): void {
    this.destroyed = true
    this.emit('closed')
  }
}

class FakeApp extends EventEmitter {
  get isPackaged(): boolean {
    return state.isPackaged
  }
  setPath = vi.fn((name: string, value: string) => {
    callLog.push(`app.setPath:${name}`)
    state.paths.set(name, value)
  })
  getPath = vi.fn((name: string) => state.paths.get(name) ?? `/fake/${name}`)
  getName = vi.fn(() => 'Smarketing Studio')
  getVersion = vi.fn(() => '0.1.0')
  getPreferredSystemLanguages = vi.fn(() => state.languages)
  requestSingleInstanceLock = vi.fn(() => {
    callLog.push('app.requestSingleInstanceLock')
    return state.lockGranted
  })
  quit = vi.fn(() => {
    callLog.push('app.quit')
  })
  isReady = vi.fn(() => state.ready)
  whenReady = vi.fn(() => readyPromise)
}

export const app = new FakeApp()

/** Makes the fake app ready and lets every `whenReady().then` callback run. */
export async function becomeReady(): Promise<void> {
  state.ready = true
  callLog.push('app.ready')
  readyResolve()
  await readyPromise
  await new Promise((resolve) => setTimeout(resolve, 0))
}

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    // Electron refuses this once the app is ready; the fake makes a late call loud.
    if (state.ready) throw new Error('registerSchemesAsPrivileged must be called before app is ready')
    callLog.push('protocol.registerSchemesAsPrivileged')
    return schemes
  }),
  handle: vi.fn((scheme: string, _handler: (request: Request) => Promise<Response>) => {
    if (!state.ready) throw new Error('protocol.handle needs a ready app')
    callLog.push(`protocol.handle:${scheme}`)
  })
}

export const session = { defaultSession: new FakeSession() }

function overlap(a: FakeRectangle, b: FakeRectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return Math.max(0, width) * Math.max(0, height)
}

class FakeScreen extends EventEmitter {
  getAllDisplays = vi.fn(() => state.displays.map((display) => ({ ...display })))
  getPrimaryDisplay = vi.fn(() => {
    const primary = state.displays[0]
    if (primary === undefined) throw new Error('the fake has no display')
    return { ...primary }
  })
  /** Like Electron: the display that shows most of the rectangle, the primary one if none does. */
  getDisplayMatching = vi.fn((rect: FakeRectangle) => {
    let best = this.getPrimaryDisplay()
    let bestArea = overlap(rect, best.bounds)
    for (const display of state.displays) {
      const area = overlap(rect, display.bounds)
      if (area > bestArea) {
        best = { ...display }
        bestArea = area
      }
    }
    return best
  })
}

/** Needs a ready app in Electron; the fake does not check that. */
export const screen = new FakeScreen()

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle: vi.fn((channel: string, listener: InvokeListener) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    ipcMain.handlers.set(channel, listener)
  })
}

/** What Electron hands to an `ipcMain.handle` listener. */
export interface FakeInvokeEvent {
  sender: FakeWebContents
  senderFrame: FakeFrame | null
}

/** A message from the main frame of `contents`, as our own UI would send it. */
export function eventFrom(contents: FakeWebContents): FakeInvokeEvent {
  return { sender: contents, senderFrame: contents.mainFrame }
}

export async function invoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = ipcMain.handlers.get(channel)
  if (listener === undefined) throw new Error(`No handler for ${channel}`)
  return listener(event, ...args)
}

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn((..._args: unknown[]) => {})
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((_menu: unknown) => {
    callLog.push('Menu.setApplicationMenu')
  })
}

export const contextBridge = {
  exposeInMainWorld: vi.fn((_key: string, _api: unknown) => {})
}

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined)
}
