import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PARTICIPANT_PAGE_CSP } from '../../../electron/room/participant-page'
import type { RoomServer } from '../../../electron/room/server'
import { displayRoomCode } from '../../../shared/room/code'
import { closeAll, postJson, startRoom } from './room-client'

/**
 * The way in without a camera (issue 14 §1): the short address asks for the room code. Against the
 * real server; other phones are other loopback addresses (127.0.0.x), which Linux routes to this
 * machine, so "per address" is tested with real remote addresses.
 */
afterEach(closeAll)

let dir: string
const PAGE = '<!doctype html><script type="module" src="./assets/index-abc123.js"></script>'
beforeAll(() => {
  dir = mkdtempSync(joinPath(tmpdir(), 'participant-code-'))
  mkdirSync(joinPath(dir, 'assets'))
  writeFileSync(joinPath(dir, 'index.html'), PAGE)
  writeFileSync(joinPath(dir, 'assets/index-abc123.js'), 'console.log("page")')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The rate limits' clock, moved by the test. */
let now = 0
const clock = () => now
const start = (options: Parameters<typeof startRoom>[0] = {}) => {
  now = 0
  return startRoom({ rateClock: clock, participantDir: dir, ...options })
}

interface Answer {
  status: number
  retryAfter: string | undefined
  body: unknown
}

/** A POST from another address of this machine, as another phone on the network would send it. */
function postFrom(from: string, server: RoomServer, path: string, body: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body)
    const sent = request(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress: from,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), Host: `127.0.0.1:${server.port}` }
      },
      (response) => {
        let received = ''
        response.on('data', (chunk: Buffer) => (received += chunk.toString()))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], body: JSON.parse(received) as unknown })
        )
      }
    )
    sent.on('error', reject)
    sent.end(text)
  })
}

const tryCode = (server: RoomServer, code: string, from = '127.0.0.1') => postFrom(from, server, '/code', { code })
const joinFrom = (server: RoomServer, from: string) => postFrom(from, server, `/r/${server.secret}/join`, { team: 'sales' })

/** A code that is surely not the room's: the same length, one character changed. */
const wrongCode = (code: string) => (code[0] === 'A' ? 'B' : 'A') + code.slice(1)

describe('the short address and the room code', () => {
  it('serves the participants’ page at / (there it asks for the code) under the strict page CSP, with its assets', async () => {
    const server = await start()
    const { shortUrls } = server.entrance()
    expect(shortUrls).toEqual([`http://127.0.0.1:${server.port}/`])
    const page = await fetch(shortUrls[0])
    expect([page.status, await page.text()]).toEqual([200, PAGE])
    expect(page.headers.get('content-security-policy')).toBe(PARTICIPANT_PAGE_CSP)
    expect(page.headers.get('cache-control')).toBe('no-store')
    const script = await fetch(`${shortUrls[0]}assets/index-abc123.js`)
    expect(script.status).toBe(200)
    // Nothing else of the directory, nothing outside it.
    expect((await fetch(`${shortUrls[0]}index.html`)).status).toBe(404)
    expect((await fetch(`${shortUrls[0]}assets/..%2Findex.html`)).status).toBe(404)
  })

  it('answers the right code, however typed, with the room’s address, and a wrong one with 404', async () => {
    const server = await start()
    const { code } = server.entrance()
    const right = await tryCode(server, ` ${displayRoomCode(code).toLowerCase()} `)
    expect(right).toMatchObject({ status: 200, body: { path: `/r/${server.secret}/` } })
    expect((await fetch(new URL((right.body as { path: string }).path, server.entrance().shortUrls[0]))).status).toBe(200)
    const wrong = await tryCode(server, wrongCode(code))
    expect(wrong).toMatchObject({ status: 404, body: { error: 'notFound' } })
    // Not a code at all: just as wrong, never an error of the server.
    expect(await tryCode(server, '<script>')).toMatchObject({ status: 404, body: { error: 'notFound' } })
    expect(await tryCode(server, 'x'.repeat(33))).toMatchObject({ status: 400, body: { error: 'badRequest' } })
  })

  it('stops guessing after ten tries a minute from one address with 429 and the wait; other phones still get in', async () => {
    const server = await start()
    const { code } = server.entrance()
    for (let i = 0; i < 10; i++) expect((await tryCode(server, wrongCode(code), '127.0.0.2')).status).toBe(404)
    const refused = await tryCode(server, code, '127.0.0.2')
    // Even the right code: the address has used its tries. One more comes back after six seconds.
    expect(refused).toEqual({ status: 429, retryAfter: '6', body: { error: 'tooManyRequests', retryAfter: 6 } })
    expect((await tryCode(server, code, '127.0.0.3')).status).toBe(200)
    now = 5_000
    expect((await tryCode(server, code, '127.0.0.2')).status).toBe(429)
    now = 6_000
    expect((await tryCode(server, code, '127.0.0.2')).status).toBe(200)
    expect((await tryCode(server, code, '127.0.0.2')).status).toBe(429)
  })

  it('holds all addresses together to the room’s rate of tries, so many addresses guess no faster', async () => {
    const server = await start({ limits: { codeTriesTotal: { burst: 12, perSecond: 2 } } })
    const { code } = server.entrance()
    const statuses: number[] = []
    for (let i = 0; i < 13; i++) statuses.push((await tryCode(server, wrongCode(code), `127.0.1.${i + 1}`)).status)
    expect(statuses).toEqual([...Array<number>(12).fill(404), 429])
    now = 500
    expect((await tryCode(server, code, '127.0.2.1')).status).toBe(200)
  })

  it('"everybody out" makes the old code dead and a new one work', async () => {
    const server = await start()
    const old = server.entrance().code
    const rotated = (await (await postJson(`${server.facilitatorUrl}rotate`, {})).json()) as { code: string }
    expect(rotated.code).not.toBe(old)
    expect(await tryCode(server, old)).toMatchObject({ status: 404, body: { error: 'notFound' } })
    expect(await tryCode(server, rotated.code)).toMatchObject({ status: 200, body: { path: `/r/${server.secret}/` } })
  })
})

describe('joins per address', () => {
  it('lets one address join ten times a minute (a phone that reloads), then 429 with the wait; other addresses join', async () => {
    const server = await start()
    for (let i = 0; i < 10; i++) expect((await joinFrom(server, '127.0.0.2')).status).toBe(200)
    expect(await joinFrom(server, '127.0.0.2')).toEqual({ status: 429, retryAfter: '6', body: { error: 'tooManyRequests', retryAfter: 6 } })
    expect((await joinFrom(server, '127.0.0.3')).status).toBe(200)
    now = 6_000
    expect((await joinFrom(server, '127.0.0.2')).status).toBe(200)
    expect((await joinFrom(server, '127.0.0.2')).status).toBe(429)
  })

  it('takes the join limit from the room’s rules', async () => {
    const server = await start({ limits: { joinsPerAddress: { burst: 2, perSecond: 1 } } })
    expect([(await joinFrom(server, '127.0.0.2')).status, (await joinFrom(server, '127.0.0.2')).status, (await joinFrom(server, '127.0.0.2')).status]).toEqual([200, 200, 429])
  })
})
