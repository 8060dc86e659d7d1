// SPEC §9 "every edit is persisted within 100 ms (p95)": keystroke → committed to IndexedDB.
import { createWorkshop, figure, median, ms, newAppPage, quantile, sleep } from './support.mjs'

export const title = 'Autosave: keystroke → committed to IndexedDB (shared goal, step 1)'

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES) || 60
/** A fast but ordinary typist: 8 keys a second (about 95 words a minute). */
const STEADY_INTERVAL_MS = 125
const BUDGET_P95_MS = 100

/**
 * In the page: every input event of the field (its timestamp and value), and every value a
 * separate IndexedDB connection reads back, polled every few milliseconds. Both on the page's own
 * clock, so the Node ↔ browser round trip does not count.
 */
function installRecorder(workshopId) {
  const record = { inputs: [], commits: [], stopped: false }
  window.__autosaveBench = record
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLTextAreaElement) record.inputs.push({ at: event.timeStamp, value: event.target.value })
    },
    true
  )
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('smarketing-studio')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const connection = open.result
      let last = null
      const poll = () => {
        if (record.stopped) return connection.close()
        const request = connection.transaction('workshops', 'readonly').objectStore('workshops').get(workshopId)
        request.onsuccess = () => {
          const value = request.result?.sharedGoal ?? null
          if (value !== last) {
            last = value
            record.commits.push({ at: performance.now(), value })
          }
          setTimeout(poll, 2)
        }
        request.onerror = () => reject(request.error)
      }
      poll()
      resolve()
    }
  })
}

/** For each keystroke: how long until a committed value contained it. */
async function latencies(page) {
  const { inputs, commits } = await page.evaluate(() => window.__autosaveBench)
  return inputs.map((input) => {
    const commit = commits.find((c) => c.at >= input.at && typeof c.value === 'string' && c.value.startsWith(input.value))
    return commit ? commit.at - input.at : Infinity
  })
}

async function resetRecorder(page) {
  await page.evaluate(() => {
    window.__autosaveBench.inputs.length = 0
    window.__autosaveBench.commits.length = 0
  })
}

const waitForCommitOf = (page, length, timeout = 10_000) =>
  page.waitForFunction(
    (n) => window.__autosaveBench.commits.some((c) => typeof c.value === 'string' && c.value.length >= n),
    length,
    { polling: 5, timeout }
  )

function characters(count, seed) {
  const letters = 'abcdefghijklmnopqrstuvwxyz '
  return Array.from({ length: count }, (_, i) => letters[(i * 7 + seed) % letters.length]).join('')
}

function summarise(label, values, detail) {
  const lost = values.filter((v) => !Number.isFinite(v)).length
  const p95 = quantile(values, 0.95)
  return figure({
    label,
    value: `median ${ms(median(values))}, p95 ${Number.isFinite(p95) ? ms(p95) : 'never'}`,
    budget: `p95 ≤ ${BUDGET_P95_MS} ms`,
    within: p95 <= BUDGET_P95_MS,
    detail: `${values.length} keystrokes, max ${Number.isFinite(Math.max(...values)) ? ms(Math.max(...values)) : 'never'}` +
      (lost ? `, ${lost} never committed` : '') +
      (detail ? `; ${detail}` : '')
  })
}

export async function run({ browser, baseUrl }) {
  const { context, page, errors } = await newAppPage(browser, baseUrl)
  try {
    const workshopId = await createWorkshop(page, 'Autosave benchmark')
    await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: /Create awareness/ }).click()
    const field = page.getByLabel('Shared goal statement', { exact: true })
    await field.click()
    await page.evaluate(installRecorder, workshopId)

    // 1. One keystroke, then wait until it is committed, then the next: the pure save path.
    const isolated = characters(KEYSTROKES, 1)
    let length = await field.inputValue().then((v) => v.length)
    for (const char of isolated) {
      await page.keyboard.type(char)
      length += 1
      await waitForCommitOf(page, length)
      await sleep(20)
    }
    const one = await latencies(page)

    // 2. Steady typing with no pause: what a facilitator typing a sentence sees.
    await resetRecorder(page)
    const steady = characters(KEYSTROKES, 5)
    const started = performance.now()
    for (const [index, char] of [...steady].entries()) {
      await sleep(started + index * STEADY_INTERVAL_MS - performance.now())
      await page.keyboard.type(char)
    }
    length += steady.length
    await waitForCommitOf(page, length)
    const continuous = await latencies(page)
    await page.evaluate(() => (window.__autosaveBench.stopped = true))
    if (errors.length) throw new Error(`The page reported errors: ${errors.join('\n')}`)

    return [
      summarise('one keystroke at a time', one, 'each keystroke waits for the previous commit'),
      summarise(
        `steady typing, ${1000 / STEADY_INTERVAL_MS} keys/s`,
        continuous,
        `${STEADY_INTERVAL_MS} ms between keystrokes, no pause`
      )
    ]
  } finally {
    await context.close()
  }
}
