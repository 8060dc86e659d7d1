import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from './chromium'

const ROOT = resolve(import.meta.dirname, '../../..')
/** E2E_RENDERER_DIR lets a second copy of the build be tested while out/ is being rebuilt. */
const RENDERER_OUT = process.env.E2E_RENDERER_DIR ?? resolve(ROOT, 'out/renderer')
const PORT = Number(process.env.E2E_PORT ?? 4173)

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Serves the built browser edition (out/renderer) with Vite's preview — started with Node itself so
 * no shell or npx stays behind, with the browser edition's configuration so that room mode works as
 * under `npm run web` — for all end-to-end tests.
 */
export default async function setup(project: TestProject) {
  findChromium()
  if (!existsSync(resolve(RENDERER_OUT, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` first (npm run test:e2e does).')
  }
  const server = spawn(
    process.execPath,
    // The browser edition's own configuration, for its room server beside the page (issue 14).
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--config',
      resolve(ROOT, 'vite.config.ts'),
      '--outDir',
      RENDERER_OUT,
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort'
    ],
    {
      cwd: resolve(ROOT, 'test/e2e/support/preview-root'),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Every phone of every test joins from loopback, one address: more joins a minute than a
      // real address gets, still far from letting one address fill the room (vite.config.ts).
      env: { ...process.env, ROOM_JOINS_PER_MINUTE: '30' }
    }
  )
  const baseUrl = `http://127.0.0.1:${PORT}/`
  await waitForServer(server, baseUrl)
  project.provide('baseUrl', baseUrl)
  return () => stop(server)
}

async function waitForServer(server: ChildProcess, url: string) {
  let output = ''
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The static server stopped: ${output}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  stop(server)
  throw new Error(`The static server did not answer at ${url} within 20 s: ${output}`)
}

function stop(server: ChildProcess) {
  if (server.exitCode === null) server.kill('SIGTERM')
}
