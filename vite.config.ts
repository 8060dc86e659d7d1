import { defineConfig, type UserConfig } from 'vite'
import electronViteConfig from './electron.vite.config'

/**
 * The browser edition (`npm run web`, `vite build`): exactly the renderer of the desktop app, so
 * both editions are built from one configuration.
 */
const { renderer } = electronViteConfig as { renderer: UserConfig }

export default defineConfig(renderer)
