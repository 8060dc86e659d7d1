import type { Question, RoomView } from '../../../shared/room/contract'
import { startRoomServer, type RoomServer, type RoomServerOptions } from '../../../electron/room/server'

/**
 * What the room tests share: a real server on 127.0.0.1 (port 0), requests as a phone and as the
 * facilitator's page make them, and a reader of server-sent events that waits for events (never
 * for a time). Every server and stream a test opens is closed by `closeAll()` in afterEach.
 */
const opened: { close(): unknown }[] = []

export async function closeAll(): Promise<void> {
  for (const item of opened.splice(0).reverse()) await item.close()
}

export async function startRoom(options: Partial<RoomServerOptions> = {}): Promise<RoomServer> {
  const server = await startRoomServer({ language: 'en', hosts: ['127.0.0.1'], ...options })
  opened.push(server)
  return server
}

export function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init
  })
}

export function putJson(url: string, body: unknown): Promise<Response> {
  return postJson(url, body, { method: 'PUT' })
}

export interface SseEvent {
  event: string
  data: unknown
  id?: string
}

/** An open event stream: every event read so far, and a promise for the next one that matches. */
export interface EventReader {
  readonly events: SseEvent[]
  next(match: (event: SseEvent) => boolean): Promise<SseEvent>
  /** Resolves when the server ended the stream. */
  readonly ended: Promise<void>
  close(): void
}

export async function openEvents(url: string, headers: Record<string, string> = {}): Promise<{ response: Response; reader?: EventReader }> {
  const abort = new AbortController()
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal })
  if (!response.ok || response.body === null) {
    await response.body?.cancel()
    return { response }
  }
  const events: SseEvent[] = []
  const waiters: { match: (event: SseEvent) => boolean; resolve: (event: SseEvent) => void }[] = []
  const decoder = new TextDecoder()
  let buffer = ''
  const deliver = (event: SseEvent) => {
    events.push(event)
    for (const waiter of [...waiters]) {
      if (waiter.match(event)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(event)
      }
    }
  }
  const body = response.body.getReader()
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await body.read()
        if (done) return
        buffer += decoder.decode(value, { stream: true })
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const fields = new Map<string, string>()
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':')
            if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''))
          }
          const event = fields.get('event')
          if (event !== undefined) deliver({ event, data: JSON.parse(fields.get('data') ?? 'null'), id: fields.get('id') })
        }
      }
    } catch {
      // Aborted by close(), or the server dropped the stream.
    }
  })()
  const reader: EventReader = {
    events,
    next: (match) => {
      const seen = events.find(match)
      if (seen !== undefined) return Promise.resolve(seen)
      return new Promise((resolve) => waiters.push({ match, resolve }))
    },
    ended,
    close: () => abort.abort()
  }
  opened.push(reader)
  return { response, reader }
}

export interface Phone {
  participant: string
  id: string
  base: string
  answer(question: string, answer: unknown, key?: string): Promise<Response>
}

let keys = 0
export const newKey = () => `key-${process.pid}-${++keys}-${Math.random().toString(36).slice(2, 10)}`

export async function join(server: RoomServer, team = 'marketing'): Promise<Phone> {
  const response = await postJson(`${server.participantUrls()[0]}join`, { team })
  if (response.status !== 200) throw new Error(`join answered ${response.status}: ${await response.text()}`)
  const { participant, id } = (await response.json()) as { participant: string; id: string }
  const base = `${server.participantUrls()[0]}p/${participant}/`
  return {
    participant,
    id,
    base,
    answer: (question, answer, key = newKey()) => postJson(`${base}answers`, { key, question, answer })
  }
}

export const RATE: Question = {
  kind: 'rate',
  id: 'rate-1',
  areas: [
    { id: 'a1', title: 'Lead quality' },
    { id: 'a2', title: 'Follow-up speed' }
  ]
}
export const VOICES: Question = { kind: 'cards', id: 'voices', card: 'voice', prompt: 'What do you hear about your team?' }
export const DOTS: Question = {
  kind: 'dots',
  id: 'dots',
  prompt: 'Where first?',
  dots: 3,
  options: [
    { id: 'o1', title: 'Lead scoring' },
    { id: 'o2', title: 'Hand-over meeting' }
  ]
}
export const AGREE: Question = { kind: 'agree', id: 'agree', text: 'An MQL is a lead with a score of 60 or more.' }

export function view(questions: Question[], shown: RoomView['shown'] = { kind: 'nothing' }): RoomView {
  return { language: 'en', questions, shown }
}

/** Opens the questions through the facilitator's API, as the app's page does. */
export async function openQuestions(server: RoomServer, ...questions: Question[]): Promise<void> {
  const response = await putJson(`${server.facilitatorUrl}view`, view(questions))
  if (response.status !== 200) throw new Error(`view answered ${response.status}: ${await response.text()}`)
}
