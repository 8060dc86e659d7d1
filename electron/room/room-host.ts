import type { Language } from '../../shared/domain/language'
import type { RoomStarted } from '../../shared/ipc/contract'
import { startRoomServer, type RoomServer, type RoomServerOptions } from './server'

/**
 * Keeps at most one room open (issue 14 §1, §3) for whoever starts it: the main process through
 * IPC, or the browser edition's dev server. Node only, no Electron, so both editions share it.
 * The room ends on stop(), when the window that started it closes, and when the facilitator's page
 * ends it through the room's own API.
 */

/** What the host needs of the window that started the room: when it closes. */
export interface RoomOwner {
  once(event: 'closed', listener: () => void): unknown
  removeListener(event: 'closed', listener: () => void): unknown
}

export interface StartRoom {
  language: Language
  /** The origins of the facilitator's page; a room running for others is restarted. */
  facilitatorOrigins: readonly string[]
  owner?: RoomOwner
}

export interface RoomHost {
  /** Opens the room, or answers with the one already open (a reloaded page finds it again). */
  start(request: StartRoom): Promise<RoomStarted>
  /** Ends the room, if one is open; resolves once nothing listens any more. */
  stop(): Promise<void>
  readonly running: boolean
}

interface OpenRoom {
  server: RoomServer
  origins: string
  detach(): void
}

const started = (server: RoomServer): RoomStarted => ({
  ...server.entrance(),
  facilitatorUrl: server.facilitatorUrl,
  token: server.facilitatorToken
})

const originsKey = (origins: readonly string[]) => [...new Set(origins)].sort().join(' ')

/** `options`: further server options for every room (tests pick the hosts and limits). */
export function createRoomHost(options: Partial<Omit<RoomServerOptions, 'language' | 'facilitatorOrigins'>> = {}): RoomHost {
  let current: OpenRoom | null = null
  // Starts and stops run one after another, so two quick clicks never leave a second server behind.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  const end = async (): Promise<void> => {
    const room = current
    if (room === null) return
    current = null
    room.detach()
    await room.server.close()
  }

  const open = async ({ language, facilitatorOrigins, owner }: StartRoom): Promise<RoomStarted> => {
    const origins = originsKey(facilitatorOrigins)
    if (current !== null && current.origins === origins) return started(current.server)
    await end()
    const server = await startRoomServer({ ...options, language, facilitatorOrigins })
    const stopWithOwner = () => void serial(end)
    owner?.once('closed', stopWithOwner)
    const room: OpenRoom = { server, origins, detach: () => owner?.removeListener('closed', stopWithOwner) }
    // Ended from the page (`POST /f/<token>/end`): forget it, so the next start opens a new one.
    void server.closed.then(() => {
      if (current !== room) return
      current = null
      room.detach()
    })
    current = room
    return started(server)
  }

  return {
    start: (request) => serial(() => open(request)),
    stop: () => serial(end),
    get running() {
      return current !== null
    }
  }
}
