// Issue 13 "the UI keeps painting frames during the import": in Chromium, a review opened from a
// restored backup imports a HubSpot export saved by German Excel (100,000 rows, Windows-1252,
// semicolons) — the file read, its header row read and its figures computed in the Web Worker —
// while the page counts its animation frames. A frame that waits long means the main thread was
// busy: the person would see the progress bar stand still.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { figure, moduleLoader, ms, newAppPage, ROOT } from './support.mjs'

const ROWS = Number(process.env.BENCH_CRM_ROWS) || 100_000
export const title = `CRM export import in Chromium: ${ROWS.toLocaleString('en')} rows read and computed in the app's worker, and the frames painted meanwhile`
/** A tenth of a second without a frame is a stall a person notices; a 60 Hz display paints every 17 ms. */
const BUDGET_GAP_MS = 100
/** SPEC §9: a CRM export of 100,000 rows is computed within 2 s. */
const BUDGET_COMPUTE_MS = 2000
const BACKUP = resolve(ROOT, 'test/fixtures/backup/v8-crm-import.smarketing')

const files = { csv: '', xlsx: '' }

/** The export, generated once before the browser starts (the generator is TypeScript, run by Vite's loader). */
export async function prepare({ tmpDir }) {
  const server = await moduleLoader()
  try {
    const generator = await server.ssrLoadModule('/test/shared/crm/export-generator.ts')
    const truth = generator.generate(7, ROWS, { contact: false, sql: false })
    files.csv = resolve(tmpDir, 'hubspot-kontakte.csv')
    files.xlsx = resolve(tmpDir, 'hubspot-contacts.xlsx')
    await writeFile(files.csv, generator.hubspot(truth, true))
    await writeFile(files.xlsx, generator.hubspotXlsx(truth, { strings: 'shared', sheet: 'Contacts' }))
  } finally {
    await server.close()
  }
}

/** In the page: every animation frame's start until `stop` is set. */
function recordFrames() {
  const record = { frames: [], stop: false }
  window.__frames = record
  const loop = (start) => {
    record.frames.push(start)
    if (!record.stop) requestAnimationFrame(loop)
  }
  requestAnimationFrame(loop)
}

/**
 * In the page: when the "Compute figures" click arrives and when the fresh figures are in the DOM,
 * both by the page's own clock. Waiting for them from here polls, and would add up to half a second.
 */
function watchCompute() {
  const watch = { clickedAt: null, shownAt: null }
  window.__compute = watch
  document.addEventListener(
    'click',
    (event) => {
      if (watch.clickedAt === null && event.target instanceof Element && event.target.closest('button')?.textContent?.trim() === 'Compute figures') watch.clickedAt = performance.now()
    },
    { capture: true }
  )
  const observer = new MutationObserver(() => {
    if (watch.clickedAt === null || !document.querySelector('section.crm-findings')) return
    watch.shownAt = performance.now()
    observer.disconnect()
  })
  observer.observe(document.body, { childList: true, subtree: true })
}

async function choose(page, button, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()])
  await chooser.setFiles(file)
}

export async function run({ browser, baseUrl }) {
  const { context, page, errors } = await newAppPage(browser, baseUrl)
  try {
    // A workshop with a signed SLA and an open review (2027-Q3), restored from its backup.
    await choose(page, page.getByRole('button', { name: 'Restore' }), BACKUP)
    await page.getByRole('dialog', { name: 'Restore from a backup' }).getByRole('button', { name: 'Import' }).click()
    await page.getByRole('link', { name: 'Smarketing-Kick-off' }).click()
    await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: /Quarterly review/ }).click()
    await page.locator('.review-list a', { hasText: '2027-Q3' }).click()
    const importButton = page.locator('.crm-import .section-head').getByRole('button', { name: /Import CRM export/ })
    await importButton.waitFor()

    const results = []
    for (const format of ['csv', 'xlsx']) {
      await page.evaluate(recordFrames)
      const started = await page.evaluate(() => performance.now())
      await choose(page, importButton, files[format])
      const compute = page.getByRole('button', { name: 'Compute figures' })
      await compute.waitFor()
      await page.evaluate(watchCompute)
      await compute.click()
      // The fresh figures come with what the import noticed (figures kept from before do not).
      const noticed = page.getByRole('region', { name: 'What the import noticed' })
      await noticed.waitFor({ timeout: 120_000 })
      const { frames, ended, computeMs } = await page.evaluate(() => {
        window.__frames.stop = true
        return { frames: window.__frames.frames, ended: performance.now(), computeMs: window.__compute.shownAt - window.__compute.clickedAt }
      })
      const during = frames.filter((frame) => frame >= started)
      const gaps = during.slice(1).map((frame, i) => frame - during[i])
      results.push({ format, longest: Math.max(0, ...gaps), over: gaps.filter((gap) => gap > 50).length, frames: during.length, seconds: (ended - started) / 1000, computeMs })
      await page.getByRole('button', { name: 'Discard' }).click()
      await noticed.waitFor({ state: 'detached' })
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
    return results.flatMap(({ format, longest, over, frames, seconds, computeMs }) => [
      figure({
        label: `${format.toUpperCase()}: from "Compute figures" to the figures shown`,
        value: ms(computeMs),
        budget: `≤ ${BUDGET_COMPUTE_MS} ms`,
        within: computeMs <= BUDGET_COMPUTE_MS,
        detail: 'from the click to the figures in the page: the bytes sent to the worker, read, mapped and computed there, the figures rendered'
      }),
      figure({
        label: `${format.toUpperCase()}: longest time without a frame, from choosing the file to the figures shown`,
        value: ms(longest),
        budget: `≤ ${BUDGET_GAP_MS} ms`,
        within: longest <= BUDGET_GAP_MS,
        detail: `${frames} frames in ${seconds.toFixed(1)} s (${(frames / seconds).toFixed(0)} a second, including the clicks); ${over} gaps over 50 ms`
      })
    ])
  } finally {
    await context.close()
  }
}
