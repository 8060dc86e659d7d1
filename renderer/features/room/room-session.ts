import { create } from 'zustand'
import { z } from 'zod'
import { LANGUAGES, type Language } from '../../../shared/domain/language'
import type { RoomStarted } from '../../../shared/ipc/contract'
import { questionSchema, type TeamTally } from '../../../shared/room/contract'
import { keepRoomAnswers } from '../../db/room-repo'
import { platform } from '../../platform/platform'
import { connectRoom, type RoomClient } from './room-client'
import { createRoomKeeper, type RoomKeeper } from './room-keeper'
import { forgetRoomRun, rememberRoomRun, storedRoomRun } from './room-run'

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

/** What this tab remembers of the open room across a reload (room-run.ts). */
const runSchema = z.object({
  workshopId: z.string(),
  language: z.enum(LANGUAGES),
  runId: z.string(),
  /** The room's facilitator token: a room started anew (the server restarted meanwhile) numbers its answers anew, so it is a new run. */
  token: z.string(),
  questions: z.array(questionSchema)
})
type RoomRun = z.infer<typeof runSchema>

function rememberedRun(): RoomRun | null {
  const parsed = runSchema.safeParse(storedRoomRun())
  return parsed.success ? parsed.data : null
}

/**
 * After a reload: the room this tab had open goes on when the page opens its workshop again (the
 * server still runs it and answers with it), and ends when the page opened elsewhere — the room
 * belongs to its workshop. `workshopId`: the workshop the page opens, null for any other screen.
 * The audience window is no facilitator and leaves the room alone (see the caller).
 */
export function resumeRoom(workshopId: string | null): void {
  const run = rememberedRun()
  if (run === null || useRoomSession.getState().status !== 'off') return
  if (run.workshopId === workshopId) {
    void startRoom(run.workshopId, run.language, run)
  } else {
    forgetRoomRun()
    void platform.stopRoom().catch(() => undefined)
  }
}

function running(workshopId: string, update: (session: Extract<RoomSession, { status: 'running' }>) => RoomSession): void {
  useRoomSession.setState((session) => (session.status === 'running' && session.workshopId === workshopId ? update(session) : session), true)
}

/** Opens the room of `workshopId`; `resumed`: the run this tab had open before a reload, which goes on. */
export async function startRoom(workshopId: string, language: Language, resumed?: RoomRun): Promise<void> {
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
  const run: RoomRun = resumed?.token === room.token ? resumed : { workshopId, language, runId: crypto.randomUUID(), token: room.token, questions: [] }
  const { runId } = run
  rememberRoomRun(run)
  const answers = createRoomKeeper({
    key: `room:${workshopId}`,
    keep: (submissions, questions) => keepRoomAnswers(workshopId, runId, submissions, questions),
    acknowledge: (upTo) => stream.acknowledge(upTo),
    counted: (received, waiting) => running(workshopId, (session) => ({ ...session, received, waiting }))
  })
  answers.opened(run.questions)
  const stream = connectRoom(room, {
    connected: (connected) => running(workshopId, (session) => ({ ...session, connected })),
    participants: (participants) => running(workshopId, (session) => ({ ...session, participants })),
    submission: (submission) => answers.receive(submission)
  })
  keeper = answers
  // Whatever view is sent, its questions are remembered: their answers are kept even after they close, and after a reload.
  client = {
    ...stream,
    setView(view) {
      rememberRoomRun({ ...run, questions: answers.opened(view.questions) })
      return stream.setView(view)
    }
  }
}

/** The open room's client, for whoever sends it the view; null while no room of this workshop is open. */
export function roomClientOf(workshopId: string): RoomClient | null {
  const session = useRoomSession.getState()
  return session.status === 'running' && session.workshopId === workshopId ? client : null
}

/**
 * "Everybody out" (issue 14 §3): a new secret and room code; the old address is dead and every phone
 * must join again. The join panel and the projector show the new way in once this resolves; false
 * when the room refused or could not be reached (the old way in then still works).
 */
export async function everybodyOut(workshopId: string): Promise<boolean> {
  const room = roomClientOf(workshopId)
  if (room === null) return false
  try {
    const entrance = await room.rotate()
    running(workshopId, (session) => ({ ...session, room: { ...session.room, ...entrance } }))
    return true
  } catch {
    return false
  }
}

/** Ends room mode: the phones' address is dead once this resolves. */
export async function endRoom(): Promise<void> {
  const session = useRoomSession.getState()
  if (session.status === 'off') return
  client?.close()
  client = null
  forgetRoomRun()
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
