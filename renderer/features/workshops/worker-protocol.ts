/**
 * The two sides of a file-reading worker (worker-task.ts runs one): one request, the file's
 * bytes, in; progress reports and one answer out. Kept free of imports so a worker bundles only
 * the function it runs.
 */

/** What a worker sends back: how far it is, then its one answer. */
export type WorkerReport<T> = { type: 'progress'; fraction: number } | { type: 'done'; result: T }

/** Progress is reported in steps of at least this much: enough for a bar, few messages. */
const PROGRESS_STEP = 0.01

interface WorkerScope<T, Request = Uint8Array> {
  onmessage: ((event: MessageEvent<Request>) => void) | null
  postMessage(message: WorkerReport<T>): void
}

/** Inside a worker: answers each request with `read`, reporting its progress on the way. */
export function serveWorker<T, Request = Uint8Array>(scope: WorkerScope<T, Request>, read: (request: Request, onProgress: (fraction: number) => void) => Promise<T>): void {
  scope.onmessage = async (event) => {
    let reported = 0
    const onProgress = (fraction: number) => {
      if (fraction - reported < PROGRESS_STEP) return
      reported = fraction
      scope.postMessage({ type: 'progress', fraction })
    }
    // `read` never throws (parseBackupBytes, readSlaDocx); were it to, the worker's error event
    // reaches worker-task.ts, which tells the person.
    scope.postMessage({ type: 'done', result: await read(event.data, onProgress) })
  }
}
