import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, saved, signWithOpenItems, tab } from './support/journeys'
import { openApp } from './support/page'
import { documentXml, download } from './support/files'

/**
 * Issue 10 §2: a signed version never changes, whatever happens to the workshop — deleting a
 * signer, undo in another window, reading and exporting an earlier version.
 */
const OUT = resolve(import.meta.dirname, '../../test-results/signed')
const SHOTS = process.env.SIGNED_SCREENSHOTS

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: resolve(SHOTS, `signed-${name}.png`), fullPage: false })
}

async function downloadText(page: Page, click: () => Promise<unknown>, name: string): Promise<string> {
  return documentXml(await download(page, click, resolve(OUT, name)))
}

const tools = (page: Page) => page.getByRole('group', { name: 'Workshop tools' })
const notice = (page: Page) => page.getByRole('status', { name: 'Notifications' })
const commitmentField = (page: Page) => page.getByLabel('Commitment', { exact: true }).first()

async function signedWorkshop(page: Page, title: string) {
  await createWorkshop(page, title)
  await addSigners(page, [
    ['Anna Schmidt', 'Marketing'],
    ['Michael Hoffmann', 'Sales']
  ])
}

describe('a signed version never changes', () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('keeps a deleted signer’s signature, on screen and in the export; a typed name must be the signer’s', async () => {
    const { page, context, errors } = await openApp(browser)
    await signedWorkshop(page, 'Signer leaves')
    await signWithOpenItems(page, ['Anna Schmidt'])

    // "Michael Hoffman" is not Michael Hoffmann: the dialog asks, and the message goes once it no longer applies.
    await page.getByRole('button', { name: 'Sign as Michael Hoffmann' }).click()
    const dialog = page.getByRole('dialog', { name: 'Signature of Michael Hoffmann' })
    await dialog.getByText('Type name').click()
    await dialog.getByLabel('Full name').fill('Michael Hoffman')
    await dialog.getByLabel('Place').fill('Stuttgart')
    await dialog.getByRole('button', { name: 'Sign now' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('not “Michael Hoffmann”')
    await shot(page, 'typed-name-en')
    await dialog.getByLabel('Full name').fill('michael  hoffmann')
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0)
    await dialog.getByRole('button', { name: 'Sign now' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => page.locator('.version-banner').textContent()).toContain('Version 1 · Signed')

    // Michael leaves the company: deleting him asks first and says the signature stays.
    await goToStep(page, /Workshop & participants/)
    await page.getByRole('button', { name: 'Remove: participant Michael Hoffmann' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete a person who signed?' })
    await expect.poll(() => confirm.textContent()).toContain('Michael Hoffmann signed version 1. The signature stays')
    await shot(page, 'delete-signer-en')
    await confirm.getByRole('button', { name: 'Delete from the participants' }).click()
    await expect.poll(() => page.getByLabel('Name', { exact: true }).count()).toBe(1)
    await saved(page)

    await goToStep(page, /Service Level Agreement/)
    await tab(page, 'Check & sign')
    const signatures = page.locator('.signatories')
    await expect.poll(() => signatures.textContent()).toContain('Michael Hoffmann')
    const michael = page.locator('.signatory', { hasText: 'Michael Hoffmann' })
    expect(await michael.locator('.typed-signature').textContent()).toBe('michael  hoffmann')
    expect(await michael.textContent()).toContain('Signed on')
    expect(await michael.textContent()).toContain('Sales')
    await shot(page, 'signed-after-delete-en')

    const xml = await downloadText(page, () => page.getByRole('button', { name: 'Export SLA (.docx)' }).click(), 'signer-deleted.docx')
    expect(xml).toContain('Michael Hoffmann')
    expect(xml).toContain('michael  hoffmann')
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('undo in a second window cannot overwrite a newer edit nor reach behind a signature, and the person is told', async () => {
    const { page: a, context, errors } = await openApp(browser)
    await signedWorkshop(a, 'Two windows')
    await goToStep(a, /Service Level Agreement/)
    await commitmentField(a).fill('Sales calls within 4 hours')
    await commitmentField(a).blur()
    await saved(a)

    const b = await context.newPage()
    await b.goto(a.url())
    await expect.poll(() => commitmentField(b).inputValue()).toBe('Sales calls within 4 hours')
    await commitmentField(b).fill('Sales calls within 2 hours')
    await commitmentField(b).blur()
    await saved(b)

    // A learns of B, and its undo does not silently throw B's newer text away.
    await expect.poll(() => commitmentField(a).inputValue()).toBe('Sales calls within 2 hours')
    await expect.poll(() => notice(a).textContent()).toContain('also open in another window')
    await tools(a).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => notice(a).textContent()).toContain('Not undone: this has been changed since')
    expect(await commitmentField(a).inputValue()).toBe('Sales calls within 2 hours')

    // A makes one more edit; then B signs.
    await commitmentField(a).fill('Sales calls within 3 hours')
    await commitmentField(a).blur()
    await saved(a)
    await signWithOpenItems(b, ['Anna Schmidt', 'Michael Hoffmann'])
    await expect.poll(() => b.locator('.version-banner').textContent()).toContain('Version 1 · Signed')

    await expect.poll(() => notice(a).textContent()).toContain('Version 1 was signed in another window')
    await shot(a, 'signed-elsewhere-en')
    const undo = tools(a).getByRole('button', { name: 'Undo' })
    if (await undo.isEnabled()) {
      await undo.click()
      await expect.poll(() => notice(a).textContent()).toMatch(/Not undone/)
    }
    await a.keyboard.press('Control+z')
    await goToStep(b, /Service Level Agreement/)
    await tab(b, 'Agreement')
    for (const page of [a, b]) await expect.poll(() => commitmentField(page).inputValue()).toBe('Sales calls within 3 hours')
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('opens an earlier, superseded version read-only and exports it with its own text', async () => {
    const { page, context, errors } = await openApp(browser)
    await signedWorkshop(page, 'Two versions')
    await goToStep(page, /Service Level Agreement/)
    await commitmentField(page).fill('Sales calls every MQL within 24 hours')
    await commitmentField(page).blur()
    await saved(page)
    await signWithOpenItems(page, ['Anna Schmidt', 'Michael Hoffmann'])
    await page.getByRole('button', { name: 'Amend SLA' }).click()
    await tab(page, 'Agreement')
    await commitmentField(page).fill('Sales calls every MQL within 8 hours')
    await commitmentField(page).blur()
    await saved(page)

    // The comparison speaks the room's language.
    await tab(page, 'Versions')
    const comparison = page.getByRole('region', { name: 'What changed against version 1' })
    const commitments = comparison.getByRole('region', { name: 'Commitments' })
    await expect.poll(() => commitments.getByRole('rowheader').allTextContents()).toContain('Commitment')
    expect(await commitments.locator('h4').count()).toBe(0)
    expect(await comparison.textContent()).not.toMatch(/description|mql\.threshold|\bvalue\b/)
    await shot(page, 'comparison-en')

    await signWithOpenItems(page, ['Anna Schmidt', 'Michael Hoffmann'])
    await tab(page, 'Versions')
    await page.getByRole('button', { name: 'Show version 1' }).click()
    const view = page.locator('.version-view')
    await expect.poll(() => view.textContent()).toContain('Version 1 · Superseded')
    expect(await view.textContent()).toContain('Sales calls every MQL within 24 hours')
    expect(await view.textContent()).not.toContain('within 8 hours')
    expect(await view.locator('input, textarea, select').count()).toBe(0)
    expect(await view.locator('.signatory').count()).toBe(2)
    await shot(page, 'version-view-en')

    const xml = await downloadText(page, () => view.getByRole('button', { name: 'Export version 1 (.docx)' }).click(), 'version-1.docx')
    expect(xml).toContain('Sales calls every MQL within 24 hours')
    expect(xml).not.toContain('within 8 hours')
    expect(xml).toContain('Anna Schmidt')

    if (SHOTS) {
      await page.evaluate(() => localStorage.setItem('smarketing.uiLanguage', 'de'))
      await page.reload()
      await page.getByRole('navigation', { name: 'Teile von Schritt 4' }).getByRole('link', { name: 'Versionen' }).click()
      await page.getByRole('button', { name: 'Version 1 anzeigen' }).click()
      await shot(page, 'version-view-de')
      await page.getByRole('button', { name: /Zurück zu den Versionen/ }).click()
      await shot(page, 'versions-de')
    }
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
