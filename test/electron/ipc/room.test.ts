import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RoomStarted } from '../../../shared/ipc/contract'
import type { RoomHost } from '../../../electron/room/room-host'
import { createRoomHost } from '../../../electron/room/room-host'
import { eventFrom, FakeWebContents, invoke, type BrowserWindow } from '../support/fake-electron'
import { openAppWindow, registerForTest, untrustedSenders } from '../support/ipc-harness'
import { postJson } from '../room/room-client'

vi.mock('electron', () => import('../support/fake-electron'))

/** The facilitator's window. */
let main: BrowserWindow
let host: RoomHost

beforeAll(() => {
  host = registerForTest()
})

beforeEach(() => {
  main = openAppWindow()
})

afterEach(async () => {
  await host.stop()
  main.close()
})

async function startRoom(language = 'en'): Promise<RoomStarted> {
  return (await invoke('room:start', eventFrom(main.webContents), { language })) as RoomStarted
}

const join = (participantUrl: string) => postJson(`${participantUrl}join`, { team: 'sales' })

/** True while something answers at `url`; false once the connection is refused. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

describe('room:start', () => {
  it('opens the room on loopback: the phones’ address answers, the facilitator’s token works from app://', async () => {
    const room = await startRoom()
    expect(room.urls).toHaveLength(1)
    expect(room.urls[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{22,}\/$/)
    expect(room.facilitatorUrl).toBe(`${new URL(room.urls[0] ?? '').origin}/f/${room.token}/`)
    // The short address to type, and the code it asks for.
    expect(room.shortUrls).toEqual([`${new URL(room.urls[0] ?? '').origin}/`])
    expect(room.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    expect((await join(room.urls[0] ?? '')).status).toBe(200)
    const facilitator = await fetch(`${room.facilitatorUrl}room`, { headers: { Origin: 'app://smarketing' } })
    expect(facilitator.status).toBe(200)
    expect(facilitator.headers.get('access-control-allow-origin')).toBe('app://smarketing')
    await expect(facilitator.json()).resolves.toMatchObject({ urls: room.urls, pending: 0 })
  })

  it('allows no other page to call the facilitator’s API across origins', async () => {
    const room = await startRoom()
    const foreign = await fetch(`${room.facilitatorUrl}room`, { headers: { Origin: 'https://attacker.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers a second start with the room already open: same address, same token', async () => {
    const first = await startRoom()
    const second = await startRoom('de')
    expect(second).toEqual(first)
    expect((await join(first.urls[0] ?? '')).status).toBe(200)
  })

  it('opens a new room after the page ended the last one through its own API', async () => {
    const first = await startRoom()
    expect((await postJson(`${first.facilitatorUrl}end`, {})).status).toBe(200)
    await vi.waitFor(() => expect(host.running).toBe(false))
    const second = await startRoom()
    expect(second.token).not.toBe(first.token)
    expect((await join(second.urls[0] ?? '')).status).toBe(200)
  })

  it.each([
    ['no request', []],
    ['another language', [{ language: 'fr' }]],
    ['an unknown key', [{ language: 'en', hosts: ['0.0.0.0'] }]],
    ['a second argument', [{ language: 'en' }, { port: 80 }]]
  ])('rejects %s and opens no room', async (_name, args) => {
    await expect(invoke('room:start', eventFrom(main.webContents), ...args)).rejects.toThrow(/refused: invalid request/)
    expect(host.running).toBe(false)
  })

  const untrusted = untrustedSenders(() => main)

  it.each(untrusted)('refuses %s and opens no room', async (_name, makeEvent) => {
    await expect(invoke('room:start', makeEvent(), { language: 'en' })).rejects.toThrow(/refused: the sender/)
    expect(host.running).toBe(false)
  })
})

describe('the room ends', () => {
  it('on room:stop: the address is dead at once', async () => {
    const room = await startRoom()
    await expect(invoke('room:stop', eventFrom(main.webContents))).resolves.toEqual({ running: false })
    expect(host.running).toBe(false)
    expect(await answers(room.urls[0] ?? '')).toBe(false)
    // Nothing open: still fine.
    await expect(invoke('room:stop', eventFrom(main.webContents))).resolves.toEqual({ running: false })
  })

  it('when the facilitator’s window closes', async () => {
    const room = await startRoom()
    main.close()
    await vi.waitFor(async () => expect(await answers(room.urls[0] ?? '')).toBe(false))
    expect(host.running).toBe(false)
    main = openAppWindow()
  })

  it('not on a stop from a sender that is not ours', async () => {
    const room = await startRoom()
    const stranger = new FakeWebContents()
    stranger.mainFrame.url = 'app://smarketing/index.html'
    await expect(invoke('room:stop', eventFrom(stranger))).rejects.toThrow(/refused: the sender/)
    expect((await join(room.urls[0] ?? '')).status).toBe(200)
  })

  it('and restarts cleanly when another page starts it: the old address dies, the new one answers', async () => {
    const own = createRoomHost({ hosts: ['127.0.0.1'] })
    const first = await own.start({ language: 'en', facilitatorOrigins: ['http://127.0.0.1:5173'] })
    const second = await own.start({ language: 'en', facilitatorOrigins: ['http://localhost:5173'] })
    expect(second.token).not.toBe(first.token)
    expect(await answers(first.urls[0] ?? '')).toBe(false)
    expect((await join(second.urls[0] ?? '')).status).toBe(200)
    await own.stop()
    expect(await answers(second.urls[0] ?? '')).toBe(false)
  })

  it('and two quick starts leave one room, not two', async () => {
    const own = createRoomHost({ hosts: ['127.0.0.1'] })
    const request = { language: 'en', facilitatorOrigins: ['app://smarketing'] } as const
    const [a, b] = await Promise.all([own.start(request), own.start(request)])
    expect(b).toEqual(a)
    await own.stop()
    expect(await answers(a.urls[0] ?? '')).toBe(false)
  })
})
