import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { saved } from './support/journeys'
import { openApp } from './support/page'

/**
 * A failed save is told where the person works, with its reason, and what they typed is not
 * lost. The disk cannot be filled here, so IndexedDB itself is made to refuse writes the way a
 * full disk does: every put/add throws the browser's own QuotaExceededError DOMException, below
 * Dexie and everything of ours.
 */
function refuseWritesWhenFull() {
  const flags = window as unknown as { __storageFull?: boolean }
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method]
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (flags.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return original.apply(this, args)
    } as typeof original
  }
}
describe('when storage refuses writes', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('says the storage is full, keeps the typed text, and saves it once there is room again', async () => {
    const { page, context } = await openApp(browser, { locale: 'de-DE' })
    await page.addInitScript(refuseWritesWhenFull)
    await page.reload()
    await page.getByRole('button', { name: 'Neuer Workshop' }).first().click()
    await page.getByLabel('Titel', { exact: true }).fill('Auftakt')
    await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH')
    await page.getByRole('button', { name: 'Workshop anlegen' }).click()
    await page.getByRole('heading', { name: 'Angaben zum Workshop' }).waitFor()
    await page.getByRole('navigation', { name: 'Bereiche des Workshops' }).getByRole('link', { name: /Bewusstsein schaffen/ }).click()
    const goal = page.getByLabel('Unser gemeinsames Ziel')
    await goal.fill('Ein Prozess')
    await saved(page)

    await page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = true))

    const typed = 'Ein Prozess, eine Sprache, ein gemeinsames Ziel für Marketing und Vertrieb'
    await goal.fill(typed)
    const indicator = page.locator('[data-save-state]')
    await expect.poll(() => indicator.getAttribute('data-save-problem'), { timeout: 15_000 }).toBe('storageFull')
    expect(await indicator.textContent()).toContain('Der Speicher ist voll')
    await page.screenshot({ path: '/tmp/storage-full-de.png' })
    // Still there after the failed save and a retry.
    await page.waitForTimeout(1500)
    expect(await goal.inputValue()).toBe(typed)

    await page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = false))
    await expect.poll(() => indicator.getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved')
    await page.reload()
    await expect.poll(() => page.getByLabel('Unser gemeinsames Ziel').inputValue()).toBe(typed)
    await context.close()
  })
})
