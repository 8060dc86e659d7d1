import type { Team } from '../../shared/domain/workshop'
import { retryDelay } from '../../shared/room/backoff'
import type { Answer, JoinResponse, RoomError, RoomView } from '../../shared/room/contract'
import { newKey, saveState, type PhoneState } from './store'

/**
 * The phone's side of the room's protocol (electron/room/server.ts): join, the `view` stream and
 * the answers. All URLs are relative to the page, which lives at `/r/<secret>/`.
 */

/** What the person is told about the connection; the page puts it into words. */
export type Status = 'ok' | 'reconnecting' | 'closed' | 'full' | 'joinsLimited' | 'busy' | 'failed' | 'questionClosed'

export interface ClientEvents {
  view(view: RoomView): void
  status(status: Status): void
}

async function errorOf(response: Response): Promise<RoomError | undefined> {
  try {
    return ((await response.json()) as { error?: RoomError }).error
  } catch {
    return undefined
  }
}

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' })

export class RoomClient {
  private events: EventSource | undefined
  private flushing = false
  private closed = false
  /** Two waits of their own, so that neither ever cancels the other: the stream's reconnect and the answers' resend. */
  private readonly reconnect = new Retry(() => this.connect())
  private readonly resend = new Retry(() => void this.flush())

  constructor(
    private readonly secret: string,
    readonly state: PhoneState,
    private readonly on: ClientEvents
  ) {}

  get joined(): boolean {
    return this.state.participant !== undefined
  }

  save(): void {
    saveState(this.secret, this.state)
  }

  /** Joins as `team`; false (and the status said) when the room refused. */
  async join(team: Team): Promise<boolean> {
    let response: Response
    try {
      response = await postJson('join', { team })
    } catch {
      this.on.status('failed')
      return false
    }
    if (!response.ok) {
      const error = await errorOf(response)
      this.on.status(response.status === 404 ? 'closed' : error === 'roomFull' ? 'full' : response.status === 429 ? 'joinsLimited' : 'failed')
      if (response.status === 404) this.closed = true
      return false
    }
    const joined = (await response.json()) as JoinResponse
    this.state.participant = joined.participant
    this.state.team = team
    this.save()
    this.connect()
    return true
  }

  /**
   * Opens the `view` stream. A broken stream is closed here rather than left to the browser, which
   * would come back after the room's fixed `retry` — every phone at the same instant after a Wi-Fi
   * blip — and not at all after an HTTP error: this page waits with backoff and jitter instead.
   */
  connect(): void {
    if (this.closed || this.state.participant === undefined) return
    this.reconnect.cancel()
    this.events?.close()
    const events = new EventSource(`p/${this.state.participant}/events`)
    this.events = events
    events.addEventListener('view', (event) => {
      this.on.view(JSON.parse((event as MessageEvent<string>).data) as RoomView)
    })
    // The room ended, or "everybody out": said before the stream ends, so no probe can mistake it for a network gap.
    events.addEventListener('closed', () => this.shut())
    events.addEventListener('open', () => {
      this.reconnect.succeeded()
      this.on.status('ok')
      void this.flush()
    })
    events.addEventListener('error', () => {
      events.close()
      if (this.events === events) void this.probe()
    })
  }

  /** The phone is back (it woke, or found the network): whatever waits is tried now, not after the rest of its wait. */
  wake(): void {
    if (this.closed) return
    if (this.reconnect.pending) this.connect()
    if (this.resend.pending) {
      this.resend.cancel()
      void this.flush()
    }
  }

  /** The stream broke: a 404 for the page itself means the secret is gone — the room closed, or "everybody out" made a new one. */
  private async probe(): Promise<void> {
    this.on.status('reconnecting')
    try {
      const response = await fetch('./', { cache: 'no-store' })
      await response.body?.cancel()
      if (response.status === 404) return this.shut()
    } catch {
      // No network: try again after the wait.
    }
    this.reconnect.later()
  }

  private shut(): void {
    this.closed = true
    this.events?.close()
    this.reconnect.cancel()
    this.resend.cancel()
    this.on.status('closed')
  }

  /** Keeps the answer with a new key and sends it; it stays kept until the room confirms it. */
  submit(question: string, answer: Answer): void {
    this.state.outbox.push({ key: newKey(), question, answer })
    this.save()
    void this.flush()
  }

  /** Sends what waits, oldest first; one run at a time. */
  async flush(): Promise<void> {
    if (this.flushing || this.closed || this.state.participant === undefined) return
    this.flushing = true
    try {
      while (this.state.outbox.length > 0) {
        const outcome = await this.send(this.state.outbox[0])
        if (outcome === 'keep') {
          this.resend.later()
          return
        }
        this.resend.succeeded()
        this.state.outbox.shift()
        this.save()
        if (outcome === 'closed') return this.shut()
        this.on.status(outcome)
      }
    } finally {
      this.flushing = false
    }
  }

  private async send(request: PhoneState['outbox'][number]): Promise<'ok' | 'keep' | 'closed' | 'questionClosed' | 'failed'> {
    let response: Response
    try {
      response = await postJson(`p/${this.state.participant}/answers`, request)
    } catch {
      // No answer: perhaps it arrived, perhaps not. The same key again counts once.
      this.on.status('reconnecting')
      return 'keep'
    }
    if (response.ok) {
      await response.body?.cancel()
      return 'ok'
    }
    const error = await errorOf(response)
    if (response.status === 404 || error === 'notJoined') return 'closed'
    if (error === 'tooManyRequests' || error === 'busy' || response.status >= 500) {
      this.on.status('busy')
      return 'keep'
    }
    return error === 'questionClosed' ? 'questionClosed' : 'failed'
  }
}

/** One thing to try again later, each wait longer than the last (shared/room/backoff.ts) until it works once. */
class Retry {
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly action: () => void) {}

  get pending(): boolean {
    return this.timer !== undefined
  }

  later(): void {
    this.cancel()
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.action()
    }, retryDelay(this.attempt++))
  }

  succeeded(): void {
    this.attempt = 0
  }

  cancel(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }
}
