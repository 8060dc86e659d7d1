import type { Team } from '../../shared/domain/workshop'
import type { Answer, JoinResponse, RoomError, RoomView } from '../../shared/room/contract'
import { newKey, saveState, type PhoneState } from './store'

/**
 * The phone's side of the room's protocol (electron/room/server.ts): join, the `view` stream and
 * the answers. All URLs are relative to the page, which lives at `/r/<secret>/`.
 */

/** What the person is told about the connection; the page puts it into words. */
export type Status = 'ok' | 'reconnecting' | 'closed' | 'full' | 'busy' | 'failed' | 'questionClosed'

export interface ClientEvents {
  view(view: RoomView): void
  status(status: Status): void
}

/** How long to wait before sending again after a refusal that passes (busy, too many requests, no network). */
const RETRY_MS = 2_000

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
  private retry: ReturnType<typeof setTimeout> | undefined
  private closed = false

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
      this.on.status(response.status === 404 ? 'closed' : error === 'roomFull' ? 'full' : 'failed')
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

  /** Opens the `view` stream; EventSource reconnects by itself after a network loss. */
  connect(): void {
    if (this.closed || this.state.participant === undefined) return
    this.events?.close()
    const events = new EventSource(`p/${this.state.participant}/events`)
    this.events = events
    events.addEventListener('view', (event) => {
      this.on.view(JSON.parse((event as MessageEvent<string>).data) as RoomView)
    })
    events.addEventListener('open', () => {
      this.on.status('ok')
      void this.flush()
    })
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED) void this.probe()
      else this.on.status('reconnecting')
    })
  }

  /**
   * The stream was refused outright (EventSource does not retry an HTTP error): a 404 for the
   * page itself means the secret is gone — the room closed, or "everybody out" made a new one.
   */
  private async probe(): Promise<void> {
    this.on.status('reconnecting')
    try {
      const response = await fetch('./', { cache: 'no-store' })
      await response.body?.cancel()
      if (response.status === 404) return this.shut()
    } catch {
      // No network: try again below, as EventSource would.
    }
    this.later(() => this.connect())
  }

  private shut(): void {
    this.closed = true
    this.events?.close()
    clearTimeout(this.retry)
    this.on.status('closed')
  }

  private later(action: () => void): void {
    clearTimeout(this.retry)
    this.retry = setTimeout(action, RETRY_MS)
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
          this.later(() => void this.flush())
          return
        }
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
