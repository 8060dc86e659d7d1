import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'

const TEXTS = {
  en: { locale: 'en-GB', create: 'New workshop', title: 'Title', submit: 'Create workshop', details: 'Workshop details', parking: /Parking lot/, tabs: 'Parts of step 4' },
  de: { locale: 'de-DE', create: 'Neuer Workshop', title: 'Titel', submit: 'Workshop anlegen', details: 'Angaben zum Workshop', parking: /Themenspeicher/, tabs: 'Teile von Schritt 4' }
} as const

/** Serious and critical findings only, as "rule: target" lines that say where. */
async function scan(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}`))
}

describe.each(Object.entries(TEXTS))('accessibility (%s)', (_language, ui) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('has no serious or critical axe findings on any screen', { timeout: 240_000 }, async () => {
    const { page, context } = await openApp(browser, { locale: ui.locale })
    const findings: string[] = []
    await page.getByRole('button', { name: ui.create }).first().waitFor()
    findings.push(...(await scan(page, 'empty list')))
    await page.getByRole('button', { name: ui.create }).first().click()
    findings.push(...(await scan(page, 'new workshop dialog')))
    await page.getByLabel(ui.title, { exact: true }).fill('Axe')
    await page.getByLabel('Organisation', { exact: true }).fill('Müller GmbH')
    await page.getByRole('button', { name: ui.submit }).click()
    await page.getByRole('heading', { name: ui.details }).waitFor()
    findings.push(...(await scan(page, 'overview')))

    const nav = page.locator('.step-nav a')
    for (let step = 1; step <= 5; step++) {
      await nav.nth(step).click()
      await page.locator('.step-head h1').waitFor()
      findings.push(...(await scan(page, `step ${step}`)))
      if (step === 4) {
        const tabs = page.getByRole('navigation', { name: ui.tabs }).getByRole('link')
        for (let tab = 1; tab < 4; tab++) {
          await tabs.nth(tab).click()
          await page.waitForTimeout(150)
          findings.push(...(await scan(page, `step 4 tab ${tab + 1}`)))
        }
      }
    }
    await page.getByRole('button', { name: ui.parking }).click()
    findings.push(...(await scan(page, 'parking lot')))
    await page.keyboard.press('Escape')
    await page.locator('body').focus()
    await page.keyboard.press('?')
    findings.push(...(await scan(page, 'shortcuts')))
    await page.keyboard.press('Escape')

    const id = new URL(page.url()).hash.split('/')[2]
    const audience = await context.newPage()
    await audience.goto(new URL(`#/audience/${id}`, page.url()).href)
    await audience.locator('[data-audience]').waitFor()
    findings.push(...(await scan(audience, 'audience view')))

    await page.getByRole('link', { name: /Smarketing Studio/ }).click()
    await page.getByRole('button', { name: ui.create }).first().waitFor()
    findings.push(...(await scan(page, 'workshop list')))

    expect(findings).toEqual([])
    await context.close()
  })
})
