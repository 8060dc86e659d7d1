import { resolve } from 'node:path'
import { build, defineConfig, type InlineConfig } from 'vite'

/**
 * The participants' page (issue 14 §2): what the phones open at `/r/<secret>/`. A page of its own,
 * no React, built apart from the app so it stays small (≤ 50 kB gzip) and carries nothing of the
 * app. The room server serves this directory (its `participantDir` option): at the room's secret,
 * and at the short address, where the same page asks a phone without a camera for the room code.
 */
const root = import.meta.dirname

/** Where `npm run build` puts the page; the desktop app and `npm run web` pass it to the room server. */
export const PARTICIPANT_OUT_DIR = resolve(root, 'out/participant')

export function participantConfig(outDir: string = PARTICIPANT_OUT_DIR): InlineConfig {
  return {
    configFile: false,
    root: resolve(root, 'participant'),
    // Relative asset paths: the page lives under a new secret each time.
    base: './',
    // No public/ folder: everything the page loads is in its bundle.
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      // The size budget is checked from the manifest and the files it names (room-phone.e2e.ts).
      manifest: true,
      // Inlined assets would be data: URLs in CSS; the CSP allows them only for images. Keep everything a file.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      target: 'es2020',
      rollupOptions: { input: { index: resolve(root, 'participant/index.html') } }
    }
  }
}

/** Builds the page once (for `npm run web` and the end-to-end test); resolves with the directory. */
export async function buildParticipantPage(outDir: string = PARTICIPANT_OUT_DIR): Promise<string> {
  await build(participantConfig(outDir))
  return outDir
}

export default defineConfig(participantConfig())
