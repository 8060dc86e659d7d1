// Screenshots of every screen for a person to look at (not a test): the workshop list, the
// overview, each step and its parts, the review, the parking lot, the dialogs and the audience
// view — in German and English at 1366×768, 1280×720 and 1920×1080, from a restored full workshop.
//
//   node test/visual/screens.mjs [outDir] [filter]   (builds the renderer into a temp folder first;
//   `filter` is a regular expression on the shot names, e.g. 'de-1366-0[45]')
//
// Writes PNGs named <lang>-<width>-<screen>.png and prints, per shot, the elements whose text is
// clipped (scrollWidth > clientWidth on an element with overflow hidden) and what overflows the
// window horizontally, so the eye goes where something may be wrong.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ROOT, buildApp, launchChromium, startPreview } from '../bench/support.mjs'

const OUT = resolve(process.argv[2] ?? join(tmpdir(), 'smarketing-screens'))
const FILTER = new RegExp(process.argv[3] ?? '.')
const BACKUP = resolve(ROOT, 'test/fixtures/backup/v5-signer-snapshot.smarketing')
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 }
]
const LANGS = {
  en: { locale: 'en-GB', restore: 'Restore', import: 'Import', review: /Quarterly review|Review/ },
  de: { locale: 'de-DE', restore: 'Wiederherstellen', import: 'Einlesen', review: /Review/ }
}

/** Sections of a workshop by address: [name, hash tail]. */
const SECTIONS = [
  ['overview', 'overview'],
  ['step1-awareness', 'awareness'],
  ['step2-closed-loop', 'closedLoop'],
  ['step3-language', 'language'],
  ['step4-agreement', 'sla/agreement'],
  ['step4-calculator', 'sla/calculator'],
  ['step4-sign', 'sla/sign'],
  ['step4-versions', 'sla/versions'],
  ['step5-keep-at-it', 'keepAtIt'],
  ['reviews', 'reviews']
]

/** What a reader would see as cut off: text wider than its box, and the page wider than the window. */
function clippedText() {
  const found = []
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[aria-hidden="true"]')) continue
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis'
    const input = el instanceof HTMLInputElement && ['text', 'search', ''].includes(el.type) && el.value
    if ((clips || input) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      const text = (input ? el.value : el.textContent ?? '').trim().slice(0, 60)
      if (text && !el.classList.contains('visually-hidden')) found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: “${text}”`)
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`)
  return found
}

async function shoot(page, name, report) {
  if (!FILTER.test(name)) return
  await page.waitForTimeout(250)
  await page.screenshot({ path: join(OUT, `${name}.png`) })
  const clipped = await page.evaluate(clippedText)
  report.push(`${name}: ${clipped.length === 0 ? 'nothing clipped' : `\n    ${clipped.join('\n    ')}`}`)
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const buildDir = mkdtempSync(join(tmpdir(), 'smarketing-screens-build-'))
  const renderer = process.env.SCREENS_RENDERER_DIR ?? (await buildApp(buildDir))
  const preview = await startPreview(renderer, resolve(ROOT, 'test/e2e/support/preview-root'))
  const browser = await launchChromium()
  const report = []
  try {
    for (const [lang, ui] of Object.entries(LANGS)) {
      for (const size of SIZES) {
        const prefix = `${lang}-${size.width}`
        const names = [`${prefix}-00-list`, ...SECTIONS.map(([name], i) => `${prefix}-${String(i + 1).padStart(2, '0')}-${name}`), `${prefix}-20-audience`]
        if (!names.some((name) => FILTER.test(name))) continue
        const context = await browser.newContext({ locale: ui.locale, viewport: size })
        const page = await context.newPage()
        page.on('pageerror', (error) => report.push(`PAGE ERROR ${lang} ${size.width}: ${error}`))
        await page.goto(preview.url)
        const chooser = page.waitForEvent('filechooser')
        await page.getByRole('button', { name: ui.restore, exact: true }).click()
        await (await chooser).setFiles(BACKUP)
        await page.getByRole('button', { name: ui.import, exact: true }).click()
        await page.locator('.workshop-card, [data-workshop-id]').first().waitFor()
        await shoot(page, `${prefix}-00-list`, report)
        const href = await page.locator('a[href^="#/workshop/"]').first().getAttribute('href')
        const id = decodeURIComponent(/#\/workshop\/([^/]+)/.exec(href)[1])
        for (const [index, [name, tail]] of SECTIONS.entries()) {
          if (!FILTER.test(`${prefix}-${String(index + 1).padStart(2, '0')}-${name}`)) continue
          await page.goto(`${preview.url}#/workshop/${encodeURIComponent(id)}/${tail}`)
          await page.locator('.workshop-content').waitFor()
          await shoot(page, `${prefix}-${String(index + 1).padStart(2, '0')}-${name}`, report)
          if (size.width === 1366 && name.startsWith('step')) {
            // The whole page too, to see what lies below the fold.
            await page.screenshot({ path: join(OUT, `${prefix}-${String(index + 1).padStart(2, '0')}-${name}-full.png`), fullPage: true })
          }
        }
        await page.goto(`${preview.url}#/audience/${encodeURIComponent(id)}`)
        await page.waitForTimeout(500)
        await shoot(page, `${prefix}-20-audience`, report)
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await preview.stop()
    rmSync(buildDir, { recursive: true, force: true })
  }
  console.log(report.join('\n'))
  console.log(`\nScreenshots in ${OUT}`)
}

await main()
