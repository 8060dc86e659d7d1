import { importExport, readExportHead, type HeadResult, type ImportResult } from '../../../shared/crm'
import { serveWorker } from '../workshops/worker-protocol'
import type { CrmWorkerRequest } from './crm-reader'

/** Reads a CRM export's head, or imports it, off the window's thread (worker-task.ts); the reading itself is shared/crm's. */
serveWorker<HeadResult | ImportResult, CrmWorkerRequest>(self as unknown as Parameters<typeof serveWorker<HeadResult | ImportResult, CrmWorkerRequest>>[0], async (request, onProgress) =>
  request.job === 'head'
    ? readExportHead(request.bytes)
    : // Cancel terminates the worker; yielding between pieces keeps it answering all the same.
      importExport(request.bytes, request.mapping, request.settings, { onProgress, yieldControl: () => new Promise((resolve) => setTimeout(resolve)) })
)
