import { decodeBase64 } from '../domain/base64'
import { SIGNATURE_IMAGE } from './measures'

/** Decoded in the domain, where the seal of a signed version hashes the same bytes. */
export { decodeBase64 }

/**
 * Drawn signatures arrive as PNG data URLs from the signature pad. Anything that is not a PNG
 * with a sane size is refused (null) and the document says so in words instead of embedding a
 * broken picture.
 */
const PREFIX = /^data:image\/png;base64,/i
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** Larger than any signature pad produces; keeps a hostile record from bloating the file. */
const MAX_BYTES = 2_000_000
const MAX_SIDE = 10_000

export interface PngImage {
  data: Uint8Array
  width: number
  height: number
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) * 2 ** 24) + (((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0))
}

/** The PNG in a data URL with its pixel size (from the IHDR chunk), or null when it is not one. */
export function pngFromDataUrl(dataUrl: string | null): PngImage | null {
  if (!dataUrl || !PREFIX.test(dataUrl) || dataUrl.length > (MAX_BYTES * 4) / 3 + 64) return null
  const data = decodeBase64(dataUrl.replace(PREFIX, ''))
  if (!data || data.length < 24 || !PNG_SIGNATURE.every((byte, index) => data[index] === byte)) return null
  const width = readUint32(data, 16)
  const height = readUint32(data, 20)
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return null
  return { data, width, height }
}

/** The size to draw a signature at: as large as fits the signature box, never stretched. */
export function signatureSize(image: Pick<PngImage, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(SIGNATURE_IMAGE.maxWidth / image.width, SIGNATURE_IMAGE.maxHeight / image.height, 1)
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) }
}
