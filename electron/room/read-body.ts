import type { IncomingMessage } from 'node:http'

/**
 * A request's body as text, or refused as too large as soon as it passes `maxBytes` (declared or streamed
 * without a length). Read straight from Node's request: the web Request Hono would build for it
 * costs more processor time than the rest of an answer's handling (the room bench, 200 phones).
 * What is left of a refused body is drained or cut off by @hono/node-server after the answer.
 */
export type BodyText = { text: string } | { refused: 'tooLarge' | 'broken' }

export function readLimited(incoming: IncomingMessage, maxBytes: number): Promise<BodyText> {
  if (Number(incoming.headers['content-length']) > maxBytes) return Promise.resolve({ refused: 'tooLarge' })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (result: BodyText) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        incoming.pause()
        finish({ refused: 'tooLarge' })
      } else chunks.push(chunk)
    }
    const onEnd = () => finish({ text: Buffer.concat(chunks).toString('utf8') })
    // The connection broke before the body was whole.
    const onError = () => finish({ refused: 'broken' })
    incoming.on('data', onData).on('end', onEnd).on('error', onError)
  })
}
