import type { ParseResult } from '../../../shared/backup/parse-backup'
import type { SlaDocxReading } from '../../../shared/docx/sla/read-sla-docx'
import { runWorker, type WorkerTask } from './worker-task'

/**
 * The files the person opens, each read by its own worker. The `new Worker(new URL(…))` form
 * is the one Vite recognises and bundles; component tests replace this module.
 */
export function readBackupFile(bytes: Uint8Array, onProgress: (fraction: number) => void): WorkerTask<ParseResult> {
  return runWorker(() => new Worker(new URL('./backup-reader.worker.ts', import.meta.url), { type: 'module' }), bytes, onProgress)
}

export function readSlaFile(bytes: Uint8Array, onProgress: (fraction: number) => void): WorkerTask<SlaDocxReading> {
  return runWorker(() => new Worker(new URL('./sla-reader.worker.ts', import.meta.url), { type: 'module' }), bytes, onProgress)
}
