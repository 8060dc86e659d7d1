import { defineConfig, type UserConfig } from 'vite'
import electronViteConfig from './electron.vite.config'
import { createRoomHost } from './electron/room/room-host'
import { perMinute } from './electron/room/token-bucket'
import { roomPlugin } from './electron/room/web-room-plugin'
import { PARTICIPANT_OUT_DIR } from './vite.participant.config'

/**
 * The browser edition (`npm run web`, `vite build`, `vite preview`): exactly the renderer of the
 * desktop app, so both editions are built from one configuration — plus, for its dev and preview
 * servers, the room server beside the page (issue 14), which the desktop app starts from main.
 */
const { renderer } = electronViteConfig as { renderer: UserConfig }

/**
 * Joins a minute from one address (10 unless set): the end-to-end tests join all their phones from
 * loopback, one address, and set more (test/e2e/support/global-setup.ts).
 */
const joins = Number(process.env.ROOM_JOINS_PER_MINUTE)
const limits = Number.isInteger(joins) && joins > 0 ? { joinsPerAddress: perMinute(joins) } : {}

export default defineConfig({
  ...renderer,
  plugins: [...(renderer.plugins ?? []), roomPlugin(createRoomHost({ participantDir: PARTICIPANT_OUT_DIR, limits }))]
})
