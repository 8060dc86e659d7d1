// `npm run bench`: the SPEC §9 speed figures, printed next to their budgets (not pass/fail),
// each benchmark's detail first and then every budgeted figure side by side in one table.
//
// Each benchmark is a module exporting `title` and `run(context)` returning figures, and may
// export `prepare(context)` for work before the server starts. Add a new one to BENCHMARKS.
// `npm run bench -- autosave` runs only the benchmarks whose file name contains "autosave".
// `npm run bench -- --quick` runs every benchmark briefly (few loads, keystrokes and runs): it
// shows that each still works, in well under a minute (CI), not how fast the app is.
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { buildApp, launchChromium, printSection, printSummary, startPreview } from './support.mjs'

const BENCHMARKS = ['bundle-size.mjs', 'list-startup.mjs', 'autosave.mjs', 'keystroke-paint.mjs', 'docx-export.mjs', 'crm-import.mjs', 'crm-import-frames.mjs', 'room-load.mjs', 'room-typing.mjs']

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const filters = args.filter((arg) => arg !== '--quick')
if (quick) {
  // The benchmarks read their counts from these when they load; a count given by hand still wins.
  const short = { BENCH_LOADS: '1', BENCH_KEYSTROKES: '8', BENCH_DOCX_RUNS: '1', BENCH_DOCX_WARM_UP: '1', BENCH_CRM_RUNS: '1', BENCH_CRM_ROWS: '10000', BENCH_ROOM_PHONES: '20', BENCH_ROOM_SECONDS: '2' }
  for (const [name, value] of Object.entries(short)) process.env[name] ??= value
}
const selected = BENCHMARKS.filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
if (selected.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}. Known: ${BENCHMARKS.join(', ')}`)
  process.exit(2)
}

/**
 * Undone last-in, first-out, one at a time (the browser must be closed before the process exits),
 * and drained again at the end so nothing started late stays behind.
 */
const cleanups = []
let cleaning = Promise.resolve()
function cleanUp() {
  cleaning = cleaning.then(async () => {
    while (cleanups.length > 0) {
      await cleanups.pop()().catch((error) => console.error(`Clean-up failed: ${error}`))
    }
  })
  return cleaning
}

let interrupted = false
const stopIfInterrupted = () => {
  if (interrupted) throw new Error('Interrupted')
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    interrupted = true
    console.error(`\n${signal}: stopping the browser and the server, removing the temp folder`)
    // Closing the browser makes the running benchmark fail fast; the main flow then cleans up the rest.
    void cleanUp()
    setTimeout(() => process.exit(130), 15_000).unref()
  })
}

let failed = false
try {
  const tmpDir = await mkdtemp(resolve(tmpdir(), 'smarketing-bench-'))
  cleanups.push(() => rm(tmpDir, { recursive: true, force: true, maxRetries: 3 }))

  const started = performance.now()
  const rendererDir = await buildApp(resolve(tmpDir, 'out'))
  const modules = await Promise.all(selected.map(async (file) => ({ file, ...(await import(`./${file}`)) })))
  const context = { tmpDir, rendererDir }
  for (const module of modules) await module.prepare?.(context)
  console.log(`Built the renderer into ${rendererDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  stopIfInterrupted()

  const server = await startPreview(rendererDir, tmpDir)
  cleanups.push(server.stop)
  stopIfInterrupted()
  const browser = await launchChromium()
  cleanups.push(() => browser.close())
  stopIfInterrupted()

  const [load1] = loadavg()
  console.log(
    `Chromium ${browser.version()}, Node ${process.version}, ${availableParallelism()} CPUs, load average ${load1.toFixed(1)}` +
      ' — figures depend on the machine and its load; compare runs on the same machine.'
  )
  Object.assign(context, { browser, baseUrl: server.url })
  const results = []
  for (const module of modules) {
    stopIfInterrupted()
    try {
      const figures = await module.run(context)
      printSection(module.title, figures)
      results.push({ title: module.title, figures })
    } catch (error) {
      failed = true
      stopIfInterrupted()
      console.error(`\n${module.title}\n  could not be measured: ${error instanceof Error ? error.stack : error}`)
      results.push({ title: module.title, error: error instanceof Error ? error.message.split('\n')[0] : String(error) })
    }
  }
  printSummary(results, { quick })
} catch (error) {
  failed = true
  if (!interrupted) console.error(error instanceof Error ? error.stack : error)
} finally {
  await cleanUp()
}
process.exit(interrupted ? 130 : failed ? 1 : 0)
