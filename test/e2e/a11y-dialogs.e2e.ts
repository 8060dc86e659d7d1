import AxeBuilder from '@axe-core/playwright'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, saved, signWithOpenItems, tab } from './support/journeys'
import { openApp } from './support/page'

const BACKUP = resolve(import.meta.dirname, '../fixtures/backup/v3-reviews.smarketing')

/**
 * Issue 10 §8: the screens and dialogs a11y.e2e.ts does not reach — signing, review, restore,
 * open SLA, trash, shortcuts — in both languages. The workshop is set up through the English
 * UI (the shared journeys speak English), then the UI is switched and every scan runs in it.
 */
const TEXTS = {
  en: { language: 'Language', signAs: 'Sign as Anna Marketing', review: 'Quarterly review', start: 'Start review', restore: 'Restore', openSla: 'Open SLA from Word file', exportSla: 'Export SLA (.docx)', delete: 'Delete', trash: /^🗑 Trash/ },
  de: { language: 'Sprache', signAs: 'Unterschreiben als Anna Marketing', review: 'Quartalsreview', start: 'Review beginnen', restore: 'Wiederherstellen', openSla: 'SLA aus Word-Datei öffnen', exportSla: 'SLA exportieren (.docx)', delete: 'Löschen', trash: /^🗑 Papierkorb/ }
} as const
type Texts = (typeof TEXTS)[keyof typeof TEXTS]

/** Serious and critical findings, with label-in-name (off by default in axe) switched on. */
async function scan(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`))
}

async function switchTo(page: Page, language: 'en' | 'de') {
  const label = (await page.evaluate(() => document.documentElement.lang)) === 'de' ? TEXTS.de.language : TEXTS.en.language
  await page.getByRole('combobox', { name: label, exact: true }).selectOption(language)
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language)
}

async function dialogScan(page: Page, screen: string, findings: string[]) {
  await page.getByRole('dialog').first().waitFor()
  findings.push(...(await scan(page, screen)))
  await page.keyboard.press('Escape')
  await page.getByRole('dialog').first().waitFor({ state: 'hidden' })
}

describe.each(Object.entries(TEXTS))('accessibility of dialogs and later screens (%s)', (language, ui: Texts) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('has no serious or critical axe findings in signing, review, shortcuts, restore, open SLA and trash', { timeout: 240_000 }, async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' })
    const lang = language as 'en' | 'de'
    const findings: string[] = []
    await createWorkshop(page, 'Axe dialogs')
    await addSigners(page, [
      ['Anna Marketing', 'Marketing'],
      ['Bernd Sales', 'Sales']
    ])
    await goToStep(page, /Service Level Agreement/)
    await tab(page, 'Check & sign')
    // Signing a fresh workshop means signing with open items: confirmed first, as a room would.
    await page.getByLabel(/We sign with these open items/).check()
    await saved(page)

    await switchTo(page, lang)
    await page.getByRole('button', { name: ui.signAs }).click()
    await dialogScan(page, 'signature dialog', findings)
    await page.locator('body').focus()
    await page.keyboard.press('?')
    await dialogScan(page, 'shortcuts', findings)

    await switchTo(page, 'en')
    await signWithOpenItems(page, ['Anna Marketing', 'Bernd Sales'])
    await switchTo(page, lang)
    findings.push(...(await scan(page, 'signed SLA')))

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: ui.exportSla }).first().click()
    const docx = resolve(await (await download).path())

    await page.getByRole('navigation', { name: lang === 'de' ? 'Bereiche des Workshops' : 'Workshop sections' }).getByRole('link', { name: new RegExp(ui.review) }).click()
    await page.getByRole('button', { name: ui.start }).click()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.waitForTimeout(300)
    findings.push(...(await scan(page, 'review')))

    await page.getByRole('link', { name: /Smarketing Studio/ }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: ui.restore, exact: true }).click()
    await (await chooser).setFiles(BACKUP)
    await dialogScan(page, 'restore dialog', findings)

    const docxChooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: ui.openSla }).click()
    await (await docxChooser).setFiles(docx)
    await dialogScan(page, 'open SLA dialog', findings)

    await page.getByRole('button', { name: ui.delete, exact: true }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: ui.delete, exact: true }).click()
    await page.getByRole('button', { name: ui.trash }).click()
    await page.waitForTimeout(200)
    findings.push(...(await scan(page, 'trash')))

    expect(findings).toEqual([])
    await context.close()
  })
})
