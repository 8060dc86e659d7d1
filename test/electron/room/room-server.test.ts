import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { Shown, Submission } from '../../../shared/room/contract'
import type { RoomEntrance } from '../../../shared/ipc/contract'
import {
  AGREE,
  DOTS,
  RATE,
  VOICES,
  closeAll,
  join,
  newKey,
  openEvents,
  openQuestions,
  postJson,
  putJson,
  startRoom,
  view
} from './room-client'

afterEach(closeAll)

function rawGet(port: number, path: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (response) => {
      response.resume()
      resolve(response.statusCode)
    })
    sent.on('error', reject)
    sent.end()
  })
}

describe('the room server: what a phone and the facilitator do', () => {
  it('listens on loopback with a 128-bit secret in every participant address and a separate facilitator token', async () => {
    const server = await startRoom()
    expect(server.addresses).toEqual(['127.0.0.1'])
    expect(server.port).toBeGreaterThan(0)
    expect(Buffer.from(server.secret, 'base64url')).toHaveLength(16)
    expect(server.participantUrls()).toEqual([`http://127.0.0.1:${server.port}/r/${server.secret}/`])
    expect(server.facilitatorUrl).toBe(`http://127.0.0.1:${server.port}/f/${server.facilitatorToken}/`)
    expect(server.facilitatorToken).not.toContain(server.secret)
    const other = await startRoom()
    expect(other.secret).not.toBe(server.secret)
  })

  it('joins a phone to a team with an opaque id, and counts the teams on the facilitator stream', async () => {
    const server = await startRoom()
    const { reader: facilitator } = await openEvents(`${server.facilitatorUrl}events`)
    await facilitator!.next((e) => e.event === 'participants')
    const phone = await join(server, 'sales')
    expect(phone.participant).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(phone.id).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(phone.id).not.toBe(phone.participant)
    const tally = await facilitator!.next((e) => e.event === 'participants' && (e.data as { sales: number }).sales === 1)
    expect(tally.data).toEqual({ marketing: 0, sales: 1, management: 0, other: 0 })
    const room = await (await fetch(`${server.facilitatorUrl}room`)).json()
    expect(room).toEqual({ urls: server.participantUrls(), participants: { marketing: 0, sales: 1, management: 0, other: 0 }, pending: 0 })
  })

  it('refuses a team that is not one of the four', async () => {
    const server = await startRoom()
    const response = await postJson(`${server.participantUrls()[0]}join`, { team: 'finance' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'badRequest' })
  })

  it('shows every phone the open questions and the projector, now and on every change', async () => {
    const server = await startRoom()
    const phone = await join(server)
    const { response, reader } = await openEvents(`${phone.base}events`)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect((await reader!.next((e) => e.event === 'view')).data).toEqual(view([]))
    const shown: Shown = { kind: 'cards', title: 'Voices', cards: [{ id: 'c1', text: 'We never hear back' }] }
    expect((await putJson(`${server.facilitatorUrl}view`, view([RATE, AGREE], shown))).status).toBe(200)
    const next = await reader!.next((e) => e.event === 'view' && (e.data as { questions: unknown[] }).questions.length === 2)
    expect(next.data).toEqual(view([RATE, AGREE], shown))
  })

  it('refuses a view that breaks the field limits the app types with', async () => {
    const server = await startRoom()
    const tooLong = { ...AGREE, text: 'x'.repeat(2_001) }
    expect((await putJson(`${server.facilitatorUrl}view`, view([tooLong]))).status).toBe(400)
    const area = { ...RATE, areas: [{ id: 'a', title: 'y'.repeat(501) }] }
    expect((await putJson(`${server.facilitatorUrl}view`, view([area]))).status).toBe(400)
    expect((await putJson(`${server.facilitatorUrl}view`, view([RATE, RATE]))).status).toBe(400)
  })

  it('delivers ratings, cards, dot votes and agreement to the facilitator with team, opaque id and the minute only', async () => {
    const server = await startRoom()
    await openQuestions(server, RATE, VOICES, DOTS, AGREE)
    const { reader: facilitator } = await openEvents(`${server.facilitatorUrl}events`)
    const marketing = await join(server, 'marketing')
    const sales = await join(server, 'sales')
    const before = Date.now()
    const answers = [
      [marketing, RATE.id, { kind: 'rate', area: 'a1', rating: 4 }],
      [sales, RATE.id, { kind: 'rate', area: 'a1', rating: 2 }],
      [marketing, VOICES.id, { kind: 'card', text: '  Sales never calls our leads back  ' }],
      [sales, DOTS.id, { kind: 'dots', options: ['o1', 'o1', 'o2'] }],
      [marketing, AGREE.id, { kind: 'agree', answer: 'notYet' }]
    ] as const
    for (const [phone, question, answer] of answers) {
      const response = await phone.answer(question, answer)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ duplicate: false })
    }
    await facilitator!.next((e) => e.event === 'submission' && e.id === '5')
    const received = facilitator!.events.filter((e) => e.event === 'submission').map((e) => e.data as Submission)
    expect(received.map((s) => [s.seq, s.participant, s.team, s.question, s.answer])).toEqual([
      [1, marketing.id, 'marketing', RATE.id, { kind: 'rate', area: 'a1', rating: 4 }],
      [2, sales.id, 'sales', RATE.id, { kind: 'rate', area: 'a1', rating: 2 }],
      // Kept as typed, trimmed.
      [3, marketing.id, 'marketing', VOICES.id, { kind: 'card', text: 'Sales never calls our leads back' }],
      [4, sales.id, 'sales', DOTS.id, { kind: 'dots', options: ['o1', 'o1', 'o2'] }],
      [5, marketing.id, 'marketing', AGREE.id, { kind: 'agree', answer: 'notYet' }]
    ])
    for (const submission of received) {
      expect(Object.keys(submission).sort()).toEqual(['answer', 'minute', 'participant', 'question', 'seq', 'team'])
      expect(submission.minute % 60_000).toBe(0)
      expect(submission.minute).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000)
      expect(submission.minute).toBeLessThanOrEqual(Date.now())
    }
  })

  it('refuses an answer to a question that is not open, or that does not fit it', async () => {
    const server = await startRoom()
    await openQuestions(server, RATE, DOTS)
    const phone = await join(server)
    const refused = [
      [VOICES.id, { kind: 'card', text: 'hello' }, 409, 'questionClosed'],
      [RATE.id, { kind: 'rate', area: 'unknown', rating: 3 }, 422, 'answerDoesNotFit'],
      [RATE.id, { kind: 'card', text: 'not a rating' }, 422, 'answerDoesNotFit'],
      [DOTS.id, { kind: 'dots', options: ['o1', 'o1', 'o1', 'o2'] }, 422, 'answerDoesNotFit'],
      [DOTS.id, { kind: 'dots', options: Array(11).fill('o1') }, 400, 'badRequest'],
      [DOTS.id, { kind: 'dots', options: ['o1', 'o9'] }, 422, 'answerDoesNotFit'],
      [RATE.id, { kind: 'rate', area: 'a1', rating: 6 }, 400, 'badRequest']
    ] as const
    for (const [question, answer, status, error] of refused) {
      const response = await phone.answer(question, answer)
      expect([question, response.status, await response.json()]).toEqual([question, status, { error }])
    }
    // Closing a question closes it for answers at once.
    await openQuestions(server, DOTS)
    expect((await phone.answer(RATE.id, { kind: 'rate', area: 'a1', rating: 3 })).status).toBe(409)
  })

  it('keeps an answer until the facilitator acknowledges it, and sends the rest again to a reconnecting stream', async () => {
    const server = await startRoom()
    await openQuestions(server, RATE)
    const phone = await join(server)
    for (const rating of [1, 2, 3]) expect((await phone.answer(RATE.id, { kind: 'rate', area: 'a1', rating })).status).toBe(200)
    const first = (await openEvents(`${server.facilitatorUrl}events`)).reader!
    await first.next((e) => e.id === '3')
    first.close()
    // Reconnecting after event 2 (as EventSource does with Last-Event-ID): 1 and 2 are kept, 3 comes again.
    const second = (await openEvents(`${server.facilitatorUrl}events`, { 'Last-Event-ID': '2' })).reader!
    await second.next((e) => e.id === '3')
    expect(second.events.filter((e) => e.event === 'submission').map((e) => e.id)).toEqual(['3'])
    const ack = await postJson(`${server.facilitatorUrl}ack`, { upTo: 3 })
    expect(await ack.json()).toEqual({ pending: 0 })
    second.close()
    const third = (await openEvents(`${server.facilitatorUrl}events`)).reader!
    await third.next((e) => e.event === 'participants')
    expect((await phone.answer(RATE.id, { kind: 'rate', area: 'a2', rating: 5 })).status).toBe(200)
    expect((await third.next((e) => e.event === 'submission')).id).toBe('4')
  })

  it('replaces the facilitator stream: only the newest one receives', async () => {
    const server = await startRoom()
    const old = (await openEvents(`${server.facilitatorUrl}events`)).reader!
    await old.next((e) => e.event === 'participants')
    const current = (await openEvents(`${server.facilitatorUrl}events`)).reader!
    await old.ended
    await current.next((e) => e.event === 'participants')
  })

  it('"everybody out": the old secret and every phone are dead at once, the new address works', async () => {
    const server = await startRoom()
    await openQuestions(server, RATE)
    const phone = await join(server)
    const { reader: stream } = await openEvents(`${phone.base}events`)
    await stream!.next((e) => e.event === 'view')
    const oldUrl = server.participantUrls()[0]
    const oldCode = server.entrance().code
    const rotated = await postJson(`${server.facilitatorUrl}rotate`, {})
    const entrance = (await rotated.json()) as RoomEntrance
    const { urls } = entrance
    expect(entrance).toEqual(server.entrance())
    expect(urls).toEqual(server.participantUrls())
    expect(urls[0]).not.toBe(oldUrl)
    // A new code with the new secret; the short address stays.
    expect(entrance.code).not.toBe(oldCode)
    expect(entrance.shortUrls).toEqual([`${new URL(oldUrl).origin}/`])
    await stream!.ended
    // The phone is told, as when the room ends: its page says the room closed.
    expect(stream!.events.at(-1)).toMatchObject({ event: 'closed' })
    const stale = await phone.answer(RATE.id, { kind: 'rate', area: 'a1', rating: 2 })
    expect(stale.status).toBe(404)
    expect((await postJson(`${oldUrl}join`, { team: 'sales' })).status).toBe(404)
    expect((await postJson(`${urls[0]}join`, { team: 'sales' })).status).toBe(200)
    server.rotateSecret()
    expect((await postJson(`${urls[0]}join`, { team: 'sales' })).status).toBe(404)
  })

  it('ends the room through the facilitator: the address is dead and the port closed', async () => {
    const server = await startRoom()
    const url = server.participantUrls()[0]
    expect((await postJson(`${server.facilitatorUrl}end`, {})).status).toBe(200)
    await server.closed
    await expect(fetch(url)).rejects.toThrow()
  })

  it('tells every phone the room closed before it goes, so a phone says so instead of reconnecting forever', async () => {
    const server = await startRoom()
    const phones = await Promise.all([join(server, 'sales'), join(server, 'marketing')])
    const streams = await Promise.all(phones.map(async (phone) => (await openEvents(`${phone.base}events`)).reader!))
    await Promise.all(streams.map((stream) => stream.next((e) => e.event === 'view')))
    await server.close()
    for (const stream of streams) {
      await stream.ended
      expect(stream.events.at(-1)).toMatchObject({ event: 'closed' })
    }
  })

  it('answers every response with the security headers and JSON or an event stream, never HTML', async () => {
    const server = await startRoom()
    const phone = await join(server)
    const { response: stream } = await openEvents(`${phone.base}events`)
    const responses = [
      stream,
      await postJson(`${server.participantUrls()[0]}join`, { team: 'other' }),
      await fetch(`${server.participantUrls()[0]}nothing-here`),
      await fetch(`http://127.0.0.1:${server.port}/r/wrong/join`),
      await postJson(`${server.participantUrls()[0]}join`, '{'),
      await fetch(`${server.facilitatorUrl}room`)
    ]
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(response.headers.get('content-type')).toMatch(/^(application\/json|text\/event-stream; charset=utf-8)$/)
    }
  })

  it('lets only the app’s own origin call the facilitator’s API across origins, and no origin call the phones’', async () => {
    const server = await startRoom({ facilitatorOrigins: ['app://smarketing'] })
    const preflight = (origin: string, url: string) =>
      fetch(url, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' } })
    const own = await preflight('app://smarketing', `${server.facilitatorUrl}view`)
    expect(own.headers.get('access-control-allow-origin')).toBe('app://smarketing')
    const foreign = await preflight('http://evil.example', `${server.facilitatorUrl}view`)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const phones = await preflight('app://smarketing', `${server.participantUrls()[0]}join`)
    expect(phones.headers.get('access-control-allow-origin')).toBeNull()
    const read = await fetch(`${server.facilitatorUrl}room`, { headers: { Origin: 'http://evil.example' } })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses the facilitator’s API with a wrong token, and a Host that is not the room’s', async () => {
    const server = await startRoom()
    const wrong = await fetch(`http://127.0.0.1:${server.port}/f/${'A'.repeat(43)}/room`)
    expect(wrong.status).toBe(404)
    expect(await wrong.json()).toEqual({ error: 'notFound' })
    // The Host a page on a rebound name sends (fetch may not set Host; node:http may).
    const rebound = await rawGet(server.port, `/f/${server.facilitatorToken}/room`, `attacker.example:${server.port}`)
    expect(rebound).toBe(404)
    expect((await fetch(`http://localhost:${server.port}/f/${server.facilitatorToken}/room`)).status).toBe(200)
  })

  it('accepts the longest card a person can type, in the widest characters, within the body limit', async () => {
    const server = await startRoom()
    await openQuestions(server, { kind: 'cards', id: 'concerns', card: 'concern', prompt: 'Concerns' })
    const phone = await join(server)
    const response = await phone.answer('concerns', { kind: 'card', text: '語'.repeat(2_000) }, newKey())
    expect(response.status).toBe(200)
  })
})
