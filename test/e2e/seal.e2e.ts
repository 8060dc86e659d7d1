import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, signWithOpenItems } from './support/journeys'
import { changeOutsideTheApp } from './support/outside'
import { openApp } from './support/page'

/**
 * Issue 12 §1: someone edits a signed version directly in IndexedDB (the browser's developer
 * tools are enough). From then on no screen calls it signed: the workshop list, step 4, the
 * reviews — and nothing offers its export.
 */
describe('a signed version changed outside the app', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('is never called signed again, on any screen, and is not exported', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: { width: 1366, height: 900 } })
    await createWorkshop(page, 'Seal 2027')
    await addSigners(page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    await signWithOpenItems(page, ['Anna Schmidt', 'Tom Weber'])
    await page.getByText('Version 1 · Signed').waitFor()

    await changeOutsideTheApp(page, 'slaVersions', { 'content.organisation': 'Forged GmbH' }, { state: 'signed' })
    await page.reload()
    const banner = page.locator('.version-banner')
    await banner.getByText('Version 1 · Does not match its seal').waitFor()
    expect(await banner.getByRole('button', { name: 'Export SLA (.docx)' }).count()).toBe(0)
    expect(await banner.getByRole('alert').textContent()).toContain('Version 1 was changed after it was signed')
    expect(await banner.getByText(/Signed on/).count()).toBe(0)
    await page.screenshot({ path: '/tmp/seal-broken-banner-en.png' })

    await goToStep(page, /Quarterly review/)
    await page.getByText(/Version 1 was changed after it was signed/).waitFor()
    expect(await page.getByRole('button', { name: 'Start review' }).count()).toBe(0)

    await page.getByRole('link', { name: 'Smarketing Studio' }).first().click()
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Seal 2027' }) })
    await card.getByText('Version 1 · Does not match its seal').waitFor()
    expect(await card.getByText('Version 1 · Signed').count()).toBe(0)
    await page.screenshot({ path: '/tmp/seal-broken-list-en.png' })

    // The same in German, as the room reads it.
    await page.getByLabel('Language').selectOption('de')
    await card.getByText('Version 1 · Stimmt nicht mit dem Siegel überein').waitFor()
    await page.screenshot({ path: '/tmp/seal-broken-list-de.png' })
    await card.getByRole('button', { name: 'Öffnen' }).click()
    await page.getByRole('navigation', { name: 'Bereiche des Workshops' }).getByRole('link', { name: /Service Level Agreement/ }).click()
    await banner.getByText('Version 1 · Stimmt nicht mit dem Siegel überein').waitFor()
    expect(await banner.getByText(/Die Unterzeichnenden prüfen den Text von Version 2/).count()).toBe(1)
    await page.screenshot({ path: '/tmp/seal-broken-banner-de.png' })
    expect(errors).toEqual([])
    await context.close()
  })
})
