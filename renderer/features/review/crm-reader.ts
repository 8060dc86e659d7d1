import type { CrmMapping, FigureSettings, HeadResult, ImportResult } from '../../../shared/crm'
import { runWorkerWith, type WorkerTask } from '../workshops/worker-task'

/** What the CRM import worker is handed: the file's bytes (transferred) and what the room confirmed. */
export interface CrmImportRequest {
  bytes: Uint8Array
  mapping: CrmMapping
  settings: FigureSettings
}

/** The worker's two jobs: the head of a file (header row, preview, preset) and the import. */
export type CrmWorkerRequest = ({ job: 'head' } & Pick<CrmImportRequest, 'bytes'>) | ({ job: 'import' } & CrmImportRequest)

const startWorker = () => new Worker(new URL('./crm-import.worker.ts', import.meta.url), { type: 'module' })

/** Runs the import in its own worker, as file-readers.ts does for backups; component tests replace this module. */
export function importCrmFile(request: CrmImportRequest, onProgress: (fraction: number) => void): WorkerTask<ImportResult> {
  return runWorkerWith(startWorker, { job: 'import', ...request } satisfies CrmWorkerRequest, [request.bytes.buffer as ArrayBuffer], onProgress)
}

/**
 * Reads the head of a CRM export in a worker too, so even unpacking a large workbook never holds
 * up the window. The bytes are copied, not transferred: the import needs them once the mapping is
 * confirmed. A worker that fails is an unreadable file for the person.
 */
export async function readCrmHead(bytes: Uint8Array): Promise<HeadResult | { ok: false; problem: 'unreadable' }> {
  try {
    return await runWorkerWith<HeadResult>(startWorker, { job: 'head', bytes } satisfies CrmWorkerRequest, [], () => undefined).result
  } catch (error) {
    console.error('Reading the head of the CRM export failed', error)
    return { ok: false, problem: 'unreadable' }
  }
}
