import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RoomStarted } from '../../../shared/ipc/contract'
import type { RoomView, Submission, TeamTally } from '../../../shared/room/contract'
import { connectRoom, type RoomListener } from '../../../renderer/features/room/room-client'

const ROOM: RoomStarted = {
  urls: ['http://127.0.0.1:4321/r/secret-secret-secret-12/'],
  shortUrls: ['http://127.0.0.1:4321/'],
  code: 'K7M2QX',
  facilitatorUrl: 'http://127.0.0.1:4321/f/token/',
  token: 'token'
}

/** The part of EventSource the client uses, driven by the test. */
class FakeSource {
  readonly listeners = new Map<string, ((event: Event) => void)[]>()
  closed = false
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close() {
    this.closed = true
  }
  emit(type: string, data?: string) {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }))
  }
}

function connect() {
  const listener = { submission: vi.fn<(s: Submission) => void>(), participants: vi.fn<(t: TeamTally) => void>(), connected: vi.fn<(c: boolean) => void>() }
  let source: FakeSource | undefined
  const client = connectRoom(ROOM, listener satisfies RoomListener, (url) => (source = new FakeSource(url)) as unknown as EventSource)
  if (source === undefined) throw new Error('no stream opened')
  return { client, listener, source }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const SUBMISSION: Submission = { seq: 3, participant: 'p1', team: 'sales', question: 'q1', answer: { kind: 'rate', area: 'a1', rating: 4 }, minute: 1_700_000_040_000 }

describe('the facilitator’s room client', () => {
  it('opens the facilitator’s stream with the token in the path', () => {
    expect(connect().source.url).toBe('http://127.0.0.1:4321/f/token/events')
  })

  it('hands on submissions and participant counts, and says when the stream breaks and comes back', () => {
    const { listener, source } = connect()
    source.emit('open')
    source.emit('participants', JSON.stringify({ marketing: 2, sales: 1, management: 0, other: 0 }))
    source.emit('submission', JSON.stringify(SUBMISSION))
    source.emit('error')
    expect(listener.participants).toHaveBeenCalledExactlyOnceWith({ marketing: 2, sales: 1, management: 0, other: 0 })
    expect(listener.submission).toHaveBeenCalledExactlyOnceWith(SUBMISSION)
    expect(listener.connected.mock.calls).toEqual([[true], [false]])
  })

  it('drops what is not JSON or not the shape it claims to be', () => {
    const { listener, source } = connect()
    source.emit('participants', '{"marketing": "many"}')
    source.emit('participants', 'not json')
    source.emit('submission', '{"seq": "3"}')
    source.emit('submission', '')
    expect(listener.participants).not.toHaveBeenCalled()
    expect(listener.submission).not.toHaveBeenCalled()
  })

  it('acknowledges up to a seq on the facilitator’s API, and tells when the room refused', async () => {
    const fetch = vi.fn(async () => new Response('{"pending":0}', { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const { client } = connect()
    await client.acknowledge(3)
    expect(fetch).toHaveBeenCalledExactlyOnceWith(new URL('http://127.0.0.1:4321/f/token/ack'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"upTo":3}'
    })
    fetch.mockResolvedValueOnce(new Response('{"error":"notFound"}', { status: 404 }))
    await expect(client.acknowledge(4)).rejects.toThrow(/404/)
  })

  it('puts the whole view on the facilitator’s API, and tells when the room refused it', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const { client } = connect()
    const view: RoomView = { language: 'de', questions: [], shown: { kind: 'nothing' } }
    await client.setView(view)
    expect(fetch).toHaveBeenCalledExactlyOnceWith(new URL('http://127.0.0.1:4321/f/token/view'), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(view)
    })
    fetch.mockResolvedValueOnce(new Response('{"error":"badRequest"}', { status: 400 }))
    await expect(client.setView(view)).rejects.toThrow(/400/)
  })

  it('asks the room for a new secret and code ("everybody out") and hands on the new way in; tells when the room refused or answered nonsense', async () => {
    const entrance = { urls: ['http://127.0.0.1:4321/r/new-secret-new-secret-1/'], shortUrls: ['http://127.0.0.1:4321/'], code: 'P4W9NR' }
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ...entrance, extra: 'dropped' }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const { client } = connect()
    await expect(client.rotate()).resolves.toEqual(entrance)
    expect(fetch).toHaveBeenCalledExactlyOnceWith(new URL('http://127.0.0.1:4321/f/token/rotate'), { method: 'POST' })
    fetch.mockResolvedValueOnce(new Response('{"error":"notFound"}', { status: 404 }))
    await expect(client.rotate()).rejects.toThrow(/404/)
    fetch.mockResolvedValueOnce(new Response('{"urls":"http://x/","shortUrls":[],"code":"P4W9NR"}', { status: 200 }))
    await expect(client.rotate()).rejects.toThrow(/not an entrance/)
  })

  it('closes its stream, not the room', () => {
    const { client, source } = connect()
    client.close()
    expect(source.closed).toBe(true)
  })
})
