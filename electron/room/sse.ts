/**
 * A server-sent events stream as a web Response (what Hono hands to Node). Written here rather
 * than with Hono's streamSSE because the room needs what that helper hides: a stream whose
 * reader stops reading (a phone asleep with its socket still open) is dropped once `maxBuffered`
 * bytes wait for it, instead of holding the room's memory; the phone reconnects and is sent the
 * whole view again.
 */
export interface SseChannel {
  /** Queues one event; false when the channel is closed (or closes now because its reader stalled). */
  send(event: string, data: unknown, id?: number): boolean
  /** Ends the stream after what is queued; the `open` clean-up runs once. */
  close(): void
}

export interface SseOptions {
  /** A comment line this often keeps Wi-Fi access points and phones from dropping an idle stream. */
  heartbeatMs: number
  maxBuffered: number
  /** How soon a browser reconnects after the stream broke. */
  retryMs: number
  /**
   * Events sent within this many milliseconds of the first are written together, so that the
   * reader handles one chunk instead of one per event (the facilitator's page, while 200 phones
   * answer). 0 or absent: each event at once.
   */
  gatherMs?: number
}

const encoder = new TextEncoder()

export function sseResponse(
  headers: Record<string, string>,
  options: SseOptions,
  open: (channel: SseChannel) => () => void
): Response {
  let closed = false
  let cleanUp: (() => void) | undefined
  let heartbeat: ReturnType<typeof setInterval> | undefined
  let gathered = ''
  let gathering: ReturnType<typeof setTimeout> | undefined
  const finish = () => {
    closed = true
    clearInterval(heartbeat)
    clearTimeout(gathering)
    const once = cleanUp
    cleanUp = undefined
    once?.()
  }
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const push = (text: string): boolean => {
          if (closed) return false
          controller.enqueue(encoder.encode(text))
          if ((controller.desiredSize ?? 0) >= 0) return true
          // The reader stopped reading: drop what waits for it and let it reconnect.
          finish()
          controller.error(new Error('The reader stopped reading'))
          return false
        }
        const flush = (): boolean => {
          clearTimeout(gathering)
          gathering = undefined
          const text = gathered
          gathered = ''
          return text === '' || push(text)
        }
        const channel: SseChannel = {
          send(event, data, id) {
            // JSON.stringify never writes a line break, so every event is one `data:` line.
            const text = `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
            if (!options.gatherMs) return push(text)
            if (closed) return false
            gathered += text
            gathering ??= setTimeout(flush, options.gatherMs)
            return true
          },
          close() {
            if (closed) return
            if (!flush()) return
            finish()
            controller.close()
          }
        }
        push(`retry: ${options.retryMs}\n\n`)
        heartbeat = setInterval(() => push(': keep-alive\n\n'), options.heartbeatMs)
        heartbeat.unref?.()
        const opened = open(channel)
        // Closed while opening (a stream over its limit at once): clean up now.
        if (closed) opened()
        else cleanUp = opened
      },
      cancel: finish
    },
    new ByteLengthQueuingStrategy({ highWaterMark: options.maxBuffered })
  )
  return new Response(body, {
    headers: { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' }
  })
}
