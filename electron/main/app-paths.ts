import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app } from 'electron'

/**
 * Where the app keeps its data and finds its own files.
 *
 * The userData folder is named by this constant, not by the product name, so renaming the product
 * (or its package) never leaves the workshops of existing users behind in an orphaned folder.
 */
export const USER_DATA_FOLDER_NAME = 'smarketing-studio'

/**
 * Must run before `app.requestSingleInstanceLock()` (the lock lives in userData) and before the
 * app is ready (Chromium opens its storage there).
 */
export function pinUserDataPath(): void {
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER_NAME))
}

// Resolved against the bundled out/main/index.js (electron-vite emits one file), not this source.
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
export const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))
/** The participants' page the room server serves to phones (`npm run build` emits it beside the renderer). */
export const PARTICIPANT_DIR = fileURLToPath(new URL('../participant', import.meta.url))
