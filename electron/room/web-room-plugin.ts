import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, PreviewServer, ViteDevServer } from 'vite'
import { WEB_ROOM_ENDPOINT } from '../../shared/ipc/contract'
import { REQUEST_SCHEMAS } from '../../shared/ipc/request-schemas'
import { readLimited } from './read-body'
import { createRoomHost, type RoomHost } from './room-host'

/**
 * Room mode in the browser edition (issue 14 §1): `npm run web` (and `vite preview`, which the
 * end-to-end tests use) start the same room server beside the page. The page asks for it as the
 * desktop app asks main over IPC, with the same request schema (WEB_ROOM_ENDPOINT):
 *   POST /__room/start  { language } → RoomStarted
 *   POST /__room/stop   → { running: false }
 * from its own origin only (a page elsewhere must not open the laptop to the room's network), and
 * the room's facilitator API admits that origin. The room closes with the server.
 */
type Reply = (status: number, body: unknown) => void

/** The page's own origin, or null when the request comes from anywhere else. */
function sameOrigin(request: IncomingMessage): string | null {
  const origin = request.headers.origin
  const host = request.headers.host
  if (origin === undefined || host === undefined || origin !== `http://${host}`) return null
  const site = request.headers['sec-fetch-site']
  return site === undefined || site === 'same-origin' ? origin : null
}

async function answer(room: RoomHost, request: IncomingMessage, reply: Reply): Promise<void> {
  const origin = sameOrigin(request)
  if (request.method !== 'POST' || origin === null) return reply(403, { error: 'notSameOrigin' })
  if (request.url === '/stop') {
    await room.stop()
    return reply(200, { running: false })
  }
  if (request.url !== '/start') return reply(404, { error: 'notFound' })
  if (request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() !== 'application/json') return reply(415, { error: 'badRequest' })
  const body = await readLimited(request, 1024)
  if ('refused' in body) return reply(413, { error: 'badRequest' })
  let raw: unknown
  try {
    raw = JSON.parse(body.text)
  } catch {
    return reply(400, { error: 'badRequest' })
  }
  const parsed = REQUEST_SCHEMAS['room:start'].safeParse(raw)
  if (!parsed.success) return reply(400, { error: 'badRequest' })
  reply(200, await room.start({ language: parsed.data.language, facilitatorOrigins: [origin] }))
}

export function roomPlugin(room: RoomHost = createRoomHost()): Plugin {
  const install = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use(WEB_ROOM_ENDPOINT, (request: IncomingMessage, response: ServerResponse) => {
      const reply: Reply = (status, body) => {
        response.statusCode = status
        response.setHeader('Content-Type', 'application/json')
        response.setHeader('Cache-Control', 'no-store')
        response.end(JSON.stringify(body))
      }
      answer(room, request, reply).catch(() => reply(500, { error: 'failed' }))
    })
    // The room never outlives the page's server (issue 14 §3).
    server.httpServer?.once('close', () => void room.stop())
  }
  return {
    name: 'smarketing-room',
    configureServer: install,
    configurePreviewServer: install
  }
}
