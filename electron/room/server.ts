/**
 * The room server (issue 14): while the facilitator keeps room mode open, the participants'
 * phones take part over the room's own network. Node only, no Electron: the main process and the
 * browser edition's `npm run web` start the same server.
 *
 * Protocol (JSON bodies, `Content-Type: application/json`; every body parsed with the schemas of
 * shared/room/contract.ts; a refusal is `{ "error": <RoomError> }` for the page to put into words):
 *
 * The way in, at the room's short address `http://<ip>:<port>/` (RoomEntrance):
 *   GET  /  and  /assets/…                       the participants' page, which here asks for the room code
 *   POST /code                                   { code } → { path: "/r/<secret>/" }, or 404 for any other code;
 *                                                tries limited per remote address and in total, then 429 with Retry-After
 *
 * Participants, under `/r/<secret>/` — the secret is 128 random bits, new on every start and on
 * "everybody out"; a wrong or old one is a plain 404, as for a path that never existed:
 *   GET  /r/<secret>/  and  /r/<secret>/assets/…  the participants' page (`participantDir`), under the strict page CSP
 *   POST /r/<secret>/join                        { team } → { participant, id }; joins limited per remote address (429 with Retry-After)
 *   GET  /r/<secret>/p/<participant>/events      server-sent events: `view` (RoomView) now and on every change
 *   POST /r/<secret>/p/<participant>/answers     { key, question, answer } → { duplicate }
 * `participant` is the token join gave; `id` is all the facilitator sees of the phone. `key` is
 * made by the phone: a resend (a phone that slept, a retry) with the same key counts once.
 *
 * The facilitator, under `/f/<token>/` — from this machine (loopback) only, the token known only
 * to the app's own page; across origins only for `facilitatorOrigins`:
 *   GET  /f/<token>/events   server-sent events: `submission` (Submission, event id = seq) and
 *                            `participants` (count per team). A reconnect's Last-Event-ID
 *                            acknowledges what it had and is sent the rest again.
 *   PUT  /f/<token>/view     RoomView: the language, the open questions, what the projector shows
 *   POST /f/<token>/ack      { upTo }: the page has kept every answer up to this seq
 *   GET  /f/<token>/room     { urls, participants, pending }
 *   POST /f/<token>/rotate   "everybody out": a new secret and code, answered with the RoomEntrance
 *                            (shared/ipc/contract.ts: urls, shortUrls, code); every phone must join again
 *   POST /f/<token>/end      closes the room
 *
 * Nothing is written to disk: an answer stays in memory until the facilitator's page acknowledges
 * it (its renderer turns answers into records, issue 14 §5). Limits: body size, a token bucket per
 * phone and one for all phones, 200 participants, streams per phone, header and request timeouts
 * against clients that hold a connection open without sending. Only private addresses are listened
 * on, and connections from any other address are closed at once.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { networkInterfaces } from 'node:os'
import type { Socket } from 'node:net'
import { getRequestListener, type HttpBindings } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono, type Context } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { ZodType } from 'zod'
import type { Language } from '../../shared/domain/language'
import type { RoomEntrance } from '../../shared/ipc/contract'
import {
  ROOM_LIMITS,
  ackRequestSchema,
  codeRequestSchema,
  joinRequestSchema,
  roomViewSchema,
  submitRequestSchema,
  type CodeResponse,
  type RoomError
} from '../../shared/room/contract'
import { loadParticipantPage, PARTICIPANT_PAGE_CSP, type PageFile } from './participant-page'
import { isLoopbackAddress, isPrivateAddress } from './private-address'
import { readLimited } from './read-body'
import { Room, sameSecret, type Participant, type RoomRules } from './room'
import { sseResponse, type SseOptions } from './sse'
import { perMinute, TokenBucket, type Rate } from './token-bucket'

export interface RoomServerLimits extends RoomRules {
  /** Requests of one phone: answers and stream connections. */
  participantRate: Rate
  /** Requests of all phones together, joins included. */
  totalRate: Rate
  /** A client that has not sent its headers (or its whole request) by then is disconnected. */
  headersTimeoutMs: number
  requestTimeoutMs: number
  streamsPerParticipant: number
  maxPending: number
  /** Open connections per address; beyond them Node closes new ones at once. */
  maxConnections: number
  stream: SseOptions
}

export const DEFAULT_ROOM_LIMITS: RoomServerLimits = {
  // A phone rating eight areas in a few seconds stays well inside; a script does not.
  participantRate: { burst: 20, perSecond: 5 },
  // Ten a minute from one address: a phone that reloads or sleeps joins again; one address cannot fill the room.
  joinsPerAddress: perMinute(10),
  // Ten tries a minute from an address, two a second from all: finding one of 887 million codes takes years.
  codeTriesPerAddress: perMinute(10),
  codeTriesTotal: { burst: 60, perSecond: 2 },
  totalRate: { burst: 1_000, perSecond: 500 },
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  streamsPerParticipant: 2,
  maxPending: 20_000,
  // Every phone's streams and a browser's few pooled connections, with room to spare.
  maxConnections: ROOM_LIMITS.maxParticipants * 8,
  stream: { heartbeatMs: 20_000, maxBuffered: 1_000_000, retryMs: 2_000 }
}

/**
 * The phones' answers reach the facilitator's page gathered over this long: one chunk to read
 * instead of one per answer while 200 phones answer (its typing must not wait), well within the
 * 500 ms from a phone's submit to the facilitator's screen (issue 14).
 */
const FACILITATOR_GATHER_MS = 20

export interface RoomServerOptions {
  /** The workshop's language, until the facilitator's page sends the first view. */
  language: Language
  /**
   * Where to listen: private addresses only (RoomServerError 'notPrivate' otherwise), loopback
   * always added. By default this machine's private IPv4 and IPv6 ULA addresses.
   */
  hosts?: readonly string[]
  /** 0 (the default): any free port, the same on every address. */
  port?: number
  /** The origins of the app's own page (app://smarketing, the browser edition's), allowed to call the facilitator's API. */
  facilitatorOrigins?: readonly string[]
  limits?: Partial<RoomServerLimits>
  /** Milliseconds for the rate limits; tests stop it. */
  rateClock?: () => number
  /**
   * The built participants' page (`npm run build` writes out/participant, see
   * vite.participant.config.ts), served at `/r/<secret>/`. Without it the room serves only its API.
   */
  participantDir?: string
}

export interface RoomServer {
  /** The addresses listened on, as URLs write them (IPv6 in brackets). */
  readonly addresses: readonly string[]
  readonly port: number
  /** The participants' current secret; changes with rotateSecret(). */
  readonly secret: string
  readonly facilitatorToken: string
  /** What a phone opens, one per address (the first one on loopback). */
  participantUrls(): string[]
  /** The room code and the short addresses where it is typed, with participantUrls(): changes with rotateSecret(). */
  entrance(): RoomEntrance
  /** The facilitator's API base on loopback: `http://127.0.0.1:<port>/f/<token>/`. */
  readonly facilitatorUrl: string
  /** "Everybody out": a new secret; the old one is dead at once and every phone must join again. */
  rotateSecret(): string
  close(): Promise<void>
  /** Settles when the room closed, by close() or by the facilitator's `end`. */
  readonly closed: Promise<void>
}

export type RoomServerErrorCode = 'notPrivate'

export class RoomServerError extends Error {
  constructor(
    readonly code: RoomServerErrorCode,
    readonly address: string
  ) {
    super(`${code}: ${address}`)
    this.name = 'RoomServerError'
  }
}

const STATUS: Record<RoomError, 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503> = {
  notFound: 404,
  badRequest: 400,
  unsupportedType: 415,
  tooLarge: 413,
  tooManyRequests: 429,
  roomFull: 403,
  notJoined: 403,
  questionClosed: 409,
  answerDoesNotFit: 422,
  tooManyAnswers: 429,
  busy: 503,
  serverError: 500
}

type Env = { Bindings: HttpBindings; Variables: { participant: Participant; maxBodyBytes: number } }

const refuse = (c: Context<Env>, error: RoomError) => c.json({ error }, STATUS[error])

/** Too many tries: the body and the Retry-After header say how many seconds to wait. */
function refuseFor(c: Context<Env>, waitMs: number) {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000))
  c.header('Retry-After', String(retryAfter))
  return c.json({ error: 'tooManyRequests' satisfies RoomError, retryAfter }, STATUS.tooManyRequests)
}

/** The phone's address as one key per device: an IPv4 address Node writes as IPv6 (::ffff:10.0.0.5) is that IPv4 address. */
function remoteOf(c: Context<Env>): string {
  const address = (getConnInfo(c).remote.address ?? '').toLowerCase().replace(/%.*$/, '')
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address
}

/** The body as `schema` wants it, or the refusal to answer with. */
async function readBody<T>(c: Context<Env>, schema: ZodType<T>): Promise<{ value: T } | { error: RoomError }> {
  if (c.req.header('content-type')?.split(';')[0].trim().toLowerCase() !== 'application/json') return { error: 'unsupportedType' }
  const body = await readLimited(c.env.incoming, c.get('maxBodyBytes'))
  if ('refused' in body) return { error: body.refused === 'tooLarge' ? 'tooLarge' : 'badRequest' }
  let raw: unknown
  try {
    raw = JSON.parse(body.text)
  } catch {
    return { error: 'badRequest' }
  }
  const parsed = schema.safeParse(raw)
  return parsed.success ? { value: parsed.data } : { error: 'badRequest' }
}

/** Closes a connection from outside the room's network before it is read (issue 14 §3). */
export function refuseOutsiders(socket: Pick<Socket, 'remoteAddress' | 'destroy'>): void {
  if (!isPrivateAddress(socket.remoteAddress)) socket.destroy()
}

/** IPv6 addresses in brackets, as URLs and Host headers write them. */
const urlHost = (address: string) => (address.includes(':') ? `[${address}]` : address)

/** Loopback and every private IPv4 and IPv6 ULA address of this machine (link-local IPv6 needs a zone no phone types). */
export function defaultHosts(): string[] {
  const found = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && isPrivateAddress(entry.address) && !(entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80')))
    .map((entry) => entry.address)
  return ['127.0.0.1', ...new Set(found)]
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address !== null ? address.port : port)
    })
  })
}

/** How long the phones' last words ("the room closed") may take to leave before every connection is cut. */
const CLOSE_GRACE_MS = 500

/** Stops listening at once; open connections end once what they were sent has left (at most CLOSE_GRACE_MS), then are cut. */
const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    if (!server.listening) return resolve()
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS)
    server.close(() => {
      clearTimeout(cut)
      resolve()
    })
    server.closeIdleConnections()
  })

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const given = options.hosts ?? defaultHosts()
  const outside = given.find((host) => !isPrivateAddress(host))
  if (outside !== undefined) throw new RoomServerError('notPrivate', outside)
  // The facilitator's page reaches the server over loopback, so the room always listens there too.
  const hosts = [...new Set(given.some(isLoopbackAddress) ? given : ['127.0.0.1', ...given])]

  const limits = { ...DEFAULT_ROOM_LIMITS, ...options.limits }
  const rateClock = options.rateClock ?? (() => performance.now())
  const room = new Room(options.language, limits, rateClock)
  const facilitatorToken = randomBytes(32).toString('base64url')
  const total = new TokenBucket(limits.totalRate, rateClock)
  const allowedOrigins = new Set(options.facilitatorOrigins ?? [])
  let port = options.port ?? 0
  let allowedHosts = new Set<string>()

  let closing: Promise<void> | undefined
  let markClosed: () => void = () => {}
  const closed = new Promise<void>((resolve) => (markClosed = resolve))
  const servers: Server[] = []
  const close = () =>
    (closing ??= (async () => {
      room.close()
      await Promise.all(servers.map(closeServer))
      markClosed()
    })())

  const page = options.participantDir === undefined ? new Map<string, PageFile>() : loadParticipantPage(options.participantDir)
  const shortUrls = () => hosts.map((host) => `http://${urlHost(host)}:${port}/`)
  const urls = () => shortUrls().map((short) => `${short}r/${room.secret}/`)
  const entrance = (): RoomEntrance => ({ urls: urls(), shortUrls: shortUrls(), code: room.code })
  const app = new Hono<Env>()

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      // Plain HTTP on a private network: a browser ignores it there, and it must not pin anything.
      strictTransportSecurity: false,
      // The participants' page sets its own, stricter-than-nothing policy (it must load its script).
      overwrite: false
    })
  )
  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    // A name that resolves here by a trick (DNS rebinding) finds nothing: only our own addresses are served.
    if (!allowedHosts.has(c.req.header('host')?.toLowerCase() ?? '')) return refuse(c, 'notFound')
    await next()
  })


  const servePage = (c: Context<Env>, path: string) => {
    const file = page.get(path)
    if (file === undefined) return refuse(c, 'notFound')
    if (file.type.startsWith('text/html')) c.header('Content-Security-Policy', PARTICIPANT_PAGE_CSP)
    // The assets' names change with their content; index.html names them, so it is never kept.
    if (file.immutable) c.header('Cache-Control', 'public, max-age=31536000, immutable')
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type })
  }
  // ---- The way in: the short address asks for the room code ----
  app.get('/', (c) => servePage(c, 'index.html'))
  app.get('/assets/:file', (c) => servePage(c, `assets/${c.req.param('file')}`))
  app.post('/code', async (c) => {
    const admitted = room.admitsCodeFrom(remoteOf(c))
    if (!admitted.ok) return refuseFor(c, admitted.waitMs)
    c.set('maxBodyBytes', ROOM_LIMITS.maxParticipantBodyBytes)
    const body = await readBody(c, codeRequestSchema)
    if ('error' in body) return refuse(c, body.error)
    const secret = room.enter(body.value.code)
    return secret === undefined ? refuse(c, 'notFound') : c.json({ path: `/r/${secret}/` } satisfies CodeResponse)
  })

  // ---- Participants ----
  app.use('/r/:secret/*', async (c, next) => {
    if (!sameSecret(c.req.param('secret'), room.secret)) return refuse(c, 'notFound')
    c.set('maxBodyBytes', ROOM_LIMITS.maxParticipantBodyBytes)
    await next()
  })
  // Relative asset paths need the trailing slash.
  app.get('/r/:secret', (c) => c.redirect(`/r/${room.secret}/`, 301))
  app.get('/r/:secret/', (c) => servePage(c, 'index.html'))
  app.get('/r/:secret/assets/:file', (c) => servePage(c, `assets/${c.req.param('file')}`))
  app.post('/r/:secret/join', async (c) => {
    // The address's own joins first: a flood from one address never drains the room's.
    const admitted = room.admitsJoinFrom(remoteOf(c))
    if (!admitted.ok) return refuseFor(c, admitted.waitMs)
    if (!total.take()) return refuse(c, 'tooManyRequests')
    const body = await readBody(c, joinRequestSchema)
    if ('error' in body) return refuse(c, body.error)
    const joined = room.join(body.value.team)
    return 'error' in joined ? refuse(c, joined.error) : c.json(joined)
  })
  app.use('/r/:secret/p/:participant/*', async (c, next) => {
    const participant = room.participant(c.req.param('participant'))
    if (participant === undefined) return refuse(c, 'notJoined')
    // The phone's own bucket first: a flood from one phone never drains the room's.
    if (!room.admits(participant) || !total.take()) return refuse(c, 'tooManyRequests')
    c.set('participant', participant)
    await next()
  })
  app.get('/r/:secret/p/:participant/events', (c) =>
    sseResponse({}, limits.stream, (channel) => room.attachPhone(c.get('participant'), channel))
  )
  app.post('/r/:secret/p/:participant/answers', async (c) => {
    const body = await readBody(c, submitRequestSchema)
    if ('error' in body) return refuse(c, body.error)
    const result = room.submit(c.get('participant'), body.value)
    return 'error' in result ? refuse(c, result.error) : c.json(result)
  })

  // ---- The facilitator ----
  app.use(
    '/f/*',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['GET', 'PUT', 'POST'],
      allowHeaders: ['Content-Type', 'Last-Event-ID']
    })
  )
  app.use('/f/:token/*', async (c, next) => {
    if (!isLoopbackAddress(getConnInfo(c).remote.address) || !sameSecret(c.req.param('token'), facilitatorToken)) return refuse(c, 'notFound')
    c.set('maxBodyBytes', ROOM_LIMITS.maxFacilitatorBodyBytes)
    await next()
  })
  app.get('/f/:token/events', (c) => {
    const lastSeen = Number(c.req.header('last-event-id'))
    return sseResponse({}, { ...limits.stream, gatherMs: FACILITATOR_GATHER_MS }, (channel) => room.attachFacilitator(channel, Number.isSafeInteger(lastSeen) && lastSeen >= 0 ? lastSeen : undefined))
  })
  app.put('/f/:token/view', async (c) => {
    const body = await readBody(c, roomViewSchema)
    if ('error' in body) return refuse(c, body.error)
    room.setView(body.value)
    return c.json({})
  })
  app.post('/f/:token/ack', async (c) => {
    const body = await readBody(c, ackRequestSchema)
    if ('error' in body) return refuse(c, body.error)
    room.acknowledge(body.value.upTo)
    return c.json({ pending: room.pendingCount })
  })
  app.get('/f/:token/room', (c) => c.json({ urls: urls(), participants: room.tally(), pending: room.pendingCount }))
  app.post('/f/:token/rotate', (c) => {
    room.rotate()
    return c.json(entrance())
  })
  app.post('/f/:token/end', (c) => {
    // After this answer is on its way.
    setImmediate(() => void close())
    return c.json({})
  })

  app.notFound((c) => refuse(c, 'notFound'))
  app.onError((_error, c) => refuse(c, 'serverError'))

  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false })
  const makeServer = () => {
    const server = createServer(
      {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        // How often Node looks for connections past those timeouts (30 s by default).
        connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4)),
        maxHeaderSize: 8 * 1024
      },
      listener
    )
    server.maxConnections = limits.maxConnections
    server.on('connection', refuseOutsiders)
    return server
  }

  // Every address gets the same port: the first picks it, the others follow (a few tries when it is taken elsewhere).
  for (let attempt = 0; ; attempt++) {
    try {
      for (const host of hosts) {
        const server = makeServer()
        servers.push(server)
        port = await listen(server, host, port)
      }
      break
    } catch (error) {
      await Promise.all(servers.splice(0).map(closeServer))
      port = options.port ?? 0
      if (options.port !== undefined && options.port !== 0) throw error
      if (attempt >= 4 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    }
  }
  allowedHosts = new Set(hosts.flatMap((host) => [`${urlHost(host).toLowerCase()}:${port}`, ...(isLoopbackAddress(host) ? [`localhost:${port}`] : [])]))

  return {
    addresses: hosts.map(urlHost),
    port,
    get secret() {
      return room.secret
    },
    facilitatorToken,
    participantUrls: urls,
    entrance,
    facilitatorUrl: `http://${urlHost(hosts.find(isLoopbackAddress) ?? '127.0.0.1')}:${port}/f/${facilitatorToken}/`,
    rotateSecret: () => room.rotate(),
    close,
    closed
  }
}

