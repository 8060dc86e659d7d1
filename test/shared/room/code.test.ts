import { describe, expect, it } from 'vitest'
import { displayRoomCode, normalizeRoomCode, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../shared/room/code'

describe('the room code', () => {
  it('has no characters a projector or a person mixes up', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike)
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length)
    // Enough codes that a few tries a minute find none: 31^6 ≈ 887 million.
    expect(ROOM_CODE_ALPHABET.length ** ROOM_CODE_LENGTH).toBeGreaterThan(800_000_000)
  })

  it.each([
    ['k7m2qx', 'K7M2QX'],
    [' K7M 2QX ', 'K7M2QX'],
    ['k7m-2qx', 'K7M2QX'],
    ['k7m\t2qx\n', 'K7M2QX'],
    ['<b>', '<B>']
  ])('reads %j as %j', (typed, code) => {
    expect(normalizeRoomCode(typed)).toBe(code)
  })

  it('is shown in two halves', () => {
    expect(displayRoomCode('K7M2QX')).toBe('K7M 2QX')
    expect(normalizeRoomCode(displayRoomCode('K7M2QX'))).toBe('K7M2QX')
  })
})
