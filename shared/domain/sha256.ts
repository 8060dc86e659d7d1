import { sha256 } from '@noble/hashes/sha2'

/**
 * SHA-256 as 64 lowercase hex digits, computed synchronously: the seal of a signed version is
 * checked while a screen renders, inside an IndexedDB transaction (which must not wait for a
 * promise) and in the pure migrations of the database and the backup file — WebCrypto's
 * promise-only digest fits none of them.
 */
export function sha256Hex(data: string | Uint8Array): string {
  const digest = sha256(typeof data === 'string' ? new TextEncoder().encode(data) : data)
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
