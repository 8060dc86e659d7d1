/**
 * The room code (issue 14 §1): what a phone without a camera types at the room's short address
 * instead of scanning the QR code. Six characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), so nobody misreads it on a projector: 31^6 ≈ 887 million codes, against at most a few
 * tries a minute (electron/room/server.ts). A new code comes with every new secret. Pure and free
 * of zod, so the participants' page uses the same rules.
 */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const ROOM_CODE_LENGTH = 6

/**
 * A code as a person types it, as the room compares it: case does not matter, and spaces (or a
 * dash, as a code is sometimes written in two halves) are left out. Anything that is not a code
 * stays what it is and simply does not match.
 */
export function normalizeRoomCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase()
}

/** The code as the screen shows it: two halves of three, easier to read out and to type. */
export function displayRoomCode(code: string): string {
  return `${code.slice(0, ROOM_CODE_LENGTH / 2)} ${code.slice(ROOM_CODE_LENGTH / 2)}`
}
