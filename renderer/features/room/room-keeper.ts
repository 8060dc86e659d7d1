import type { Question, Submission } from '../../../shared/room/contract'
import { flushSave, scheduleSave, type SaveTiming } from '../../save/save-queue'

/**
 * Turns the phones' answers into records (issue 14 §5): every answer that arrives is kept through
 * the repository, gathered into one write (ROOM_SAVE), and only then acknowledged, so the room forgets nothing the laptop has not stored. A write that fails is
 * told through the save indicator like any failed save and tried again; meanwhile nothing is
 * acknowledged and the room holds on to the answers.
 */
export interface RoomKeeper {
  /** An answer from the room's stream; the same seq again (a reconnect) counts once. */
  receive(submission: Submission): void
  /** The questions of a view sent to the room: answers to them are kept, even after they close. Answers every question known so far. */
  opened(questions: readonly Question[]): readonly Question[]
  /** Takes no more answers and writes those that arrived; resolves when they are stored (or their write failed and waits for its retry). */
  close(): Promise<void>
}

/**
 * Answers are gathered for 50 ms after the last, at most 150 ms: with 200 phones answering at once
 * that is about seven writes a second rather than thirty. Each write re-reads and re-renders what
 * shows the answers (step 1's heat map, the moderation queue) beside the facilitator's typing; an
 * answer still reaches the screen well within issue 14's 500 ms.
 */
export const ROOM_SAVE: SaveTiming = { delay: 50, maxWait: 150 }

export interface RoomKeeperOptions {
  /** The save queue's key: one writer per room. */
  key: string
  /** Keeps a batch in one transaction (room-repo keepRoomAnswers, bound to the workshop and the run). */
  keep(submissions: readonly Submission[], questions: readonly Question[]): Promise<void>
  acknowledge(upTo: number): Promise<void>
  /** How many answers arrived in this opening, and how many are not written yet. */
  counted(received: number, waiting: number): void
}

export function createRoomKeeper(options: RoomKeeperOptions): RoomKeeper {
  const waiting = new Map<number, Submission>()
  const questions: Question[] = []
  const known = new Set<string>()
  let received = 0
  let keptUpTo = 0
  let acknowledgedUpTo = 0
  let closed = false

  const counted = () => options.counted(received, waiting.size)

  async function write(): Promise<void> {
    const batch = [...waiting.values()].sort((a, b) => a.seq - b.seq)
    if (batch.length > 0) {
      // Throws when the database refuses: the save queue tells the person and tries again later.
      await options.keep(batch, questions)
      for (const submission of batch) waiting.delete(submission.seq)
      keptUpTo = Math.max(keptUpTo, batch.at(-1)!.seq)
      counted()
    }
    // Everything up to keptUpTo is stored: an answer below it still waiting would be a resend.
    if (keptUpTo > acknowledgedUpTo && [...waiting.keys()].every((seq) => seq > keptUpTo)) {
      const upTo = keptUpTo
      try {
        await options.acknowledge(upTo)
        acknowledgedUpTo = Math.max(acknowledgedUpTo, upTo)
      } catch {
        // The room keeps them and sends them again; they are kept again without harm, and the next acknowledgement covers them.
      }
    }
  }

  return {
    receive(submission) {
      if (closed) return
      if (submission.seq <= keptUpTo) {
        // Sent again after a reconnect although stored: tell the room once more that it may forget it.
        acknowledgedUpTo = Math.min(acknowledgedUpTo, submission.seq - 1)
      } else if (!waiting.has(submission.seq)) {
        waiting.set(submission.seq, submission)
        received++
        counted()
      }
      scheduleSave(options.key, write, ROOM_SAVE)
    },
    opened(list) {
      for (const question of list) {
        const text = JSON.stringify(question)
        if (known.has(text)) continue
        known.add(text)
        questions.push(question)
      }
      return [...questions]
    },
    close() {
      closed = true
      return flushSave(options.key)
    }
  }
}
