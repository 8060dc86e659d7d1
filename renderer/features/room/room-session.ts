import { create } from 'zustand'
import type { Language } from '../../../shared/domain/language'
import type { RoomStarted } from '../../../shared/ipc/contract'
import type { TeamTally } from '../../../shared/room/contract'
import { keepRoomAnswers } from '../../db/room-repo'
import { platform } from '../../platform/platform'
import { connectRoom, type RoomClient } from './room-client'
import { createRoomKeeper, type RoomKeeper } from './room-keeper'

/**
 * Room mode of the open workshop: whether the room is open, its addresses, and how many answers
 * arrived. UI state only; the answers themselves become records (room-keeper.ts, issue 14 §5).
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
      /** Answers received since the room opened. */
      received: number
      /** Of them, not yet stored. */
      waiting: number
    }

const NOBODY: TeamTally = { marketing: 0, sales: 0, management: 0, other: 0 }

export const useRoomSession = create<RoomSession>(() => ({ status: 'off', problem: null }))

let client: RoomClient | null = null
let keeper: RoomKeeper | null = null

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
  useRoomSession.setState({ status: 'running', workshopId, room, connected: false, participants: NOBODY, received: 0, waiting: 0 }, true)
  // New with every opening, so the cards of two openings never share an id.
  const runId = crypto.randomUUID()
  const answers = createRoomKeeper({
    key: `room:${workshopId}`,
    keep: (submissions, questions) => keepRoomAnswers(workshopId, runId, submissions, questions),
    acknowledge: (upTo) => stream.acknowledge(upTo),
    counted: (received, waiting) => running(workshopId, (session) => ({ ...session, received, waiting }))
  })
  const stream = connectRoom(room, {
    connected: (connected) => running(workshopId, (session) => ({ ...session, connected })),
    participants: (participants) => running(workshopId, (session) => ({ ...session, participants })),
    submission: (submission) => answers.receive(submission)
  })
  keeper = answers
  // Whatever view is sent, its questions are remembered: their answers are kept even after they close.
  client = {
    ...stream,
    setView(view) {
      answers.opened(view.questions)
      return stream.setView(view)
    }
  }
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
  const answers = keeper
  keeper = null
  useRoomSession.setState({ status: 'off', problem: null }, true)
  try {
    // What arrived before the end is stored before the room, which still holds it, goes away.
    await answers?.close()
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
