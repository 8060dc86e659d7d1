import { beforeAll, describe, expect, it, vi } from 'vitest'
import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type Channel } from '../../../shared/ipc/contract'
import { contextBridge, ipcRenderer } from '../support/fake-electron'

vi.mock('electron', () => import('../support/fake-electron'))

const WITHOUT_REQUEST: readonly Channel[] = ['app:info', 'audience:close', 'room:stop']

/** The preload runs once per page; the test loads it once and inspects what it exposed. */
let exposed: Record<string, unknown> = {}

beforeAll(async () => {
  await import('../../../electron/preload/index')
  const call = contextBridge.exposeInMainWorld.mock.calls[0]
  if (call === undefined) throw new Error('the preload exposed nothing')
  const [, api] = call
  if (typeof api !== 'object' || api === null) throw new Error('the preload exposed no object')
  exposed = { ...api }
})

function bridgeFunction(name: string): (...args: unknown[]) => Promise<unknown> {
  const candidate = exposed[name]
  if (typeof candidate !== 'function') throw new Error(`${name} is not a function`)
  return (...args) => Promise.resolve(candidate(...args))
}

describe('preload bridge', () => {
  it(`exposes one object under window.${BRIDGE_GLOBAL}`, () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('smarketing')
  })

  it('exposes exactly the named functions of the contract, nothing generic', () => {
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort())
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
    for (const generic of ['send', 'invoke', 'on', 'once', 'sendSync', 'ipcRenderer']) {
      expect(exposed).not.toHaveProperty(generic)
    }
  })

  it.each(Object.entries(BRIDGE_CHANNELS))('%s calls only its own channel %s', async (name, channel) => {
    ipcRenderer.invoke.mockClear()
    ipcRenderer.invoke.mockResolvedValueOnce({ canceled: true })
    const request = { marker: name }
    const result = await bridgeFunction(name)(request)
    expect(result).toEqual({ canceled: true })
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1)
    const [calledChannel, ...args] = ipcRenderer.invoke.mock.calls[0] ?? []
    expect(calledChannel).toBe(channel)
    // appInfo, closeAudienceWindow and stopRoom take no request; the others forward theirs unchanged.
    expect(args).toEqual(WITHOUT_REQUEST.includes(channel) ? [] : [request])
  })
})
