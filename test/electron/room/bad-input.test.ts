import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOM_LIMITS, type Submission } from '../../../shared/room/contract'
import { RoomServerError, startRoomServer } from '../../../electron/room/server'
import { RATE, VOICES, closeAll, join, newKey, openEvents, openQuestions, postJson, startRoom } from './room-client'

afterEach(closeAll)

/** The rate limits' clock stands still: a bucket holds exactly its burst, however slow the machine. */
const frozen = () => 0

/** Writes `text` on a raw connection and never finishes the request; resolves with what the server sent when it hung up. */
function holdOpen(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let received = ''
    socket.on('data', (chunk) => (received += chunk.toString()))
    socket.on('error', reject)
    socket.on('close', () => resolve(received))
  })
}

describe('the room server with bad input: refused or contained, and the room goes on', () => {
  it('refuses an oversized body, announced or streamed without a length', async () => {
    const server = await startRoom()
    await openQuestions(server, VOICES)
    const phone = await join(server)
    const big = JSON.stringify({ key: newKey(), question: VOICES.id, answer: { kind: 'card', text: 'x'.repeat(ROOM_LIMITS.maxParticipantBodyBytes) } })
    const announced = await postJson(`${phone.base}answers`, big)
    expect([announced.status, await announced.json()]).toEqual([413, { error: 'tooLarge' }])
    const encoder = new TextEncoder()
    const chunked = await fetch(`${phone.base}answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(encoder.encode('x'.repeat(1_000)))
          controller.close()
        }
      }),
      duplex: 'half'
    } as RequestInit)
    expect(chunked.status).toBe(413)
    expect((await phone.answer(VOICES.id, { kind: 'card', text: 'still here' })).status).toBe(200)
  })

  it('refuses malformed JSON, another content type and unknown fields', async () => {
    const server = await startRoom()
    const joinUrl = `${server.participantUrls()[0]}join`
    for (const body of ['{"team": "sales"', 'null', '[]', '{"team":"sales","name":"Anna"}']) {
      const response = await postJson(joinUrl, body)
      expect([body, response.status, await response.json()]).toEqual([body, 400, { error: 'badRequest' }])
    }
    const form = await fetch(joinUrl, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"team":"sales"}' })
    expect([form.status, await form.json()]).toEqual([415, { error: 'unsupportedType' }])
    expect((await postJson(joinUrl, { team: 'sales' })).status).toBe(200)
  })

  it('answers a wrong or old secret exactly as a path that never existed', async () => {
    const server = await startRoom()
    const phone = await join(server)
    const nothing = await fetch(`http://127.0.0.1:${server.port}/nothing`)
    const nothingBody = await nothing.text()
    const flipped = server.secret.slice(0, -1) + (server.secret.endsWith('A') ? 'B' : 'A')
    const old = server.participantUrls()[0]
    server.rotateSecret()
    for (const url of [`http://127.0.0.1:${server.port}/r/${flipped}/join`, `${old}join`, `${phone.base}answers`]) {
      const response = await postJson(url, { team: 'sales' })
      expect([url, response.status, await response.text()]).toEqual([url, 404, nothingBody])
      expect(response.headers.get('content-length')).toBe(nothing.headers.get('content-length'))
    }
    expect(nothing.status).toBe(404)
  })

  it('counts a replayed or resent answer once, also after the phone slept and reconnected', async () => {
    const server = await startRoom()
    await openQuestions(server, RATE)
    const { reader: facilitator } = await openEvents(`${server.facilitatorUrl}events`)
    const phone = await join(server)
    const key = newKey()
    const answer = { kind: 'rate', area: 'a1', rating: 3 }
    expect(await (await phone.answer(RATE.id, answer, key)).json()).toEqual({ duplicate: false })
    expect(await (await phone.answer(RATE.id, answer, key)).json()).toEqual({ duplicate: true })
    const { reader: before } = await openEvents(`${phone.base}events`)
    await before!.next((e) => e.event === 'view')
    before!.close()
    const { reader: after } = await openEvents(`${phone.base}events`)
    await after!.next((e) => e.event === 'view')
    expect(await (await phone.answer(RATE.id, answer, key)).json()).toEqual({ duplicate: true })
    // Another key is another answer; it arrives after the one above, so nothing else is on its way.
    expect(await (await phone.answer(RATE.id, answer)).json()).toEqual({ duplicate: false })
    await facilitator!.next((e) => e.id === '2')
    expect(facilitator!.events.filter((e) => e.event === 'submission')).toHaveLength(2)
    // The same key from another phone is that phone's own answer.
    const other = await join(server)
    expect(await (await other.answer(RATE.id, answer, key)).json()).toEqual({ duplicate: false })
  })

  it('stops a flood from one phone with 429 while the other phones are still served', async () => {
    const server = await startRoom({ rateClock: frozen })
    await openQuestions(server, RATE)
    const flooding = await join(server)
    const calm = await join(server)
    const statuses = await Promise.all(Array.from({ length: 60 }, () => flooding.answer(RATE.id, { kind: 'rate', area: 'a1', rating: 1 }).then((r) => r.status)))
    expect(statuses.filter((status) => status === 200)).toHaveLength(20)
    expect(statuses.filter((status) => status === 429)).toHaveLength(40)
    const refused = await flooding.answer(RATE.id, { kind: 'rate', area: 'a1', rating: 1 })
    expect([refused.status, await refused.json()]).toEqual([429, { error: 'tooManyRequests' }])
    expect((await calm.answer(RATE.id, { kind: 'rate', area: 'a1', rating: 5 })).status).toBe(200)
  })

  it('holds all phones together to the room’s rate', async () => {
    const server = await startRoom({ rateClock: frozen, limits: { totalRate: { burst: 5, perSecond: 1 } } })
    const statuses = []
    for (let i = 0; i < 7; i++) statuses.push((await postJson(`${server.participantUrls()[0]}join`, { team: 'sales' })).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
  })

  it('keeps script and HTML in a card as plain text, and removes invisible control characters', async () => {
    const server = await startRoom()
    await openQuestions(server, VOICES)
    const { reader: facilitator } = await openEvents(`${server.facilitatorUrl}events`)
    const phone = await join(server)
    const hostile = `<script>alert("x")</script><img src=x onerror="fetch('//evil')"> & </textarea>`
    const response = await phone.answer(VOICES.id, { kind: 'card', text: `${hostile}\u202E\u0007` })
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const arrived = (await facilitator!.next((e) => e.event === 'submission')).data as Submission
    expect(arrived.answer).toEqual({ kind: 'card', text: hostile })
  })

  it('times out a client that holds a connection open without sending, and serves the others meanwhile', async () => {
    const server = await startRoom({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } })
    const phone = await join(server)
    const { reader: stream } = await openEvents(`${phone.base}events`)
    await stream!.next((e) => e.event === 'view')
    const headersNeverEnd = holdOpen(server.port, `GET /r/${server.secret}/join HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`)
    const bodyNeverEnds = holdOpen(
      server.port,
      `POST /r/${server.secret}/join HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"team":`
    )
    expect((await postJson(`${server.participantUrls()[0]}join`, { team: 'sales' })).status).toBe(200)
    expect(await headersNeverEnd).toMatch(/^HTTP\/1\.1 408/)
    expect(await bodyNeverEnds).toMatch(/^HTTP\/1\.1 408/)
    // An event stream is a request received whole: it outlives both timeouts.
    await openQuestions(server, RATE)
    await stream!.next((e) => e.event === 'view' && (e.data as { questions: unknown[] }).questions.length === 1)
  })

  it('closes connections beyond the limit at once', async () => {
    const server = await startRoom({ limits: { maxConnections: 2 } })
    const first = await openEvents(`${server.facilitatorUrl}events`)
    await first.reader!.next((e) => e.event === 'participants')
    const held = connect(server.port, '127.0.0.1')
    await new Promise((resolve) => held.once('connect', resolve))
    expect(await holdOpen(server.port, 'GET / HTTP/1.1\r\n')).toBe('')
    held.destroy()
  })

  it('refuses the 201st participant', async () => {
    // Every phone of this test comes from loopback, one address: its joins may fill the room here.
    const server = await startRoom({ rateClock: frozen, limits: { joinsPerAddress: { burst: ROOM_LIMITS.maxParticipants + 2, perSecond: 1 } } })
    for (let i = 0; i < ROOM_LIMITS.maxParticipants; i++) await join(server, i % 2 === 0 ? 'marketing' : 'sales')
    const refused = await postJson(`${server.participantUrls()[0]}join`, { team: 'sales' })
    expect([refused.status, await refused.json()]).toEqual([403, { error: 'roomFull' }])
    // "Everybody out" empties the room.
    server.rotateSecret()
    expect((await postJson(`${server.participantUrls()[0]}join`, { team: 'sales' })).status).toBe(200)
  })

  it('keeps at most two streams per phone: a third closes the oldest', async () => {
    const server = await startRoom()
    const phone = await join(server)
    const streams = []
    for (let i = 0; i < 3; i++) {
      const { reader } = await openEvents(`${phone.base}events`)
      await reader!.next((e) => e.event === 'view')
      streams.push(reader!)
    }
    await streams[0].ended
    await openQuestions(server, RATE)
    for (const open of streams.slice(1)) await open.next((e) => e.event === 'view' && (e.data as { questions: unknown[] }).questions.length === 1)
    expect(streams[0].events).toHaveLength(1)
  })

  it('refuses to listen on an address that is not private', async () => {
    for (const host of ['8.8.8.8', '0.0.0.0', '::', 'localhost', '100.64.0.1', '2001:db8::1']) {
      const started = startRoomServer({ language: 'de', hosts: [host] })
      await expect(started).rejects.toThrow(RoomServerError)
      await expect(started).rejects.toMatchObject({ code: 'notPrivate', address: host })
    }
  })
})
