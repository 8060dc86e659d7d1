import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'

async function createWorkshop(page: Page, title: string) {
  await page.getByRole('button', { name: 'New workshop' }).first().click()
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH')
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('heading', { name: 'Workshop details' }).waitFor()
}

/** How long until `check` holds, polling every 20 ms; fails after `limit`. */
async function within(limit: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < limit) {
    if (await check()) return Date.now() - started
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`not within ${limit} ms`)
}

describe('in the room', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the audience view follows the facilitator live and never shows edit controls', async () => {
    const { page, context, errors } = await openApp(browser)
    await createWorkshop(page, 'Audience test')
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Audience view/ }).click()])
    await audience.waitForLoadState()
    await audience.locator('[data-audience="live"]').waitFor()
    expect(audience.url()).toContain('#/audience/')

    // Step change
    await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: /Create awareness/ }).click()
    const stepFollowed = await within(500, async () => (await audience.getByRole('heading', { level: 1 }).textContent()) === 'Create awareness')
    // A new card
    const column = page.getByRole('region', { name: 'Sales hears about itself' })
    await column.getByRole('button', { name: 'Add card' }).click()
    await column.getByLabel('Card', { exact: true }).fill('Sales only sells on price')
    const typedAt = Date.now()
    await column.getByLabel('Card', { exact: true }).blur()
    await within(800, async () => (await audience.getByText('Sales only sells on price').count()) === 1)
    const cardFollowed = Date.now() - typedAt
    // An agreed mark
    await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: /Closed-loop reporting/ }).click()
    await within(500, async () => (await audience.getByRole('heading', { level: 1 }).textContent()) === 'Closed-loop reporting')
    await page.getByRole('button', { name: 'Agreed: stage “MQL”' }).click()
    const agreedFollowed = await within(500, async () => (await audience.locator('[data-agreed="true"]').count()) === 1)
    console.log(`audience followed: step ${stepFollowed} ms, card ${cardFollowed} ms after blur, agreed mark ${agreedFollowed} ms`)
    expect(cardFollowed).toBeLessThan(800)

    expect(await audience.locator('button, input, textarea, select, [contenteditable="true"]').count()).toBe(0)

    // Blank screen and back
    await page.keyboard.press('Alt+B')
    await within(500, async () => (await audience.locator('[data-audience="blank"]').count()) === 1)
    expect(await audience.getByText('Lead', { exact: true }).count()).toBe(0)
    await page.getByRole('button', { name: 'Show the screen again' }).click()
    await within(500, async () => (await audience.locator('[data-audience="live"]').count()) === 1)

    expect(errors).toEqual([])
    await context.close()
  })

  it('can be driven by keyboard alone: create a workshop and add a card in step 1', async () => {
    const { page, context } = await openApp(browser)
    await page.getByRole('heading', { name: 'No workshops yet' }).waitFor()
    const press = (key: string) => page.keyboard.press(key)
    const focusedButton = () => page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent ?? '' : ''))
    // Tab to "New workshop" and open it
    for (let i = 0; i < 12 && !(await focusedButton()).includes('New workshop'); i++) await press('Tab')
    await press('Enter')
    await page.keyboard.type('Keyboard workshop')
    await press('Tab')
    await page.keyboard.type('Müller GmbH')
    await press('Enter')
    await page.getByRole('heading', { name: 'Workshop details' }).waitFor()
    // Next step by keyboard: Alt+PageDown from the overview goes to step 1
    await page.locator('body').focus()
    await press('Alt+PageDown')
    await page.getByRole('heading', { level: 1, name: 'Create awareness' }).waitFor()
    // Tab to "Add card" in the first voices column and press Enter, then type
    const addCard = page.getByRole('region', { name: 'Marketing hears about itself' }).getByRole('button', { name: 'Add card' })
    for (let i = 0; i < 200 && !(await addCard.evaluate((el) => el === document.activeElement)); i++) await press('Tab')
    await press('Enter')
    // The new card takes focus as soon as it exists; a person starts typing when the cursor is there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    await page.keyboard.type('Marketing only spends budget')
    await press('Tab')
    await expect
      .poll(() => page.getByRole('region', { name: 'Marketing hears about itself' }).getByLabel('Card', { exact: true }).inputValue())
      .toBe('Marketing only spends budget')
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved')
    await context.close()
  })
})
