import { parseBackupBytes, type ParseResult } from '../../../shared/backup/parse-backup'
import { serveWorker } from './worker-protocol'

/** Reads a backup file off the window's thread (worker-task.ts); the reading itself is shared/backup's. */
serveWorker<ParseResult>(self as unknown as Parameters<typeof serveWorker<ParseResult>>[0], (bytes, onProgress) => parseBackupBytes(bytes, { onProgress }))
