import { useEffect, useRef, useState } from 'react'
import type { WorkerTask } from './worker-task'

export type ReadingKind = 'backup' | 'sla' | 'crm'

export interface ReadingProgress {
  /** Tells one reading from the next. */
  id: number
  kind: ReadingKind
  /** 0 … 1 */
  fraction: number
}

let nextId = 1

/**
 * One file read at a time, in a worker, with its progress for FileReadingDialog and a way to
 * cancel it. Leaving the screen cancels a reading still running.
 */
export function useFileReading() {
  const [progress, setProgress] = useState<ReadingProgress | null>(null)
  const running = useRef<WorkerTask<unknown> | null>(null)

  useEffect(() => () => running.current?.cancel(), [])

  const read = async <T,>(kind: ReadingKind, start: (onProgress: (fraction: number) => void) => WorkerTask<T>): Promise<T> => {
    running.current?.cancel()
    const id = nextId++
    setProgress({ id, kind, fraction: 0 })
    const task = start((fraction) => setProgress({ id, kind, fraction }))
    running.current = task
    try {
      return await task.result
    } finally {
      if (running.current === task) {
        running.current = null
        setProgress(null)
      }
    }
  }

  return { progress, read, cancel: () => running.current?.cancel() }
}
