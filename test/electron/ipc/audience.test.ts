import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows'
import { IPC_LIMITS } from '../../../shared/ipc/contract'
import {
  BrowserWindow,
  dialog,
  eventFrom,
  FakeWebContents,
  invoke,
  LAPTOP,
  PROJECTOR,
  state,
  type FakeInvokeEvent
} from '../support/fake-electron'
import { openAppWindow, registerForTest, untrustedSenders } from '../support/ipc-harness'

vi.mock('electron', () => import('../support/fake-electron'))

const WORKSHOP = '3f2c8a4e-9b1d-4c6e-8f0a-2d5b7e9c1a34'

/** The facilitator's window. */
let main: BrowserWindow

beforeAll(() => {
  registerForTest()
})

beforeEach(() => {
  vi.clearAllMocks()
  state.displays = [LAPTOP]
  main = openAppWindow()
})

afterEach(async () => {
  // Some tests point it elsewhere; closing goes through it as the app's UI would.
  main.webContents.mainFrame.url = 'app://smarketing/index.html'
  await invoke('audience:close', eventFrom(main.webContents))
  main.close()
})

function openWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows()
}

async function openAudience(workshopId = WORKSHOP): Promise<BrowserWindow> {
  await expect(invoke('audience:open', eventFrom(main.webContents), { workshopId })).resolves.toEqual({ open: true })
  const window = BrowserWindow.instances.at(-1)
  if (window === undefined || window === main) throw new Error('no audience window was opened')
  return window
}

describe('audience:open', () => {
  it('opens a window with exactly the secure preferences, showing the workshop’s audience screen', async () => {
    const window = await openAudience()
    expect(window.options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES })
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`app://smarketing/index.html#/audience/${WORKSHOP}`)
    expect(openWindows()).toEqual([main, window])
  })

  it('puts it full screen on the projector when there are two displays', async () => {
    state.displays = [LAPTOP, PROJECTOR]
    const window = await openAudience()
    window.emit('ready-to-show')
    expect(window.getBounds()).toEqual(PROJECTOR.bounds)
    expect(window.isFullScreen()).toBe(true)
  })

  it('opens a normal window with one display', async () => {
    const window = await openAudience()
    window.emit('ready-to-show')
    expect(window.getBounds()).toMatchObject({ width: 1280, height: 720 })
    expect(window.isFullScreen()).toBe(false)
  })

  it('reuses the open window for another workshop', async () => {
    const window = await openAudience('first')
    const count = BrowserWindow.instances.length
    await expect(invoke('audience:open', eventFrom(main.webContents), { workshopId: 'second' })).resolves.toEqual({ open: true })
    expect(BrowserWindow.instances).toHaveLength(count)
    expect(window.loadURL).toHaveBeenLastCalledWith('app://smarketing/index.html#/audience/second')
  })

  it.each([
    ['a UUID', WORKSHOP],
    ['the longest id', 'a'.repeat(IPC_LIMITS.maxIdLength)],
    ['an id a restored backup may bring', 'ws_2024.q1:sales']
  ])('accepts %s', async (_name, workshopId) => {
    const window = await openAudience(workshopId)
    // Encoded the way the renderer writes its own routes (':' becomes %3A) and reads them back.
    expect(window.loadURL).toHaveBeenCalledWith(`app://smarketing/index.html#/audience/${encodeURIComponent(workshopId)}`)
  })

  const invalid: Array<[string, unknown[]]> = [
    ['no request', []],
    ['null', [null]],
    ['no id', [{}]],
    ['an empty id', [{ workshopId: '' }]],
    ['an id over the limit', [{ workshopId: 'a'.repeat(IPC_LIMITS.maxIdLength + 1) }]],
    ['an id as a number', [{ workshopId: 42 }]],
    ['a path', [{ workshopId: '../../settings' }]],
    ['a second hash', [{ workshopId: 'w1#/workshop/other' }]],
    ['a query', [{ workshopId: 'w1?x=1' }]],
    ['an encoded character', [{ workshopId: 'w%2F1' }]],
    ['a space', [{ workshopId: 'w 1' }]],
    ['a foreign URL', [{ workshopId: 'https://attacker.example/' }]],
    ['an unknown key', [{ workshopId: WORKSHOP, url: 'https://attacker.example/' }]],
    ['a second argument', [{ workshopId: WORKSHOP }, { fullscreen: false }]]
  ]

  it.each(invalid)('rejects %s and opens no window', async (_name, args) => {
    const count = BrowserWindow.instances.length
    await expect(invoke('audience:open', eventFrom(main.webContents), ...args)).rejects.toThrow(/refused: invalid request/)
    expect(BrowserWindow.instances).toHaveLength(count)
  })

  const untrusted = untrustedSenders(() => main)

  it.each(untrusted)('rejects %s and opens no window', async (_name, makeEvent) => {
    const count = BrowserWindow.instances.length
    await expect(invoke('audience:open', makeEvent(), { workshopId: WORKSHOP })).rejects.toThrow(/refused: the sender/)
    expect(BrowserWindow.instances).toHaveLength(count)
  })
})

describe('audience:close', () => {
  it('closes the open window', async () => {
    const window = await openAudience()
    await expect(invoke('audience:close', eventFrom(main.webContents))).resolves.toEqual({ open: false })
    expect(window.isDestroyed()).toBe(true)
    expect(openWindows()).toEqual([main])
  })

  it('is fine when nothing is open, or when the window was already closed', async () => {
    await expect(invoke('audience:close', eventFrom(main.webContents))).resolves.toEqual({ open: false })
    const window = await openAudience()
    window.close()
    await expect(invoke('audience:close', eventFrom(main.webContents))).resolves.toEqual({ open: false })
  })

  it('rejects any argument, and leaves the window open', async () => {
    const window = await openAudience()
    await expect(invoke('audience:close', eventFrom(main.webContents), { all: true })).rejects.toThrow(/refused: invalid request/)
    expect(window.isDestroyed()).toBe(false)
  })

  it('refuses an untrusted sender, and leaves the window open', async () => {
    const window = await openAudience()
    const stranger = new FakeWebContents()
    stranger.mainFrame.url = 'app://smarketing/index.html'
    await expect(invoke('audience:close', eventFrom(stranger))).rejects.toThrow(/refused: the sender/)
    expect(window.isDestroyed()).toBe(false)
  })
})

describe('the audience window itself', () => {
  it('closes with the facilitator’s window', async () => {
    const window = await openAudience()
    main.close()
    expect(window.isDestroyed()).toBe(true)
    expect(openWindows()).toEqual([])
    // For afterEach, which closes through the facilitator's window.
    main = openAppWindow()
  })

  it('may not call main at all: it is a read-only view', async () => {
    const window = await openAudience()
    const fromAudience = (): FakeInvokeEvent => eventFrom(window.webContents)
    // It shows our own page on our own origin, so only its role can be the reason for the refusal.
    expect(window.webContents.mainFrame.url).toBe(`app://smarketing/index.html#/audience/${WORKSHOP}`)
    await expect(invoke('app:info', fromAudience())).rejects.toThrow(/refused: the sender/)
    await expect(invoke('file:open', fromAudience(), { filters: [], maxBytes: 10 })).rejects.toThrow(/refused: the sender/)
    const save = { suggestedName: 'x.docx', filters: [], data: new Uint8Array([1]) }
    await expect(invoke('file:save', fromAudience(), save)).rejects.toThrow(/refused: the sender/)
    await expect(invoke('audience:open', fromAudience(), { workshopId: 'other' })).rejects.toThrow(/refused: the sender/)
    await expect(invoke('audience:close', fromAudience())).rejects.toThrow(/refused: the sender/)
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(window.isDestroyed()).toBe(false)
    expect(window.loadURL).toHaveBeenCalledOnce()
  })
})
