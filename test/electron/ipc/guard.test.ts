import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { handle } from '../../../electron/ipc/guard'
import { IPC_LIMITS, type Channel } from '../../../shared/ipc/contract'
import { dialog, eventFrom, FakeWebContents, invoke, ipcMain, type FakeInvokeEvent } from '../support/fake-electron'
import { openAppWindow, registerForTest } from '../support/ipc-harness'

vi.mock('electron', () => import('../support/fake-electron'))

const validSave = { suggestedName: 'sla.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: new Uint8Array([1, 2, 3]) }
const validOpen = { filters: [{ name: 'Backup', extensions: ['json'] }], maxBytes: 1024 }

beforeAll(() => {
  registerForTest()
})

beforeEach(() => {
  dialog.showSaveDialog.mockClear()
  dialog.showOpenDialog.mockClear()
})

describe('registration', () => {
  it('registers exactly the channels of the contract', () => {
    const expected: Channel[] = ['file:save', 'file:open', 'app:info', 'audience:open', 'audience:close', 'room:start', 'room:stop']
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected.sort())
  })
})

describe('sender check', () => {
  it('answers the main frame of our window on app://', async () => {
    const window = openAppWindow()
    await expect(invoke('file:save', eventFrom(window.webContents), validSave)).resolves.toEqual({ canceled: true })
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce()
  })

  const untrusted: Array<[string, () => FakeInvokeEvent]> = [
    ['no sender frame (it was destroyed or navigated)', () => ({ ...eventFrom(openAppWindow().webContents), senderFrame: null })],
    [
      'an iframe inside our window',
      () => {
        const { webContents } = openAppWindow()
        const iframe = { url: 'app://smarketing/index.html', parent: webContents.mainFrame, processId: webContents.id, frameToken: 'child' }
        return { sender: webContents, senderFrame: iframe }
      }
    ],
    [
      'a frame that claims no parent but is not the main frame',
      () => {
        const { webContents } = openAppWindow()
        return { sender: webContents, senderFrame: { ...webContents.mainFrame, frameToken: 'other' } }
      }
    ],
    [
      'our window after navigating to a foreign page',
      () => {
        const { webContents } = openAppWindow()
        webContents.mainFrame.url = 'https://attacker.example/'
        return eventFrom(webContents)
      }
    ],
    [
      'our window showing a file:// page',
      () => {
        const { webContents } = openAppWindow()
        webContents.mainFrame.url = 'file:///tmp/evil.html'
        return eventFrom(webContents)
      }
    ],
    [
      'a look-alike app:// host',
      () => {
        const { webContents } = openAppWindow()
        webContents.mainFrame.url = 'app://smarketing.evil/index.html'
        return eventFrom(webContents)
      }
    ],
    [
      'a webContents that is not one of our windows',
      () => {
        const stranger = new FakeWebContents()
        stranger.mainFrame.url = 'app://smarketing/index.html'
        return eventFrom(stranger)
      }
    ],
    [
      'a window that has been closed',
      () => {
        const window = openAppWindow()
        window.close()
        return eventFrom(window.webContents)
      }
    ]
  ]

  it.each(untrusted)('rejects %s, and opens no dialog', async (_name, makeEvent) => {
    await expect(invoke('file:save', makeEvent(), validSave)).rejects.toThrow(/refused: the sender/)
    await expect(invoke('file:open', makeEvent(), validOpen)).rejects.toThrow(/refused: the sender/)
    await expect(invoke('app:info', makeEvent())).rejects.toThrow(/refused: the sender/)
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })
})

describe('request validation', () => {
  const invalidSaves: Array<[string, unknown[]]> = [
    ['no request', []],
    ['null', [null]],
    ['data as a plain array', [{ ...validSave, data: [1, 2, 3] }]],
    ['data as a string', [{ ...validSave, data: 'AQID' }]],
    ['data over the limit', [{ ...validSave, data: new Uint8Array(IPC_LIMITS.maxSaveBytes + 1) }]],
    ['an empty name', [{ ...validSave, suggestedName: '' }]],
    ['a name over the limit', [{ ...validSave, suggestedName: `${'a'.repeat(IPC_LIMITS.maxNameLength)}.docx` }]],
    ['too many filters', [{ ...validSave, filters: Array.from({ length: IPC_LIMITS.maxFilters + 1 }, () => validSave.filters[0]) }]],
    ['a wildcard extension', [{ ...validSave, filters: [{ name: 'All', extensions: ['*'] }] }]],
    ['an unknown key', [{ ...validSave, overwrite: true }]],
    ['a second argument', [validSave, { extra: true }]]
  ]

  it.each(invalidSaves)('file:save rejects %s without opening a dialog', async (_name, args) => {
    const window = openAppWindow()
    await expect(invoke('file:save', eventFrom(window.webContents), ...args)).rejects.toThrow(/refused: invalid request/)
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  const invalidOpens: Array<[string, unknown[]]> = [
    ['no request', []],
    ['a limit over the maximum', [{ ...validOpen, maxBytes: IPC_LIMITS.maxOpenBytes + 1 }]],
    ['a negative limit', [{ ...validOpen, maxBytes: -1 }]],
    ['a fractional limit', [{ ...validOpen, maxBytes: 1.5 }]],
    ['a limit as a string', [{ ...validOpen, maxBytes: '1024' }]],
    ['filters that are not a list', [{ ...validOpen, filters: 'json' }]],
    ['an unknown key', [{ ...validOpen, defaultPath: '/etc' }]]
  ]

  it.each(invalidOpens)('file:open rejects %s without opening a dialog', async (_name, args) => {
    const window = openAppWindow()
    await expect(invoke('file:open', eventFrom(window.webContents), ...args)).rejects.toThrow(/refused: invalid request/)
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('app:info rejects any argument', async () => {
    const window = openAppWindow()
    await expect(invoke('app:info', eventFrom(window.webContents), { any: 1 })).rejects.toThrow(/refused: invalid request/)
  })

  it('never echoes the renderer input in the error', async () => {
    const window = openAppWindow()
    const error = await invoke('file:save', eventFrom(window.webContents), { suggestedName: '<secret-marker>' }).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(Error)
    expect(String(error)).not.toContain('secret-marker')
  })
})

describe('handler types', () => {
  it('bind each channel to its request and response at compile time', () => {
    const policy = { trustedOrigins: [], windowFor: () => undefined }
    // @ts-expect-error -- not a channel of the contract
    const wrongChannel = (): void => handle('file:delete', async () => ({ canceled: true }), policy)
    // @ts-expect-error -- file:save answers a SaveFileResult, not an AppInfo
    const wrongResponse = (): void => handle('file:save', async () => ({ name: 'x', version: '1', platform: 'x', locales: [] }), policy)
    // @ts-expect-error -- the request of file:open has no suggestedName
    const wrongRequest = (): void => handle('file:open', async (request) => ({ canceled: false, path: request.suggestedName }), policy)
    expect([wrongChannel, wrongResponse, wrongRequest]).toHaveLength(3)
  })
})
