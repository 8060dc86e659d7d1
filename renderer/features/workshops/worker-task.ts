import { FileReaderFailure } from '../../app/failure-message'
import type { WorkerReport } from './worker-protocol'

/**
 * Reading a file the person picked runs in a Web Worker (issue 11): a huge or hostile file keeps
 * the worker busy, never the window, and Cancel ends it at once by terminating the worker. The
 * worker is a thin wrapper around a pure function of shared/ (see the *.worker.ts files); this
 * module is its other half: one request in, progress reports and one answer out.
 */

/** The person cancelled the reading; nothing was read, nothing changed. */
export class ReadingCancelled extends Error {
  constructor() {
    super('Reading cancelled')
    this.name = 'ReadingCancelled'
  }
}

export interface WorkerTask<T> {
  result: Promise<T>
  /** Stops the worker where it is; `result` then rejects with ReadingCancelled. */
  cancel(): void
}

/** The part of a Worker this module uses, so tests can hand in their own. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>

/**
 * Starts a worker, hands it `bytes` (transferred, not copied: the file can be tens of megabytes)
 * and reports its progress until it answers. A worker that fails to start or crashes ends in a
 * FileReaderFailure, which the person is told like every other failure.
 */
export function runWorker<T>(start: () => WorkerLike, bytes: Uint8Array, onProgress: (fraction: number) => void): WorkerTask<T> {
  return runWorkerWith(start, bytes, [bytes.buffer as ArrayBuffer], onProgress)
}

/** The same with a request that carries more than the bytes (the CRM import's mapping and settings); `transfer` names the buffers it hands over. */
export function runWorkerWith<T>(start: () => WorkerLike, request: unknown, transfer: Transferable[], onProgress: (fraction: number) => void): WorkerTask<T> {
  let worker: WorkerLike | null = null
  let settle: { resolve(value: T): void; reject(error: unknown): void } | null = null
  const result = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const finish = (outcome: { value: T } | { error: unknown }) => {
    worker?.terminate()
    worker = null
    const pending = settle
    settle = null
    if (!pending) return
    if ('value' in outcome) pending.resolve(outcome.value)
    else pending.reject(outcome.error)
  }
  try {
    worker = start()
    worker.addEventListener('message', (event: MessageEvent<WorkerReport<T>>) => {
      const report = event.data
      if (report.type === 'progress') onProgress(report.fraction)
      else finish({ value: report.result })
    })
    worker.addEventListener('error', (event) => {
      // Logged for whoever debugs it; the person is told through failureMessage.
      console.error('File reader failed', event)
      finish({ error: new FileReaderFailure(event) })
    })
    worker.addEventListener('messageerror', (event) => finish({ error: new FileReaderFailure(event) }))
    worker.postMessage(request, transfer)
  } catch (error) {
    finish({ error: new FileReaderFailure(error) })
  }
  return { result, cancel: () => finish({ error: new ReadingCancelled() }) }
}
