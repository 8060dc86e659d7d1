import { readSlaDocx, type SlaDocxReading } from '../../../shared/docx/sla/read-sla-docx'
import { serveWorker } from './worker-protocol'

/** Reads an SLA's Word file off the window's thread (worker-task.ts); the reading itself is shared/docx's. */
serveWorker<SlaDocxReading>(self as unknown as Parameters<typeof serveWorker<SlaDocxReading>>[0], (bytes, onProgress) => readSlaDocx(bytes, onProgress))
