import { describe, expect, it, vi } from 'vitest'
import { sseResponse, type SseChannel } from '../../../electron/room/sse'

const OPTIONS = { heartbeatMs: 60_000, maxBuffered: 1_000, retryMs: 2_000 }

async function readAll(response: Response): Promise<string> {
  return await response.text()
}

describe('sseResponse', () => {
  it('writes each event as one id, event and data block after the retry hint', async () => {
    let channel: SseChannel | undefined
    const response = sseResponse({ 'X-Test': '1' }, OPTIONS, (opened) => {
      channel = opened
      return () => {}
    })
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(response.headers.get('x-test')).toBe('1')
    channel!.send('view', { text: 'two\nlines' })
    channel!.send('submission', { seq: 7 }, 7)
    channel!.close()
    expect(await readAll(response)).toBe('retry: 2000\n\nevent: view\ndata: {"text":"two\\nlines"}\n\nid: 7\nevent: submission\ndata: {"seq":7}\n\n')
  })

  it('gathers the events sent within gatherMs into one chunk, and writes what it gathered before it closes', async () => {
    vi.useFakeTimers()
    try {
      let channel: SseChannel | undefined
      const response = sseResponse({}, { ...OPTIONS, gatherMs: 20 }, (opened) => {
        channel = opened
        return () => {}
      })
      const reader = response.body!.getReader()
      const decoder = new TextDecoder()
      expect(decoder.decode((await reader.read()).value)).toBe('retry: 2000\n\n')
      channel!.send('submission', { seq: 1 }, 1)
      channel!.send('submission', { seq: 2 }, 2)
      const next = reader.read()
      await vi.advanceTimersByTimeAsync(19)
      let arrived = false
      void next.then(() => (arrived = true))
      await Promise.resolve()
      expect(arrived).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(decoder.decode((await next).value)).toBe('id: 1\nevent: submission\ndata: {"seq":1}\n\nid: 2\nevent: submission\ndata: {"seq":2}\n\n')
      channel!.send('submission', { seq: 3 }, 3)
      channel!.close()
      expect(decoder.decode((await reader.read()).value)).toBe('id: 3\nevent: submission\ndata: {"seq":3}\n\n')
      expect((await reader.read()).done).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('drops a stream whose reader stopped reading once more than its buffer waits, and cleans up once', async () => {
    const cleanUp = vi.fn()
    let channel: SseChannel | undefined
    const response = sseResponse({}, OPTIONS, (opened) => {
      channel = opened
      return cleanUp
    })
    const sent: boolean[] = []
    for (let i = 0; i < 20; i++) sent.push(channel!.send('view', { padding: 'x'.repeat(100) }))
    expect(sent.indexOf(false)).toBeGreaterThan(0)
    expect(sent.slice(sent.indexOf(false)).every((ok) => !ok)).toBe(true)
    expect(cleanUp).toHaveBeenCalledOnce()
    await expect(response.text()).rejects.toThrow()
    channel!.close()
    expect(cleanUp).toHaveBeenCalledOnce()
  })

  it('cleans up when the reader goes away', async () => {
    const cleanUp = vi.fn()
    const response = sseResponse({}, OPTIONS, () => cleanUp)
    await response.body!.cancel()
    expect(cleanUp).toHaveBeenCalledOnce()
  })
})
