import { importExport, readExportHead, type HeadResult, type ImportResult } from '../../../shared/crm'
import { serveWorker } from '../workshops/worker-protocol'
import type { CrmWorkerRequest } from './crm-reader'

/**
 * One turn of the worker's event loop between two pieces of the file. A message to itself, not
 * `setTimeout`: after five nested timeouts the browser waits at least 4 ms for each, and a
 * workbook of 100,000 rows is read in several hundred pieces, which spent over a second waiting.
 */
const channel = new MessageChannel()
const waiting: Array<() => void> = []
channel.port1.onmessage = () => waiting.shift()?.()
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve)
    channel.port2.postMessage(null)
  })
}

/** Reads a CRM export's head, or imports it, off the window's thread (worker-task.ts); the reading itself is shared/crm's. */
serveWorker<HeadResult | ImportResult, CrmWorkerRequest>(self as unknown as Parameters<typeof serveWorker<HeadResult | ImportResult, CrmWorkerRequest>>[0], async (request, onProgress) =>
  request.job === 'head'
    ? readExportHead(request.bytes)
    : // Cancel terminates the worker; yielding between pieces keeps it answering all the same.
      importExport(request.bytes, request.mapping, request.settings, { onProgress, yieldControl: nextTurn })
)
