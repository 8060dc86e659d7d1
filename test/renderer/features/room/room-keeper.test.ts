import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRoomKeeper } from '../../../../renderer/features/room/room-keeper'
import { RETRY_FIRST_MS, SAVE_MAX_WAIT_MS } from '../../../../renderer/save/save-queue'
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
  it('writes the answers of a frame or two as one batch, in order, and acknowledges them only once they are stored', async () => {
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
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
    expect(batches).toEqual([[1, 2]])
    expect(acknowledged).toEqual([])
    expect(useSaveState.getState().pendingSaves).toBe(1)
    store()
    await vi.advanceTimersByTimeAsync(0)
    expect(acknowledged).toEqual([2])
    expect(counts.at(-1)).toEqual([2, 0])
    expect(useSaveState.getState().pendingSaves).toBe(0)
  })

  it('tells a failed write through the save indicator, acknowledges nothing, and writes it again with what came meanwhile', async () => {
    const batches: number[][] = []
    let fail = true
    const { keeper, acknowledged } = keeperFor(async (batch) => {
      batches.push(batch.map((submission) => submission.seq))
      if (fail) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    })
    keeper.receive(answer(1))
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
    expect(useSaveState.getState().saveProblem).toBe('storageFull')
    expect(acknowledged).toEqual([])
    fail = false
    keeper.receive(answer(2))
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
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
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
    keeper.receive(answer(1))
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
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
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
    expect(seen).toEqual([[voices, later]])
  })

  it('writes what arrived when the room closes, and takes nothing after', async () => {
    const batches: number[][] = []
    const { keeper } = keeperFor(async (batch) => void batches.push(batch.map((submission) => submission.seq)))
    keeper.receive(answer(1))
    await keeper.close()
    expect(batches).toEqual([[1]])
    keeper.receive(answer(2))
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS)
    expect(batches).toEqual([[1]])
  })
})
