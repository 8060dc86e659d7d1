import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, signWithOpenItems, tab } from './support/journeys'
import { openApp } from './support/page'
import { download, upload } from './support/files'

/** Files moved between "laptops" (browser contexts) stay here after the run. */
const OUT = resolve(import.meta.dirname, '../../test-results/restore')

const LANGUAGES = {
  en: {
    restore: 'Restore',
    title: 'Restore from a backup',
    here: 'On this laptop',
    inBackup: 'In the backup',
    signedV1: /Version 1: Signed · signed on .* · 2 signatures/,
    draftV1: /No SLA yet|Version 1: Draft/,
    keeps: /Signed version 1 exists only on this laptop: replacing keeps it/,
    replace: 'Replace, keep signed versions',
    kept: /1 signed SLA version of this laptop was kept/,
    // en-GB, dateStyle medium + timeStyle short: "30 Nov 2026, 06:41"
    dateTime: /\d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}/g
  },
  de: {
    restore: 'Wiederherstellen',
    title: 'Aus einer Sicherung wiederherstellen',
    here: 'Auf diesem Laptop',
    inBackup: 'In der Sicherung',
    signedV1: /Version 1: Unterschrieben · unterschrieben am .* · 2 Unterschriften/,
    draftV1: /Noch kein SLA|Version 1: Entwurf/,
    keeps: /Die unterschriebene Version 1 gibt es nur auf diesem Laptop/,
    replace: 'Ersetzen, unterschriebene Versionen behalten',
    kept: /1 unterschriebene SLA-Version dieses Laptops wurde behalten/,
    dateTime: /\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/g
  }
} as const

describe('moving work between laptops loses nothing', () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(['en', 'de'] as const)('a replace-restore of an older backup keeps the SLA signed since (%s)', async (language) => {
    const words = LANGUAGES[language]
    const { page, context, errors } = await openApp(browser)
    await createWorkshop(page, `Replace ${language}`)
    await addSigners(page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    const backup = await download(page, () => page.getByRole('button', { name: 'Back up this workshop' }).click(), resolve(OUT, `before-signing-${language}.smarketing`))
    await signWithOpenItems(page, ['Anna Schmidt', 'Tom Weber'])
    await page.getByText('Version 1 · Signed').waitFor()

    await page.getByRole('link', { name: /Smarketing Studio/ }).click()
    if (language === 'de') await page.getByLabel('Language').selectOption('de')
    await upload(page, () => page.getByRole('button', { name: words.restore, exact: true }).click(), backup)
    const dialog = page.getByRole('dialog', { name: words.title })
    const compare = dialog.locator('.restore-compare table')
    await compare.waitFor()
    await expect.poll(() => compare.getByRole('columnheader').allTextContents()).toEqual([words.here, words.inBackup])
    const rows = compare.locator('tbody tr')
    // Both sides' last change, and the signed SLA that only this laptop has.
    const lastChanged = (await rows.nth(0).textContent())!
    expect(lastChanged.match(words.dateTime)).toHaveLength(2)
    const versions = rows.nth(1).locator('td')
    expect(await versions.nth(0).textContent()).toMatch(words.signedV1)
    expect(await versions.nth(1).textContent()).toMatch(words.draftV1)
    expect(await rows.nth(2).locator('td').allTextContents()).toEqual(['2', '0'])
    await dialog.getByText(words.keeps).waitFor()
    await page.screenshot({ path: `/tmp/backup-restore-replace-${language}.png` })
    await dialog.getByRole('button', { name: words.replace }).click()
    await page.getByText(words.kept).waitFor()

    if (language === 'de') await page.getByLabel('Sprache').selectOption('en')
    await page.getByRole('link', { name: `Replace ${language}` }).click()
    await goToStep(page, /Service Level Agreement/)
    await page.getByText('Version 1 · Signed').waitFor()
    await tab(page, 'Check & sign')
    const signatures = page.getByRole('region', { name: 'Signatures' }).locator('.typed-signature')
    await expect.poll(() => signatures.allTextContents()).toEqual(['Anna Schmidt', 'Tom Weber'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('a workshop first opened from the SLA’s Word file still takes the backup, as a copy', async () => {
    const first = await openApp(browser)
    await createWorkshop(first.page, 'From Word')
    await addSigners(first.page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    const backup = await download(first.page, () => first.page.getByRole('button', { name: 'Back up this workshop' }).click(), resolve(OUT, 'from-word.smarketing'))
    await goToStep(first.page, /Service Level Agreement/)
    const sla = await download(first.page, () => first.page.getByRole('button', { name: 'Export SLA (.docx)' }).click(), resolve(OUT, 'from-word-draft.docx'))
    await first.context.close()

    const { page, context, errors } = await openApp(browser)
    await upload(page, () => page.getByRole('button', { name: 'Open SLA from Word file' }).click(), sla)
    const opening = page.getByRole('dialog', { name: 'Open SLA from Word file' })
    await opening.getByRole('button', { name: 'Create the workshop from this SLA' }).click()
    await page.getByRole('link', { name: /Smarketing Studio/ }).click()
    await page.getByRole('link', { name: 'From Word' }).waitFor()

    await upload(page, () => page.getByRole('button', { name: 'Restore', exact: true }).click(), backup)
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' })
    await dialog.getByText(/Parts of this backup are already on this laptop in another workshop/).waitFor()
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Cancel', 'Import as a copy'])
    await page.screenshot({ path: '/tmp/backup-restore-word-copy-en.png' })
    await dialog.getByRole('button', { name: 'Import as a copy' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('link', { name: /From Word \(copy\)/ }).waitFor()
    await page.getByRole('link', { name: 'From Word', exact: true }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
