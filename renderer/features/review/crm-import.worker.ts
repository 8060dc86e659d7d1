import { importExport, type ImportResult } from '../../../shared/crm'
import { serveWorker } from '../workshops/worker-protocol'
import type { CrmImportRequest } from './crm-reader'

/** Imports a CRM export off the window's thread (worker-task.ts); the import itself is shared/crm's. */
serveWorker<ImportResult, CrmImportRequest>(self as unknown as Parameters<typeof serveWorker<ImportResult, CrmImportRequest>>[0], ({ bytes, mapping, settings }, onProgress) =>
  // Cancel terminates the worker; yielding between pieces keeps it answering all the same.
  importExport(bytes, mapping, settings, { onProgress, yieldControl: () => new Promise((resolve) => setTimeout(resolve)) })
)
