import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PreviewServer } from 'vite'
import type { RoomStarted } from '../../../shared/ipc/contract'
import { createRoomHost, type RoomHost } from '../../../electron/room/room-host'
import { roomPlugin } from '../../../electron/room/web-room-plugin'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * The plugin installed on a real HTTP server the way Vite's middleware stack mounts it: requests
 * under /__room reach it with that prefix taken off.
 */
let server: Server
let host: RoomHost
let origin: string

beforeEach(async () => {
  host = createRoomHost({ hosts: ['127.0.0.1'] })
  let mounted: Handler | undefined
  server = createServer((request, response) => {
    if (mounted === undefined || !request.url?.startsWith('/__room/')) return void response.writeHead(404).end()
    request.url = request.url.slice('/__room'.length)
    mounted(request, response)
  })
  const plugin = roomPlugin(host)
  const preview = { middlewares: { use: (path: string, handler: Handler) => path === '/__room' && (mounted = handler) }, httpServer: server }
  const configure = plugin.configurePreviewServer
  if (typeof configure !== 'function') throw new Error('no preview hook')
  await configure.call({} as never, preview as unknown as PreviewServer)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  await host.stop()
  if (server.listening) await new Promise((resolve) => server.close(resolve))
})

const post = (action: string, headers: Record<string, string>, body = '{"language":"de"}') =>
  fetch(`${origin}/__room/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })

describe('the browser edition’s room endpoint', () => {
  it('starts the room for the page’s own origin, and lets that origin call the facilitator’s API', async () => {
    const response = await post('start', { Origin: origin, 'Sec-Fetch-Site': 'same-origin' })
    expect(response.status).toBe(200)
    const room = (await response.json()) as RoomStarted
    expect(host.running).toBe(true)
    expect(room.shortUrls).toEqual([`${new URL(room.urls[0] ?? '').origin}/`])
    expect(room.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    const facilitator = await fetch(`${room.facilitatorUrl}room`, { headers: { Origin: origin } })
    expect(facilitator.headers.get('access-control-allow-origin')).toBe(origin)
    const again = (await (await post('start', { Origin: origin })).json()) as RoomStarted
    expect(again.token).toBe(room.token)
  })

  it.each([
    ['no Origin', {}],
    ['another site', { Origin: 'https://attacker.example' }],
    ['another port of this machine', { Origin: 'http://127.0.0.1:1' }],
    ['a cross-site fetch metadata', { Origin: 'ORIGIN', 'Sec-Fetch-Site': 'cross-site' }]
  ])('refuses %s and opens no room', async (_name, headers: Record<string, string>) => {
    const withOrigin = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value === 'ORIGIN' ? origin : value]))
    expect((await post('start', withOrigin)).status).toBe(403)
    expect(host.running).toBe(false)
  })

  it.each([
    ['not JSON', 'language=de'],
    ['another language', '{"language":"fr"}'],
    ['an unknown key', '{"language":"de","hosts":["0.0.0.0"]}'],
    ['a large body', JSON.stringify({ language: 'de', pad: 'x'.repeat(5_000) })]
  ])('refuses %s and opens no room', async (_name, body) => {
    const response = await post('start', { Origin: origin }, body)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(host.running).toBe(false)
  })

  it('stops the room on /stop, and when its server closes', async () => {
    await post('start', { Origin: origin })
    expect((await post('stop', { Origin: origin }, '{}')).status).toBe(200)
    expect(host.running).toBe(false)
    await post('start', { Origin: origin })
    expect(host.running).toBe(true)
    await new Promise((resolve) => server.close(resolve))
    await vi.waitFor(() => expect(host.running).toBe(false))
  })
})
