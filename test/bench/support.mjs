// Shared plumbing of the benchmarks: paths, builds, the static server, Chromium and the figures.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createServer as createViteServer } from 'vite'

export const ROOT = resolve(import.meta.dirname, '../..')

/** The same flags as test/e2e/support/chromium.ts: no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

export function findChromium(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium']
  try {
    candidates.push(chromium.executablePath())
  } catch {
    // Playwright has no browser of its own here.
  }
  const found = candidates.find((path) => path && existsSync(path))
  if (!found) throw new Error('No Chromium found: set CHROMIUM_PATH or install one (`apt-get install chromium`).')
  return found
}

/** Vite's SSR loader over the repository: benchmarks of shared/ run its TypeScript in Node. Close it when done. */
export function moduleLoader() {
  return createViteServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true }
  })
}

/** run.mjs handles the signals itself, so its clean-up (server, temp dir) runs before the exit. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false
  })
}

/** Runs a Node script to completion; rejects with its output when it fails. */
export function runNode(args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`node ${args.join(' ')} failed (${code ?? signal}):\n${output}`))
    )
  })
}

/** The renderer exactly as `npm run build` makes it, but into `outDir` (out/ is left alone). */
export async function buildApp(outDir) {
  await runNode([resolve(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir])
  return resolve(outDir, 'renderer')
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePromise(port))
    })
  })
}

/**
 * Vite's preview server over `dir`, started with Node itself (no shell or npx left behind), from
 * `cwd` so that no vite.config is picked up unless `config` names one (with `port` and `env`, for a
 * second server beside the first). Returns the URL and a stop function.
 */
export async function startPreview(dir, cwd, { config, port: chosen, env } = {}) {
  const port = chosen ?? (Number(process.env.BENCH_PORT) || (await freePort()))
  const server = spawn(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      ...(config ? ['--config', config] : []),
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort'
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } }
  )
  let output = ''
  server.stdout.on('data', (chunk) => (output += chunk))
  server.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((r) => server.once('exit', r))
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM')
      await Promise.race([exited, sleep(3000)])
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
    }
  }
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The preview server stopped: ${output}`)
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  await stop()
  throw new Error(`The preview server did not answer at ${url} within 20 s: ${output}`)
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)))

export function quantile(values, q) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest rank: the p95 is a value that was really measured.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

export const median = (values) => quantile(values, 0.5)

/**
 * One printed line: a figure next to its budget. `within` decides the verdict; figures are
 * reported, never asserted.
 */
export function figure({ label, value, budget, within, detail }) {
  return { label, value, budget, within, detail }
}

export const ms = (value) => `${Math.round(value)} ms`
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

export function printSection(title, figures) {
  console.log(`\n${title}`)
  const width = Math.max(...figures.map((f) => f.label.length))
  for (const f of figures) {
    const verdict = f.within === undefined ? '' : f.within ? 'within budget' : 'OVER BUDGET'
    const budget = f.budget ? `budget ${f.budget}` : ''
    console.log(`  ${f.label.padEnd(width)}  ${String(f.value).padEnd(30)} ${budget.padEnd(30)} ${verdict}`.trimEnd())
    if (f.detail) console.log(`  ${' '.repeat(width)}  ${f.detail}`)
  }
}

/**
 * Every figure that has a budget, side by side in one table: what was measured, the budget, the
 * verdict. A benchmark that could not be measured says so in its row.
 */
export function printSummary(results, { quick = false } = {}) {
  const rows = results.flatMap(({ title, figures, error }) =>
    error !== undefined
      ? [{ label: title, value: 'not measured', budget: '', verdict: `FAILED: ${error}` }]
      : figures
          .filter((f) => f.budget !== undefined)
          .map((f) => ({ label: f.label, value: String(f.value), budget: f.budget, verdict: f.within ? 'within budget' : 'OVER BUDGET' }))
  )
  if (rows.length === 0) return
  const width = (key, header) => Math.max(header.length, ...rows.map((row) => row[key].length))
  const columns = [
    ['label', 'figure'],
    ['value', 'measured'],
    ['budget', 'budget']
  ].map(([key, header]) => ({ key, header, width: width(key, header) }))
  const line = (cells) => `  ${cells.map((cell, i) => (i < columns.length ? cell.padEnd(columns[i].width) : cell)).join('  ')}`.trimEnd()
  console.log(`\nSummary: every budgeted figure${quick ? ' (--quick: few runs, the figures only show that each benchmark works)' : ''}`)
  console.log(line([...columns.map((c) => c.header), 'verdict']))
  console.log(line([...columns.map((c) => '-'.repeat(c.width)), '-------']))
  for (const row of rows) console.log(line([row.label, row.value, row.budget, row.verdict]))
}

/** A fresh browser context (own IndexedDB) in the app's English UI; `beforeLoad` runs in the page before the app's scripts. */
export async function newAppPage(browser, url, beforeLoad) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } })
  if (beforeLoad) await context.addInitScript(beforeLoad)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.goto(url)
  return { context, page, errors }
}

/** Creates a workshop through the UI; resolves with its id, the overview open. */
export async function createWorkshop(page, title) {
  await page.getByRole('button', { name: /New workshop/ }).first().click()
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Organisation', { exact: true }).fill('Benchmark GmbH')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.waitForURL(/#\/workshop\/[^/]+\//)
  return decodeURIComponent(/#\/workshop\/([^/]+)\//.exec(page.url())[1])
}

/** The app's copy of the list's first frame and its generation in localStorage (renderer/db/list-snapshot.ts). */
export const SNAPSHOT_KEY = 'smarketing.listSnapshot'
const GENERATION_KEY = 'smarketing.dataGeneration'

/** Stores `count - 1` copies of the template workshop, with its items, straight into IndexedDB (see seedInPage). */
export function seedWorkshops(page, { templateId, count }) {
  return page.evaluate(seedInPage, { templateId, count, keys: { snapshot: SNAPSHOT_KEY, generation: GENERATION_KEY } })
}

/** Copies the workshop the app really created (with its example items) until there are `count`. */
function seedInPage({ templateId, count, keys }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('smarketing-studio')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const connection = open.result
      const read = connection.transaction(['workshops', 'items'], 'readonly')
      const workshopRequest = read.objectStore('workshops').get(templateId)
      const itemsRequest = read.objectStore('items').index('workshopId').getAll(templateId)
      read.oncomplete = () => {
        const template = workshopRequest.result
        const items = itemsRequest.result
        const write = connection.transaction(['workshops', 'items'], 'readwrite')
        const now = Date.now()
        for (let n = 1; n < count; n++) {
          const id = crypto.randomUUID()
          const at = now - n * 3_600_000
          write.objectStore('workshops').add({
            ...structuredClone(template),
            id,
            title: `Workshop ${String(n).padStart(3, '0')} · ${template.organisation}`,
            createdAt: at,
            updatedAt: at
          })
          for (const item of items) write.objectStore('items').add({ ...structuredClone(item), id: crypto.randomUUID(), workshopId: id })
        }
        write.oncomplete = () => {
          connection.close()
          // Written beside the app, so told as the app's own writes tell it: its copy of the list's first frame no longer counts.
          localStorage.removeItem(keys.snapshot)
          localStorage.setItem(keys.generation, crypto.randomUUID())
          resolve({ itemsPerWorkshop: items.length })
        }
        write.onerror = () => reject(write.error)
      }
      read.onerror = () => reject(read.error)
    }
  })
}
