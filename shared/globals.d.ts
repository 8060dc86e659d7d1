/*
 * The only platform globals the pure domain may use. Both the browser and Node 20 provide them;
 * declaring them here (instead of pulling in DOM or Node types) keeps shared/ portable. Beside them,
 * the workbook reader unpacks with DecompressionStream (Chromium, Node 18 and later), whose types
 * come with the Node types a dependency loads.
 */
declare global {
  interface Crypto {
    randomUUID(): string
  }
  const crypto: Crypto
  class TextEncoder {
    encode(input?: string): Uint8Array
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean })
    /** `stream`: more bytes follow, so a character cut at the end waits for them. */
    decode(input?: Uint8Array, options?: { stream?: boolean }): string
  }
}
export {}
