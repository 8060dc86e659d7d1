import { create } from 'zustand'
import type { Language } from '../../../shared/domain/language'
import type { RoomStarted } from '../../../shared/ipc/contract'
import type { Submission, TeamTally } from '../../../shared/room/contract'
import { platform } from '../../platform/platform'
import { connectRoom, type RoomClient } from './room-client'

/**
 * Room mode of the open workshop: whether the room is open, its addresses, and what has arrived.
 * UI state only — nothing here is saved; answers do not become records yet (issue 14 §5).
 */
export type RoomSession =
  | { status: 'off'; problem: 'startFailed' | 'endFailed' | null }
  | { status: 'starting'; workshopId: string }
  | {
      status: 'running'
      workshopId: string
      room: RoomStarted
      connected: boolean
      participants: TeamTally
      /** Answers received and not yet acknowledged, by seq. */
      submissions: readonly Submission[]
    }

const NOBODY: TeamTally = { marketing: 0, sales: 0, management: 0, other: 0 }

export const useRoomSession = create<RoomSession>(() => ({ status: 'off', problem: null }))

let client: RoomClient | null = null

function running(workshopId: string, update: (session: Extract<RoomSession, { status: 'running' }>) => RoomSession): void {
  useRoomSession.setState((session) => (session.status === 'running' && session.workshopId === workshopId ? update(session) : session), true)
}

export async function startRoom(workshopId: string, language: Language): Promise<void> {
  if (useRoomSession.getState().status !== 'off') return
  useRoomSession.setState({ status: 'starting', workshopId }, true)
  let room: RoomStarted
  try {
    room = await platform.startRoom(language)
  } catch {
    useRoomSession.setState({ status: 'off', problem: 'startFailed' }, true)
    return
  }
  // Ended (or the workshop closed) while it was starting.
  const now = useRoomSession.getState()
  if (now.status !== 'starting' || now.workshopId !== workshopId) return
  useRoomSession.setState({ status: 'running', workshopId, room, connected: false, participants: NOBODY, submissions: [] }, true)
  client = connectRoom(room, {
    connected: (connected) => running(workshopId, (session) => ({ ...session, connected })),
    participants: (participants) => running(workshopId, (session) => ({ ...session, participants })),
    // The same seq again after a reconnect replaces, never doubles.
    submission: (submission) =>
      running(workshopId, (session) => ({
        ...session,
        submissions: [...session.submissions.filter((kept) => kept.seq !== submission.seq), submission]
      }))
  })
}

/** The open room's client, for whoever sends it the view; null while no room of this workshop is open. */
export function roomClientOf(workshopId: string): RoomClient | null {
  const session = useRoomSession.getState()
  return session.status === 'running' && session.workshopId === workshopId ? client : null
}

/** Ends room mode: the phones' address is dead once this resolves. */
export async function endRoom(): Promise<void> {
  const session = useRoomSession.getState()
  if (session.status === 'off') return
  client?.close()
  client = null
  useRoomSession.setState({ status: 'off', problem: null }, true)
  try {
    await platform.stopRoom()
  } catch {
    useRoomSession.setState({ status: 'off', problem: 'endFailed' }, true)
  }
}

/** The room belongs to one workshop: closing it ends the room (issue 14 §3). */
export function endRoomOf(workshopId: string): void {
  const session = useRoomSession.getState()
  if (session.status !== 'off' && session.workshopId === workshopId) void endRoom()
}
