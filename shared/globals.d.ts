/*
 * The only platform globals the pure domain may use. Both the browser and Node 20 provide them;
 * declaring them here (instead of pulling in DOM or Node types) keeps shared/ portable.
 */
declare global {
  interface SubtleCrypto {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>
  }
  interface Crypto {
    readonly subtle: SubtleCrypto
    randomUUID(): string
  }
  const crypto: Crypto
  class TextEncoder {
    encode(input?: string): Uint8Array
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean })
    decode(input?: Uint8Array): string
  }
}
export {}
