// SPEC §9 "an SLA export takes well under a second": building and packing the Word document.
// Runs the TypeScript of shared/docx in Node through Vite's SSR loader; no browser needed.
import { createServer } from 'vite'
import { ROOT, figure, median, ms } from './support.mjs'

export const title = 'Word export: build and pack the SLA (.docx), in Node'

const RUNS = Number(process.env.BENCH_DOCX_RUNS) || 9
const WARM_UP = 3
const BUDGET_FULL_MS = 300
const BUDGET_LARGE_MS = 1000
const LARGE_TARGETS = 5000

async function measure(task) {
  for (let i = 0; i < WARM_UP; i++) await task()
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  return times
}

function withTargets(input, count) {
  const periods = ['month', 'quarter', 'year']
  const targets = Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    status: 'agreed',
    period: periods[i % periods.length],
    metric: `Metric ${i}: MQLs handed to sales in region ${i % 17}`,
    team: i % 2 ? 'sales' : 'marketing',
    value: 100 + i,
    unit: 'MQLs',
    source: null
  }))
  return { ...input, content: { ...input.content, targets } }
}

function describe(times) {
  return `median of ${times.length} runs after ${WARM_UP} warm-up runs; fastest ${ms(Math.min(...times))}, slowest ${ms(Math.max(...times))}`
}

export async function run() {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true }
  })
  try {
    const docx = await server.ssrLoadModule('/shared/docx/index.ts')
    const fixtures = await server.ssrLoadModule('/test/shared/docx/docx-fixtures.ts')
    const full = await fixtures.signedSlaInput('de')
    const large = withTargets(full, LARGE_TARGETS)
    const bytes = await docx.exportSlaDocx(full)

    const fullTimes = await measure(() => docx.packDocx(docx.buildSlaDocument(full)))
    const largeTimes = await measure(() => docx.packDocx(docx.buildSlaDocument(large)))
    const readTimes = await measure(() => docx.readSlaDocx(bytes))
    const minutesTimes = await measure(() => docx.packDocx(docx.buildMinutesDocument(fixtures.minutesInput('de'))))
    const fullMedian = median(fullTimes)
    const largeMedian = median(largeTimes)
    return [
      figure({ label: 'Signed SLA, complete workshop', value: ms(fullMedian), budget: `≤ ${BUDGET_FULL_MS} ms`, within: fullMedian <= BUDGET_FULL_MS, detail: describe(fullTimes) }),
      figure({ label: `SLA with ${LARGE_TARGETS.toLocaleString('en')} target rows`, value: ms(largeMedian), budget: `≤ ${BUDGET_LARGE_MS} ms`, within: largeMedian <= BUDGET_LARGE_MS, detail: describe(largeTimes) }),
      figure({ label: 'Open SLA from Word file (check included)', value: ms(median(readTimes)), detail: describe(readTimes) }),
      figure({ label: 'Workshop minutes', value: ms(median(minutesTimes)), detail: describe(minutesTimes) })
    ]
  } finally {
    await server.close()
  }
}
