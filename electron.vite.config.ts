import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp'

const root = import.meta.dirname
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }

/**
 * Each build lists the libraries it bundles with their licence texts (Vite's own collector, from
 * the packages it actually put into the bundle); packaging ships them beside the app.
 */
const LICENSES = 'third-party-licenses.md'

/** The built index.html carries the CSP itself, so every static server enforces it too. */
function cspMetaPlugin(): Plugin {
  return {
    name: 'smarketing-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend'
      }
    ]
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      license: { fileName: LICENSES },
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: everything is bundled into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset paths: out/renderer works from app://, file:// and any static server.
    base: './',
    plugins: [react(), cspMetaPlugin()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    build: {
      outDir: resolve(root, 'out/renderer'),
      license: { fileName: LICENSES },
      emptyOutDir: true,
      minify: true,
      // The first page's one script (about 550 kB, 180 kB gzip) is held to its budget by `npm run bench` (bundle-size).
      chunkSizeWarningLimit: 600,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // What the first page needs is one script: as a dozen small shared chunks it took a dozen
        // requests, two rounds over HTTP/1.1's six connections, before any of it ran (SPEC §9).
        output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } }
      }
    }
  }
})
