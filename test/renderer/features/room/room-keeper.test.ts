import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRoomKeeper, ROOM_SAVE } from '../../../../renderer/features/room/room-keeper'
import { RETRY_FIRST_MS } from '../../../../renderer/save/save-queue'
import { useSaveState } from '../../../../renderer/save/save-state'
import type { Question, Submission } from '../../../../shared/room/contract'

const voices: Question = { kind: 'cards', id: 'cards-voice', card: 'voice', prompt: 'What do you hear?' }
const answer = (seq: number): Submission => ({
  seq,
  participant: `phone-${seq}`,
  team: 'sales',
  question: 'cards-voice',
  answer: { kind: 'card', text: `card ${seq}` },
  minute: 1_800_000_000_000
})

let keyCount = 0
function keeperFor(keep: (batch: readonly Submission[], questions: readonly Question[]) => Promise<void>) {
  const acknowledged: number[] = []
  const counts: Array<[number, number]> = []
  const keeper = createRoomKeeper({
    key: `room:test-${keyCount++}`,
    keep,
    acknowledge: async (upTo) => void acknowledged.push(upTo),
    counted: (received, waiting) => counts.push([received, waiting])
  })
  return { keeper, acknowledged, counts }
}

beforeEach(() => {
  vi.useFakeTimers()
  useSaveState.setState({ pendingSaves: 0, saveProblem: null })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the room keeper', () => {
  it('writes the answers gathered meanwhile as one batch, in order, and acknowledges them only once they are stored', async () => {
    const batches: number[][] = []
    let store!: () => void
    const { keeper, acknowledged, counts } = keeperFor(
      (batch) =>
        new Promise((resolve) => {
          batches.push(batch.map((submission) => submission.seq))
          store = resolve
        })
    )
    keeper.opened([voices])
    keeper.receive(answer(2))
    keeper.receive(answer(1))
    keeper.receive(answer(2))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(batches).toEqual([[1, 2]])
    expect(acknowledged).toEqual([])
    expect(useSaveState.getState().pendingSaves).toBe(1)
    store()
    await vi.advanceTimersByTimeAsync(0)
    expect(acknowledged).toEqual([2])
    expect(counts.at(-1)).toEqual([2, 0])
    expect(useSaveState.getState().pendingSaves).toBe(0)
  })

  it('writes a steady stream of answers (200 phones at once) a few times a second, and no answer waits longer than ROOM_SAVE.maxWait', async () => {
    const written: { seqs: number[]; at: number }[] = []
    const { keeper } = keeperFor(async (batch) => void written.push({ seqs: batch.map((submission) => submission.seq), at: Date.now() }))
    keeper.opened([voices])
    const arrived = new Map<number, number>()
    for (let seq = 1; seq <= 100; seq++) {
      arrived.set(seq, Date.now())
      keeper.receive(answer(seq))
      await vi.advanceTimersByTimeAsync(5)
    }
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(written.flatMap((write) => write.seqs)).toEqual([...arrived.keys()])
    // 500 ms of answers: a write every maxWait, not one per frame.
    expect(written.length).toBeLessThanOrEqual(Math.ceil(500 / ROOM_SAVE.maxWait) + 1)
    for (const write of written) for (const seq of write.seqs) expect(write.at - arrived.get(seq)!).toBeLessThanOrEqual(ROOM_SAVE.maxWait)
  })

  it('tells a failed write through the save indicator, acknowledges nothing, and writes it again with what came meanwhile', async () => {
    const batches: number[][] = []
    let fail = true
    const { keeper, acknowledged } = keeperFor(async (batch) => {
      batches.push(batch.map((submission) => submission.seq))
      if (fail) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    })
    keeper.receive(answer(1))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(useSaveState.getState().saveProblem).toBe('storageFull')
    expect(acknowledged).toEqual([])
    fail = false
    keeper.receive(answer(2))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(batches).toEqual([[1], [1, 2]])
    expect(acknowledged).toEqual([2])
    expect(useSaveState.getState().saveProblem).toBeNull()
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 2)
    expect(batches).toHaveLength(2)
  })

  it('keeps an answer sent again after a reconnect once, and tells the room again that it may forget it', async () => {
    const batches: number[][] = []
    const { keeper, acknowledged, counts } = keeperFor(async (batch) => void batches.push(batch.map((submission) => submission.seq)))
    keeper.receive(answer(1))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    keeper.receive(answer(1))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(batches).toEqual([[1]])
    expect(acknowledged).toEqual([1, 1])
    expect(counts.at(-1)).toEqual([1, 0])
  })

  it('hands every version of the questions opened to the write, each once', async () => {
    const seen: Question[][] = []
    const { keeper } = keeperFor(async (_batch, questions) => void seen.push([...questions]))
    const later: Question = { ...voices, prompt: 'And now?' }
    keeper.opened([voices])
    keeper.opened([voices, later])
    keeper.receive(answer(1))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(seen).toEqual([[voices, later]])
  })

  it('writes what arrived when the room closes, and takes nothing after', async () => {
    const batches: number[][] = []
    const { keeper } = keeperFor(async (batch) => void batches.push(batch.map((submission) => submission.seq)))
    keeper.receive(answer(1))
    await keeper.close()
    expect(batches).toEqual([[1]])
    keeper.receive(answer(2))
    await vi.advanceTimersByTimeAsync(ROOM_SAVE.maxWait)
    expect(batches).toEqual([[1]])
  })
})
