import type { RoomHost } from '../room/room-host'
import type { IpcHandlers } from './guard'

/**
 * Starting and ending room mode (issue 14 §1). The guard has already checked the sender (our
 * facilitator window) and the language; the room closes with that window. Only our own pages may
 * call the room's facilitator API across origins.
 */
export function roomHandlers(room: RoomHost, facilitatorOrigins: readonly string[]): IpcHandlers<'room:start' | 'room:stop'> {
  return {
    'room:start': async ({ language }, { window }) => room.start({ language, facilitatorOrigins, owner: window }),
    'room:stop': async () => {
      await room.stop()
      return { running: false }
    }
  }
}
