import { afterEach, describe, expect, it, vi } from 'vitest'
import { FileReaderFailure } from '../../../renderer/app/failure-message'
import { serveWorker, type WorkerReport } from '../../../renderer/features/workshops/worker-protocol'
import { ReadingCancelled, runWorker, type WorkerLike } from '../../../renderer/features/workshops/worker-task'

/**
 * The wiring between the window and a file-reading worker, as far as jsdom allows (it has no
 * Worker): a fake worker stands in for the real one, and serveWorker is run against a fake scope.
 * Real workers are exercised end to end in Chromium (test/e2e/failures.e2e.ts).
 */
class FakeWorker extends EventTarget implements WorkerLike {
  readonly posted: Array<{ message: unknown; transfer: unknown }> = []
  terminated = false

  postMessage(message: unknown, transfer?: unknown): void {
    this.posted.push({ message, transfer })
  }

  terminate(): void {
    this.terminated = true
  }

  report<T>(data: WorkerReport<T>): void {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('running a file reader in a worker', () => {
  it('hands over the bytes without copying them, passes on progress and resolves with the answer', async () => {
    const worker = new FakeWorker()
    const progress: number[] = []
    const bytes = new Uint8Array([1, 2, 3])
    const task = runWorker<string>(() => worker, bytes, (fraction) => progress.push(fraction))
    expect(worker.posted).toEqual([{ message: bytes, transfer: [bytes.buffer] }])
    worker.report({ type: 'progress', fraction: 0.25 })
    worker.report({ type: 'progress', fraction: 0.75 })
    worker.report({ type: 'done', result: 'read' })
    await expect(task.result).resolves.toBe('read')
    expect(progress).toEqual([0.25, 0.75])
    expect(worker.terminated).toBe(true)
  })

  it('turns a crashed worker into a FileReaderFailure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const worker = new FakeWorker()
    const task = runWorker(() => worker, new Uint8Array(1), () => undefined)
    worker.dispatchEvent(new Event('error'))
    await expect(task.result).rejects.toBeInstanceOf(FileReaderFailure)
    expect(worker.terminated).toBe(true)
  })

  it('turns an answer that cannot arrive into a FileReaderFailure', async () => {
    const worker = new FakeWorker()
    const task = runWorker(() => worker, new Uint8Array(1), () => undefined)
    worker.dispatchEvent(new MessageEvent('messageerror'))
    await expect(task.result).rejects.toBeInstanceOf(FileReaderFailure)
  })

  it('turns a worker that cannot start into a FileReaderFailure', async () => {
    const task = runWorker(() => {
      throw new DOMException('Failed to construct Worker', 'SecurityError')
    }, new Uint8Array(1), () => undefined)
    await expect(task.result).rejects.toBeInstanceOf(FileReaderFailure)
  })

  it('stops the worker at once on cancel, and ignores what it might still send', async () => {
    const worker = new FakeWorker()
    const progress: number[] = []
    const task = runWorker(() => worker, new Uint8Array(1), (fraction) => progress.push(fraction))
    task.cancel()
    expect(worker.terminated).toBe(true)
    await expect(task.result).rejects.toBeInstanceOf(ReadingCancelled)
    worker.report({ type: 'done', result: 'too late' })
    task.cancel()
    await expect(task.result).rejects.toBeInstanceOf(ReadingCancelled)
  })
})

describe('inside the worker', () => {
  function fakeScope<T>() {
    const sent: Array<WorkerReport<T>> = []
    const scope = {
      onmessage: null as ((event: MessageEvent<Uint8Array>) => void) | null,
      postMessage: (message: WorkerReport<T>) => sent.push(message)
    }
    return { scope, sent }
  }

  it('answers a request with what the reading gives, after its progress in whole percent steps', async () => {
    const { scope, sent } = fakeScope<number>()
    serveWorker<number>(scope, async (bytes, onProgress) => {
      for (const fraction of [0.001, 0.005, 0.02, 0.021, 0.5, 1]) onProgress(fraction)
      return bytes.length
    })
    scope.onmessage?.(new MessageEvent('message', { data: new Uint8Array(7) }))
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'done', result: 7 }))
    expect(sent.slice(0, -1)).toEqual([
      { type: 'progress', fraction: 0.02 },
      { type: 'progress', fraction: 0.5 },
      { type: 'progress', fraction: 1 }
    ])
  })
})
