import { defineConfig, type UserConfig } from 'vite'
import electronViteConfig from './electron.vite.config'
import { createRoomHost } from './electron/room/room-host'
import { roomPlugin } from './electron/room/web-room-plugin'
import { PARTICIPANT_OUT_DIR } from './vite.participant.config'

/**
 * The browser edition (`npm run web`, `vite build`, `vite preview`): exactly the renderer of the
 * desktop app, so both editions are built from one configuration — plus, for its dev and preview
 * servers, the room server beside the page (issue 14), which the desktop app starts from main.
 */
const { renderer } = electronViteConfig as { renderer: UserConfig }

export default defineConfig({ ...renderer, plugins: [...(renderer.plugins ?? []), roomPlugin(createRoomHost({ participantDir: PARTICIPANT_OUT_DIR }))] })
