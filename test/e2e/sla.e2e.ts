import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'
import { saved, tab, targetsFromCalculator } from './support/journeys'

const NAV = 'Workshop sections'

async function goToStep(page: Page, name: string) {
  await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: new RegExp(name) }).click()
  await page.getByRole('heading', { level: 1, name }).waitFor()
}

async function completeStep(page: Page) {
  await page.getByLabel('Step complete').check()
  await saved(page)
}

async function markAllAgreed(page: Page) {
  await page.getByRole('button', { name: /^✓ Mark the other \d+ as agreed$/ }).click()
  await expect.poll(() => page.getByRole('button', { name: /Mark the other/ }).count()).toBe(0)
}

/** A signature drawn with pointer events, like a mouse or pen would. */
async function draw(page: Page, seed: number) {
  const canvas = page.getByRole('img', { name: 'Signature field' })
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + 30, box.y + box.height * 0.6)
  await page.mouse.down()
  for (let i = 1; i <= 24; i++) {
    const x = box.x + 30 + i * ((box.width - 60) / 24)
    const y = box.y + box.height * (0.5 + 0.3 * Math.sin(i / (2 + seed)))
    await page.mouse.move(x, y, { steps: 2 })
  }
  await page.mouse.up()
}

async function sign(page: Page, name: string, how: 'drawn' | 'typed', seed = 0) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Signature of ${name}` })
  if (how === 'typed') {
    await dialog.getByText('Type name').click()
    await dialog.getByLabel('Full name').fill(name)
  } else {
    await draw(page, seed)
  }
  await dialog.getByLabel('Place').fill('Stuttgart')
  await dialog.getByRole('button', { name: 'Sign now' }).click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('the Service Level Agreement', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('is filled, checked, signed, frozen, amended and signed again', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: { width: 1366, height: 900 } })
    await page.getByRole('button', { name: 'New workshop' }).first().click()
    await page.getByLabel('Title', { exact: true }).fill('SLA 2027')
    await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH')
    await page.getByRole('button', { name: 'Create workshop' }).click()

    const people: Array<[string, string]> = [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales'],
      ['Eva Roth', 'Management']
    ]
    for (const [index, [name, team]] of people.entries()) {
      await page.getByRole('button', { name: 'Add participant' }).click()
      await page.getByLabel('Name', { exact: true }).nth(index).fill(name)
      await page.getByLabel('Team', { exact: true }).nth(index).selectOption({ label: team })
      await page.getByLabel('Signs the SLA').nth(index).check()
    }
    await saved(page)

    await goToStep(page, 'Create awareness')
    await page.getByLabel('Shared goal statement').fill('Together we turn every relevant lead into revenue.')
    await completeStep(page)

    await goToStep(page, 'Closed-loop reporting')
    await markAllAgreed(page)
    await completeStep(page)

    await goToStep(page, 'Common language')
    const mql = page.getByRole('region', { name: 'MQL definition' })
    await mql.getByRole('button', { name: 'Add criterion' }).click()
    await mql.getByLabel('Criterion', { exact: true }).fill('Industry: mechanical engineering')
    await mql.getByLabel('Criterion', { exact: true }).blur()
    await saved(page)
    await mql.getByRole('button', { name: 'Write the definition from the criteria' }).click()
    await expect.poll(() => mql.getByLabel('Definition', { exact: true }).inputValue()).toContain('mechanical engineering')
    await markAllAgreed(page)
    await completeStep(page)

    await goToStep(page, 'Keep at it')
    await completeStep(page)

    // Step 4: responsibilities and targets, partly from the calculator.
    await goToStep(page, 'Service Level Agreement')
    await page.getByLabel('Management for “Revenue forecast”').selectOption('C')
    await saved(page)
    await targetsFromCalculator(page)
    await expect.poll(() => page.locator('.calculator-results').textContent()).toContain('75,000')
    await tab(page, 'Agreement')
    const quarter = page.getByRole('region', { name: 'Per quarter' })
    const metrics = await quarter.getByLabel('Metric', { exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
    const values = await quarter.getByLabel('Target', { exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(values[metrics.indexOf('Customers won')]).toBe('30')
    expect(values[metrics.indexOf('MQLs handed to sales')]).toBe('300')
    const conversion = metrics.indexOf('Conversion rate MQL → SQL')
    await quarter.getByLabel('Target', { exact: true }).nth(conversion).fill('40')
    await markAllAgreed(page)
    await completeStep(page)

    // Check & sign: nothing is missing, then three signatures.
    await tab(page, 'Check & sign')
    await expect.poll(() => page.locator('[data-check="green"]').count()).toBe(1)
    await expect.poll(() => page.getByText('Nothing is missing. The SLA is ready to sign.').isVisible()).toBe(true)
    await sign(page, 'Anna Schmidt', 'drawn', 0)
    await sign(page, 'Tom Weber', 'drawn', 1)
    await sign(page, 'Eva Roth', 'typed')
    await expect.poll(() => page.getByText('Version 1 · Signed').isVisible()).toBe(true)

    await page.reload()
    await expect.poll(() => page.getByText('Version 1 · Signed').isVisible()).toBe(true)
    const fingerprint = await page.locator('.version-banner .fingerprint').textContent()
    expect(fingerprint).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/)
    const drawn = page.getByRole('img', { name: /Signed: (Anna Schmidt|Tom Weber)/ })
    expect(await drawn.count()).toBe(2)
    // The stored signatures are real drawings: sized images with ink on them.
    const ink = await drawn.evaluateAll((images) =>
      images.map((image) => {
        const img = image as HTMLImageElement
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const context = canvas.getContext('2d')!
        context.drawImage(img, 0, 0)
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
        let inked = 0
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++
        return { width: img.naturalWidth, inked }
      })
    )
    for (const signature of ink) {
      expect(signature.width).toBeGreaterThan(200)
      expect(signature.inked).toBeGreaterThan(500)
    }
    await tab(page, 'Agreement')
    expect(await page.getByLabel('Commitment', { exact: true }).first().getAttribute('readonly')).not.toBeNull()
    expect(await page.getByRole('button', { name: 'Add target' }).count()).toBe(0)

    // Amend, change exactly one target, see exactly that change.
    await page.getByRole('button', { name: 'Amend SLA' }).click()
    await expect.poll(() => page.getByText('Version 2 · Draft').isVisible()).toBe(true)
    const customers = quarter.getByLabel('Target', { exact: true }).nth(metrics.indexOf('Customers won'))
    await customers.fill('35')
    await customers.blur()
    await saved(page)
    await tab(page, 'Versions')
    const comparison = page.getByRole('region', { name: 'What changed against version 1' })
    await comparison.waitFor()
    expect(await comparison.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Targets'])
    expect(await comparison.locator('li').count()).toBe(1)
    expect(await comparison.locator('li').textContent()).toContain('Customers won')
    expect(await comparison.locator('del').allTextContents()).toEqual(['30'])
    expect(await comparison.locator('ins').allTextContents()).toEqual(['35'])

    await tab(page, 'Check & sign')
    await sign(page, 'Anna Schmidt', 'drawn', 2)
    await sign(page, 'Tom Weber', 'typed')
    await sign(page, 'Eva Roth', 'typed')
    await expect.poll(() => page.getByText('Version 2 · Signed').isVisible()).toBe(true)
    await tab(page, 'Versions')
    const states = await page.locator('.version-list .state-badge').allTextContents()
    expect(states).toEqual(['Signed', 'Superseded'])

    expect(errors).toEqual([])
    await context.close()
  })
})
