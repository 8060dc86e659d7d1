import { defineConfig } from 'vite'
import { createRoomHost } from '../../electron/room/room-host'
import { perMinute } from '../../electron/room/token-bucket'
import { roomPlugin } from '../../electron/room/web-room-plugin'

/**
 * The preview server of room-typing.mjs: the built browser edition with the room server beside it,
 * as under `npm run web` (vite.config.ts), except that every simulated phone joins from loopback,
 * one address — so joins enough for all of them (BENCH_ROOM_PHONES); the room's other limits stay.
 * No participants' page: the simulated phones speak to the room's API only.
 */
const phones = Number(process.env.BENCH_ROOM_PHONES) || 200

export default defineConfig({
  plugins: [roomPlugin(createRoomHost({ limits: { joinsPerAddress: perMinute(phones) } }))]
})
