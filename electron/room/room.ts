import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import type { Language } from '../../shared/domain/language'
import { TEAMS, type Team } from '../../shared/domain/workshop'
import { fitAnswer } from '../../shared/room/answers'
import { normalizeRoomCode, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/room/code'
import {
  ROOM_LIMITS,
  type JoinResponse,
  type RoomError,
  type RoomView,
  type Submission,
  type SubmitRequest,
  type TeamTally
} from '../../shared/room/contract'
import type { SseChannel } from './sse'
import { BucketsByAddress, TokenBucket, type Rate, type Taken } from './token-bucket'

/** 128 bits, as the issue asks, in the URL-safe base64 alphabet (22 characters). */
export const newSecret = (): string => randomBytes(16).toString('base64url')

/** A room code (shared/room/code.ts), each character drawn evenly from the alphabet. */
export const newCode = (): string => Array.from({ length: ROOM_CODE_LENGTH }, () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]).join('')

/** Compares in constant time, so how long a refusal takes tells nothing of the secret. */
export function sameSecret(candidate: string, secret: string): boolean {
  const a = Buffer.from(candidate)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

export interface RoomRules {
  participantRate: Rate
  /**
   * Joins from one remote address: a phone that reloads may join again, but one address cannot
   * fill the room. Every phone of a test on loopback shares one address; the tests set their own.
   */
  joinsPerAddress: Rate
  /** Tries of the room code from one address, and from all together (one phone may have many IPv6 addresses). */
  codeTriesPerAddress: Rate
  codeTriesTotal: Rate
  streamsPerParticipant: number
  /** Answers the facilitator's page has not acknowledged yet; beyond them phones are told to try again. */
  maxPending: number
}

export interface Participant {
  id: string
  team: Team
  /** Every idempotency key accepted from this phone. */
  keys: Set<string>
  bucket: TokenBucket
  streams: SseChannel[]
}

export type SubmitResult = { duplicate: boolean } | { error: RoomError }

/**
 * The room while it is open, in memory only: who joined (a team and an opaque id, nothing else),
 * what the phones see, and the answers the facilitator's page has not acknowledged yet. Knows
 * nothing of HTTP; server.ts maps requests onto it.
 */
export class Room {
  secret = newSecret()
  /** What a phone types at the room's short address instead of scanning; changes with the secret. */
  code = newCode()
  private participants = new Map<string, Participant>()
  private view: RoomView
  private pending: Submission[] = []
  private seq = 0
  private facilitator: SseChannel | undefined
  private readonly joins: BucketsByAddress
  private readonly codeTries: BucketsByAddress
  private readonly allCodeTries: TokenBucket

  constructor(
    language: Language,
    private readonly rules: RoomRules,
    private readonly rateClock: () => number,
    private readonly wallClock: () => number = Date.now
  ) {
    this.view = { language, questions: [], shown: { kind: 'nothing' } }
    this.joins = new BucketsByAddress(rules.joinsPerAddress, rateClock)
    this.codeTries = new BucketsByAddress(rules.codeTriesPerAddress, rateClock)
    this.allCodeTries = new TokenBucket(rules.codeTriesTotal, rateClock)
  }

  /** Whether `address` may join once more now. */
  admitsJoinFrom(address: string): Taken {
    return this.joins.take(address)
  }

  /** Whether `address` may try a code once more now: its own tries first, so one address never uses up everybody's. */
  admitsCodeFrom(address: string): Taken {
    const own = this.codeTries.take(address)
    if (!own.ok) return own
    return this.allCodeTries.take() ? own : { ok: false, waitMs: this.allCodeTries.waitMs() }
  }

  /** The room's secret when `typed` is its code (compared in constant time), else undefined. */
  enter(typed: string): string | undefined {
    return sameSecret(normalizeRoomCode(typed), this.code) ? this.secret : undefined
  }

  join(team: Team): JoinResponse | { error: RoomError } {
    if (this.participants.size >= ROOM_LIMITS.maxParticipants) return { error: 'roomFull' }
    const token = newSecret()
    const id = randomBytes(8).toString('base64url')
    this.participants.set(token, { id, team, keys: new Set(), bucket: new TokenBucket(this.rules.participantRate, this.rateClock), streams: [] })
    this.sendTally()
    return { participant: token, id }
  }

  /** The participant a token names, when it is one of this room's; undefined after "everybody out". */
  participant(token: string): Participant | undefined {
    return this.participants.get(token)
  }

  /** Whether this phone may make one more request now. */
  admits(participant: Participant): boolean {
    return participant.bucket.take()
  }

  submit(participant: Participant, request: SubmitRequest): SubmitResult {
    if (participant.keys.has(request.key)) return { duplicate: true }
    const question = this.view.questions.find((open) => open.id === request.question)
    if (question === undefined) return { error: 'questionClosed' }
    const answer = fitAnswer(question, request.answer)
    if (answer === undefined) return { error: 'answerDoesNotFit' }
    if (participant.keys.size >= ROOM_LIMITS.maxSubmissionsPerParticipant) return { error: 'tooManyAnswers' }
    if (this.pending.length >= this.rules.maxPending) return { error: 'busy' }
    participant.keys.add(request.key)
    const minute = Math.floor(this.wallClock() / 60_000) * 60_000
    const submission: Submission = { seq: ++this.seq, participant: participant.id, team: participant.team, question: question.id, answer, minute }
    this.pending.push(submission)
    this.facilitator?.send('submission', submission, submission.seq)
    return { duplicate: false }
  }

  setView(view: RoomView): void {
    this.view = view
    for (const participant of this.participants.values()) for (const stream of [...participant.streams]) stream.send('view', view)
  }

  /** A phone's stream: sent the view now and on every change; its oldest stream closes beyond the limit (a phone that slept). */
  attachPhone(participant: Participant, channel: SseChannel): () => void {
    participant.streams.push(channel)
    while (participant.streams.length > this.rules.streamsPerParticipant) participant.streams[0].close()
    channel.send('view', this.view)
    return () => {
      participant.streams = participant.streams.filter((stream) => stream !== channel)
    }
  }

  /**
   * The facilitator's stream (one at a time: a new one replaces the old). `lastSeen` is the
   * Last-Event-ID a reconnecting stream brings: what it had is acknowledged, the rest sent again.
   */
  attachFacilitator(channel: SseChannel, lastSeen: number | undefined): () => void {
    if (lastSeen !== undefined) this.acknowledge(lastSeen)
    this.facilitator?.close()
    this.facilitator = channel
    channel.send('participants', this.tally())
    for (const submission of this.pending) channel.send('submission', submission, submission.seq)
    return () => {
      if (this.facilitator === channel) this.facilitator = undefined
    }
  }

  /** The facilitator's page has kept every answer up to `seq`: the room forgets them. */
  acknowledge(seq: number): void {
    this.pending = this.pending.filter((submission) => submission.seq > seq)
  }

  get pendingCount(): number {
    return this.pending.length
  }

  tally(): TeamTally {
    const tally = Object.fromEntries(TEAMS.map((team) => [team, 0])) as TeamTally
    for (const participant of this.participants.values()) tally[participant.team] += 1
    return tally
  }

  /** "Everybody out": a new secret and code, every phone's token void and its streams closed. Unacknowledged answers stay. */
  rotate(): string {
    this.secret = newSecret()
    this.code = newCode()
    this.closePhones()
    this.sendTally()
    return this.secret
  }

  close(): void {
    this.closePhones()
    this.facilitator?.close()
  }

  /** Every phone is told the room closed (its page says so, rather than trying to reconnect), then its streams end. */
  private closePhones(): void {
    const all = [...this.participants.values()]
    this.participants.clear()
    for (const participant of all) {
      for (const stream of [...participant.streams]) {
        stream.send('closed', {})
        stream.close()
      }
    }
  }

  private sendTally(): void {
    this.facilitator?.send('participants', this.tally())
  }
}
