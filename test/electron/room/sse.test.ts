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
