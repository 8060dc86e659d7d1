import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'

/** Issue 10 §7: a layout that fits a laptop and a projector, and no error before input. */
const UI = {
  en: {
    locale: 'en-GB',
    newWorkshop: 'New workshop',
    title: 'Title',
    create: 'Create workshop',
    details: 'Workshop details',
    nav: 'Workshop sections',
    tools: 'Workshop tools',
    bigger: /^A\+/,
    addParticipant: 'Add participant',
    name: 'Name',
    nameRequired: 'Please enter a name.',
    sla: /Service Level Agreement/,
    awareness: /Create awareness/,
    tabs: 'Parts of step 4',
    calculator: 'Lead goals calculator',
    mqlToSql: 'MQL → SQL',
    missing: /still missing/,
    ratingSales: 'Rating Sales'
  },
  de: {
    locale: 'de-DE',
    newWorkshop: 'Neuer Workshop',
    title: 'Titel',
    create: 'Workshop anlegen',
    details: 'Angaben zum Workshop',
    nav: 'Bereiche des Workshops',
    tools: 'Werkzeuge',
    bigger: /^A\+/,
    addParticipant: 'Person hinzufügen',
    name: 'Name',
    nameRequired: 'Bitte einen Namen eingeben.',
    sla: /Service Level Agreement/,
    awareness: /Bewusstsein schaffen/,
    tabs: 'Teile von Schritt 4',
    calculator: 'Lead-Ziele-Rechner',
    mqlToSql: 'MQL → SQL',
    missing: /fehl/,
    ratingSales: 'Bewertung Vertrieb'
  }
} as const
type Texts = (typeof UI)[keyof typeof UI]

const WINDOWS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 }
]

async function createWorkshop(page: Page, ui: Texts, title = 'Kick-off Smarketing 2027 mit einem recht langen Titel') {
  await page.getByRole('button', { name: ui.newWorkshop }).first().click()
  await page.getByLabel(ui.title, { exact: true }).fill(title)
  await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH & Co. KG, Werk Stuttgart')
  await page.getByRole('button', { name: ui.create }).click()
  await page.getByRole('heading', { name: ui.details }).waitFor()
}

/** Every link of the step navigation and every tool beside it. */
function navigationEntries(page: Page, ui: Texts): Locator[] {
  return [
    page.getByRole('navigation', { name: ui.nav }).getByRole('link'),
    page.getByRole('group', { name: ui.tools }).getByRole('button'),
    page.getByRole('banner').getByRole('link'),
    page.getByRole('banner').getByRole('button')
  ]
}

/** Entries whose box is not wholly inside the window, as readable lines. */
async function outsideWindow(page: Page, ui: Texts, where: string): Promise<string[]> {
  const size = page.viewportSize()!
  const outside: string[] = []
  let count = 0
  for (const group of navigationEntries(page, ui)) {
    for (const entry of await group.all()) {
      count++
      const box = await entry.boundingBox()
      const name = (await entry.textContent())?.trim().slice(0, 40)
      if (!box || box.y < 0 || box.x < 0 || box.y + box.height > size.height + 0.5 || box.x + box.width > size.width + 0.5) {
        outside.push(`${where}: "${name}" at ${box ? `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}` : 'nowhere'}`)
      }
    }
  }
  // Overview, five steps, review; parking lot, audience view, undo, redo, shortcuts.
  expect(count).toBeGreaterThanOrEqual(12)
  return outside
}

describe.each(Object.entries(UI))('layout on a laptop (%s)', (_language, ui) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('keeps every navigation entry inside the window at 1366×768 and 1280×720, also at the largest type', async () => {
    const { page, context, errors } = await openApp(browser, { locale: ui.locale })
    await createWorkshop(page, ui)
    const problems: string[] = []
    for (const largest of [false, true]) {
      if (largest) {
        // Up to the largest size the display store offers, through the header's own button.
        for (let i = 0; i < 6; i++) await page.getByRole('button', { name: ui.bigger }).click()
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--scale').trim())).toBe('1.75')
      }
      for (const size of WINDOWS) {
        await page.setViewportSize(size)
        for (const section of ['overview', 'sla'] as const) {
          if (section === 'sla') await page.getByRole('navigation', { name: ui.nav }).getByRole('link', { name: ui.sla }).click()
          else await page.getByRole('navigation', { name: ui.nav }).getByRole('link').first().click()
          await page.locator('.workshop-content h1').first().waitFor()
          await page.evaluate(() => window.scrollTo(0, 0))
          const where = `${size.width}×${size.height}${largest ? ' largest type' : ''} ${section}`
          problems.push(...(await outsideWindow(page, ui, where)))
          // Still there after scrolling the content to its end: the navigation stays put.
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
          problems.push(...(await outsideWindow(page, ui, `${where}, scrolled down`)))
          // The sidebar needs no scrolling of its own either.
          const sidebar = await page.locator('.workshop-side').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }))
          if (sidebar.scroll > sidebar.client + 1) problems.push(`${where}: the sidebar scrolls (${sidebar.scroll} > ${sidebar.client})`)
        }
      }
    }
    expect(problems).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows no error before the person typed: a new participant row and a new calculator', async () => {
    const { page, context } = await openApp(browser, { locale: ui.locale })
    await createWorkshop(page, ui, 'Fehlerfrei')
    await page.getByRole('button', { name: ui.addParticipant }).click()
    const name = page.getByLabel(ui.name, { exact: true }).first()
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await page.getByText(ui.nameRequired).count()).toBe(0)
    expect(await name.getAttribute('aria-invalid')).toBe(null)
    // The rule still holds once the person has been in the field and left it empty.
    await name.fill('A')
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved')
    await name.fill('')
    await name.blur()
    await page.getByText(ui.nameRequired).waitFor()

    await page.getByRole('navigation', { name: ui.nav }).getByRole('link', { name: ui.sla }).click()
    await page.getByRole('navigation', { name: ui.tabs }).getByRole('link', { name: ui.calculator }).click()
    const calculator = page.getByRole('region', { name: ui.calculator })
    await calculator.waitFor()
    expect(await calculator.locator('.field-error, .problems li, .has-problem, [aria-invalid="true"]').count()).toBe(0)
    await calculator.getByText(ui.missing).waitFor()
    // A real mistake is still told, at the field, once the person leaves it.
    const rate = calculator.getByLabel(ui.mqlToSql, { exact: true })
    await rate.fill('150')
    await rate.blur()
    await expect.poll(() => calculator.locator('.field-error, .has-problem, [aria-invalid="true"]').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('rates a friction area with one click or the keys 1–5, kept across a reload', async () => {
    const { page, context } = await openApp(browser, { locale: ui.locale })
    await createWorkshop(page, ui, 'Bewertung')
    await page.getByRole('navigation', { name: ui.nav }).getByRole('link', { name: ui.awareness }).click()
    const sales = page.getByRole('radiogroup', { name: ui.ratingSales, exact: true }).first()
    await sales.getByRole('radio', { name: '2' }).click()
    await expect.poll(() => sales.getByRole('radio', { name: '2' }).isChecked()).toBe(true)
    await page.keyboard.press('4')
    // The choice shows once the database answers with it.
    await expect.poll(() => sales.getByRole('radio', { name: '4' }).isChecked()).toBe(true)
    expect(await sales.getByRole('radio', { name: '4' }).evaluate((el) => el === document.activeElement)).toBe(true)
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved')
    await page.reload()
    const again = page.getByRole('radiogroup', { name: ui.ratingSales, exact: true }).first()
    await again.waitFor()
    expect(await again.getByRole('radio', { name: '4' }).isChecked()).toBe(true)
    // The heat map shows the same rating.
    expect(await page.locator('.heatmap tbody tr').first().locator('td').nth(1).textContent()).toContain('4')
    // A click on the chosen number clears it.
    await again.getByRole('radio', { name: '4' }).click()
    await expect.poll(() => again.locator('input:checked').count()).toBe(0)
    await context.close()
  })
})
