import type { CrmMapping, FigureSettings, ImportResult } from '../../../shared/crm'
import { runWorkerWith, type WorkerTask } from '../workshops/worker-task'

/** What the CRM import worker is handed: the file's bytes (transferred) and what the room confirmed. */
export interface CrmImportRequest {
  bytes: Uint8Array
  mapping: CrmMapping
  settings: FigureSettings
}

/** Runs the import in its own worker, as file-readers.ts does for backups; component tests replace this module. */
export function importCrmFile(request: CrmImportRequest, onProgress: (fraction: number) => void): WorkerTask<ImportResult> {
  return runWorkerWith(() => new Worker(new URL('./crm-import.worker.ts', import.meta.url), { type: 'module' }), request, [request.bytes.buffer as ArrayBuffer], onProgress)
}
