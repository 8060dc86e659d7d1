import type { RoomEntrance, RoomStarted } from '../../../shared/ipc/contract'
import type { RoomView, Submission, TeamTally } from '../../../shared/room/contract'
import { TEAMS } from '../../../shared/domain/workshop'

/**
 * The facilitator's page talking to the room server (issue 14; the protocol is written down at the
 * top of electron/room/server.ts): one event stream for the phones' answers and the participant
 * count, and the acknowledgement of what the page has kept. No React, no database: whoever holds
 * the client decides what becomes of an answer.
 */

export interface RoomListener {
  submission(submission: Submission): void
  participants(tally: TeamTally): void
  /** False while the stream is broken (the browser tries again by itself), true once it is back. */
  connected(connected: boolean): void
}

export interface RoomClient {
  readonly room: RoomStarted
  /** Tells the room the page has kept every answer up to `upTo`; the room forgets them. */
  acknowledge(upTo: number): Promise<void>
  /** Sends what the phones see (the open questions, the projector's content); rejects when the room refused it. */
  setView(view: RoomView): Promise<void>
  /** "Everybody out": a new secret and room code; every phone is out and must join again. Answers with the new way in. */
  rotate(): Promise<RoomEntrance>
  /** Closes the stream; the room stays open (ending it is the platform's stopRoom). */
  close(): void
}

type EventSourceLike = Pick<EventSource, 'addEventListener' | 'close'>

const isTally = (value: unknown): value is TeamTally =>
  typeof value === 'object' && value !== null && TEAMS.every((team) => typeof (value as Record<string, unknown>)[team] === 'number')

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string')

const isEntrance = (value: unknown): value is RoomEntrance =>
  typeof value === 'object' &&
  value !== null &&
  isStrings((value as RoomEntrance).urls) &&
  isStrings((value as RoomEntrance).shortUrls) &&
  typeof (value as RoomEntrance).code === 'string'

const isSubmission = (value: unknown): value is Submission =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Submission).seq === 'number' &&
  typeof (value as Submission).question === 'string' &&
  typeof (value as Submission).answer === 'object'

function parse(data: unknown): unknown {
  if (typeof data !== 'string') return undefined
  try {
    return JSON.parse(data)
  } catch {
    return undefined
  }
}

/**
 * Opens the facilitator's stream of `room`. The browser's EventSource reconnects by itself and
 * sends the last event id, which the room takes as acknowledged up to there and sends the rest
 * again — so a submission may arrive twice across a reconnect, never with a new seq.
 */
export function connectRoom(room: RoomStarted, listener: RoomListener, open: (url: string) => EventSourceLike = (url) => new EventSource(url)): RoomClient {
  const source = open(new URL('events', room.facilitatorUrl).href)
  source.addEventListener('open', () => listener.connected(true))
  source.addEventListener('error', () => listener.connected(false))
  source.addEventListener('participants', (event) => {
    const tally = parse((event as MessageEvent).data)
    if (isTally(tally)) listener.participants(tally)
  })
  source.addEventListener('submission', (event) => {
    const submission = parse((event as MessageEvent).data)
    if (isSubmission(submission)) listener.submission(submission)
  })
  return {
    room,
    async acknowledge(upTo) {
      const response = await fetch(new URL('ack', room.facilitatorUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ upTo })
      })
      if (!response.ok) throw new Error(`room ack: ${response.status}`)
    },
    async setView(view) {
      const response = await fetch(new URL('view', room.facilitatorUrl), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(view)
      })
      if (!response.ok) throw new Error(`room view: ${response.status}`)
    },
    async rotate() {
      const response = await fetch(new URL('rotate', room.facilitatorUrl), { method: 'POST' })
      if (!response.ok) throw new Error(`room rotate: ${response.status}`)
      const entrance: unknown = await response.json()
      if (!isEntrance(entrance)) throw new Error('room rotate: not an entrance')
      return { urls: entrance.urls, shortUrls: entrance.shortUrls, code: entrance.code }
    },
    close: () => source.close()
  }
}
