import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { createWorkshop, goToStep } from './support/journeys'
import { openApp } from './support/page'

/** Where the window is scrolled to and which element has the keyboard focus. */
const position = (page: Page) => page.evaluate(() => ({ scrollY: Math.round(window.scrollY), focused: document.activeElement?.textContent?.trim() ?? '' }))

describe('moving between the sections of a workshop', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens each section at its top with its heading focused, wherever the page before was scrolled to', async () => {
    const { page, context, errors } = await openApp(browser)
    await createWorkshop(page, 'Navigation')
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }))
    expect((await position(page)).scrollY).toBeGreaterThan(300)

    await goToStep(page, /Common language/)
    await page.getByRole('heading', { level: 1, name: 'Common language' }).waitFor()
    expect(await position(page)).toEqual({ scrollY: 0, focused: 'Common language' })

    // "Next" at the foot of a step, far down the page: the next step starts at its heading too.
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }))
    await page.getByRole('button', { name: /^Next: / }).click()
    await page.getByRole('heading', { level: 1, name: 'Service Level Agreement' }).waitFor()
    expect(await position(page)).toEqual({ scrollY: 0, focused: 'Service Level Agreement' })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)
})
