import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'
import { CONTENT_SECURITY_POLICY_META } from '../../shared/security/csp'

describe('browser edition shell', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the workshop list with the app name, no console errors and no foreign requests', async () => {
    const { page, context, errors, foreignRequests } = await openApp(browser)
    await expect.poll(() => page.getByRole('heading', { name: 'Workshops', exact: true }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: /Smarketing Studio/ }).isVisible()).toBe(true)
    // The list appears once the database has answered, a moment after the heading.
    await expect.poll(() => page.getByRole('heading', { name: 'No workshops yet' }).isVisible()).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })

  it('enforces a Content-Security-Policy without remote origins', async () => {
    const { page, context } = await openApp(browser)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    // Exactly the policy of shared/security/csp.ts, whose unit test spells it out.
    expect(csp).toBe(CONTENT_SECURITY_POLICY_META)
    // An inline script is refused by that policy.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    await context.close()
  })

  it('follows the browser language and remembers a switch', async () => {
    const { page, context } = await openApp(browser, { locale: 'de-DE' })
    await expect.poll(() => page.getByRole('heading', { name: 'Noch keine Workshops' }).isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de')
    await page.getByLabel('Sprache').selectOption('en')
    await expect.poll(() => page.getByRole('heading', { name: 'No workshops yet' }).isVisible()).toBe(true)
    await page.reload()
    await expect.poll(() => page.getByRole('heading', { name: 'No workshops yet' }).isVisible()).toBe(true)
    await context.close()
  })
})
