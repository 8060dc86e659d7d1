// SPEC §9 "an SLA export takes well under a second": building and packing the Word document.
// Runs the TypeScript of shared/docx in Node through Vite's SSR loader; no browser needed.
import { figure, kb, median, moduleLoader, ms } from './support.mjs'

export const title = 'Word export and reading back: the SLA (.docx), in Node'

const RUNS = Number(process.env.BENCH_DOCX_RUNS) || 9
const WARM_UP = Number(process.env.BENCH_DOCX_WARM_UP) || 3
const BUDGET_FULL_MS = 300
const BUDGET_LARGE_MS = 1000
const BUDGET_READ_MS = 300
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

/** Many agreed targets, signed: the document carries the fingerprint of exactly this content. */
function withTargets(content, count) {
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
  return { ...content, targets }
}

function describe(times) {
  return `median of ${times.length} runs after ${WARM_UP} warm-up runs; fastest ${ms(Math.min(...times))}, slowest ${ms(Math.max(...times))}`
}

export async function run() {
  const server = await moduleLoader()
  try {
    const docx = await server.ssrLoadModule('/shared/docx/index.ts')
    const fixtures = await server.ssrLoadModule('/test/shared/docx/docx-fixtures.ts')
    const full = await fixtures.signedSlaInput('de')
    const large = await fixtures.signedSlaInput('de', withTargets(fixtures.slaContent('de'), LARGE_TARGETS))
    const bytes = await docx.exportSlaDocx(full)
    const largeBytes = await docx.exportSlaDocx(large)
    for (const [name, file] of [['complete', bytes], ['large', largeBytes]]) {
      const reading = await docx.readSlaDocx(file)
      if (reading.kind !== 'sla' || reading.integrity !== 'unchanged') throw new Error(`The ${name} SLA does not read back unchanged: ${JSON.stringify(reading).slice(0, 300)}`)
    }

    const fullTimes = await measure(() => docx.packDocx(docx.buildSlaDocument(full)))
    const largeTimes = await measure(() => docx.packDocx(docx.buildSlaDocument(large)))
    const readTimes = await measure(() => docx.readSlaDocx(bytes))
    const largeReadTimes = await measure(() => docx.readSlaDocx(largeBytes))
    const minutesTimes = await measure(() => docx.packDocx(docx.buildMinutesDocument(fixtures.minutesInput('de'))))
    const within = (times, budget) => ({ value: ms(median(times)), budget: `≤ ${budget} ms`, within: median(times) <= budget, detail: describe(times) })
    return [
      figure({ label: 'Signed SLA, complete workshop', ...within(fullTimes, BUDGET_FULL_MS) }),
      figure({ label: `SLA with ${LARGE_TARGETS.toLocaleString('en')} target rows`, ...within(largeTimes, BUDGET_LARGE_MS) }),
      figure({ label: 'Open SLA from Word file (check included)', ...within(readTimes, BUDGET_READ_MS) }),
      figure({ label: `Open SLA from Word file, ${LARGE_TARGETS.toLocaleString('en')} target rows`, ...within(largeReadTimes, BUDGET_READ_MS), detail: `${describe(largeReadTimes)}; ${kb(largeBytes.length)} file` }),
      figure({ label: 'Workshop minutes', value: ms(median(minutesTimes)), detail: describe(minutesTimes) })
    ]
  } finally {
    await server.close()
  }
}
