import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { checkDocx } from './support/check-docx'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, saved, signWithOpenItems, tab, targetsFromCalculator } from './support/journeys'
import { openApp } from './support/page'
import { download, upload } from './support/files'

/** Exported files stay here after the run, for people (and CI logs) to look at. */
const OUT = resolve(import.meta.dirname, '../../test-results/exports')

describe('documents and files', () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('exports the signed SLA and the minutes as Word files that open everywhere, and reads the SLA back', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: { width: 1366, height: 900 } })
    await createWorkshop(page, 'SLA Export', 'Bäckerei Müller & Söhne GmbH')
    await addSigners(page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    await goToStep(page, /Common language/)
    const mql = page.getByRole('region', { name: 'MQL definition' })
    await mql.getByRole('button', { name: 'Add criterion' }).click()
    await mql.getByLabel('Criterion', { exact: true }).fill('Branche: Lebensmittelhandwerk')
    await mql.getByLabel('Criterion', { exact: true }).blur()
    await saved(page)
    await targetsFromCalculator(page)
    // What the SLA covers and when its clock runs (issue 12 §4): typed in step 4, signed, in the document.
    await tab(page, 'Agreement')
    const regions = page.getByLabel('Which regions it covers')
    await regions.fill('Bavaria and Baden-Württemberg; Austria is not covered.')
    await regions.blur()
    await page.getByRole('checkbox', { name: 'Saturday' }).check()
    await saved(page)
    await signWithOpenItems(page, ['Anna Schmidt', 'Tom Weber'])
    await page.getByText('Version 1 · Signed').waitFor()
    const fingerprint = (await page.locator('.version-banner .fingerprint').textContent())!.trim()

    const sla = await download(page, () => page.getByRole('button', { name: 'Export SLA (.docx)' }).click(), resolve(OUT, 'sla-en.docx'))
    const report = await checkDocx(sla, [
      'Bäckerei Müller & Söhne GmbH',
      'Branche: Lebensmittelhandwerk',
      '24',
      '300',
      'Anna Schmidt',
      'Tom Weber',
      fingerprint,
      'Regions: Bavaria and Baden-Württemberg; Austria is not covered.',
      'Time commitments count in business hours: Mon–Sat, 08:00–17:00 (Europe/Berlin)'
    ])
    expect(report).toContain("summary: all checks passed")

    await goToStep(page, /Workshop & participants/)
    const minutes = await download(page, () => page.getByRole('button', { name: 'Workshop minutes (.docx)' }).click(), resolve(OUT, 'minutes-en.docx'))
    await checkDocx(minutes, ['Bäckerei Müller & Söhne GmbH', 'Anna Schmidt', 'Branche: Lebensmittelhandwerk'])

    // Open SLA from Word file: unchanged; then the same file with its data part altered.
    await page.getByRole('link', { name: /Smarketing Studio/ }).click()
    await upload(page, () => page.getByRole('button', { name: 'Open SLA from Word file' }).click(), sla)
    const dialog = page.getByRole('dialog', { name: 'Open SLA from Word file' })
    await dialog.locator('[data-reading="unchanged"]').waitFor()
    await dialog.getByText(/The file agrees with itself/).waitFor()
    // The version was signed in this browser: the file is compared with its record too.
    await dialog.getByText(/Matches the records on this laptop: exactly version 1 as kept here/).waitFor()
    const zip = unzipSync(readFileSync(sla))
    const part = Object.keys(zip).find((name) => /^customXml\/item\d+\.xml$/.test(name) && strFromU8(zip[name]!).includes('smarketing'))!
    // The seal printed on the signature page, typed as from the paper copy.
    const seal = /"seal":"([0-9a-f]{64})"/.exec(strFromU8(zip[part]!))![1]!
    await dialog.getByLabel('Seal or fingerprint from the paper copy (optional)').fill(seal.toUpperCase().match(/.{4}/g)!.join(' '))
    await dialog.getByText('Matches the seal on the paper copy (64 of 64 digits compared).').waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()

    // One target value in the data part: 300 MQLs become 301.
    const original = strFromU8(zip[part]!)
    expect(original).toContain('"value":300')
    zip[part] = strToU8(original.replace('"value":300', '"value":301'))
    const altered = resolve(OUT, 'sla-en-altered.docx')
    writeFileSync(altered, zipSync(zip))
    await upload(page, () => page.getByRole('button', { name: 'Open SLA from Word file' }).click(), altered)
    await dialog.locator('[data-reading="changed"]').waitFor()
    await dialog.getByText(/Changed since signing/).waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()

    expect(errors).toEqual([])
    await context.close()
  })

  it('backs up, restores into an empty browser and exports the review dates', async () => {
    const first = await openApp(browser)
    await createWorkshop(first.page, 'Backup 2027')
    await addSigners(first.page, [['Anna Schmidt', 'Marketing']])
    await goToStep(first.page, /Service Level Agreement/)
    await first.page.getByLabel('Start date', { exact: true }).fill('2027-01-15')
    await saved(first.page)
    await goToStep(first.page, /Keep at it/)
    const ics = await download(first.page, () => first.page.getByRole('button', { name: /Add review dates to the calendar/ }).click(), resolve(OUT, 'review-dates.ics'))
    const calendar = readFileSync(ics, 'utf8')
    expect(calendar).toContain('BEGIN:VCALENDAR')
    expect(calendar).toContain('DTSTART;VALUE=DATE:20270415')
    expect(calendar.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)

    await goToStep(first.page, /Workshop & participants/)
    const backup = await download(first.page, () => first.page.getByRole('button', { name: 'Back up this workshop' }).click(), resolve(OUT, 'backup.smarketing'))
    await first.context.close()

    const second = await openApp(browser)
    await second.page.getByRole('heading', { name: 'No workshops yet' }).waitFor()
    await upload(second.page, () => second.page.getByRole('button', { name: 'Restore' }).click(), backup)
    const dialog = second.page.getByRole('dialog', { name: 'Restore from a backup' })
    await dialog.getByText('Backup 2027').waitFor()
    await dialog.getByRole('button', { name: 'Import' }).click()
    await second.page.getByRole('link', { name: 'Backup 2027' }).click()
    await expect.poll(() => second.page.getByLabel('Name', { exact: true }).inputValue()).toBe('Anna Schmidt')

    // A file that is not a backup is refused with a message, nothing changes.
    const junk = resolve(OUT, 'not-a-backup.smarketing')
    writeFileSync(junk, '{"hello": "world"}')
    await second.page.getByRole('link', { name: /Smarketing Studio/ }).click()
    await upload(second.page, () => second.page.getByRole('button', { name: 'Restore' }).click(), junk)
    await second.page.getByText('This file is not a Smarketing Studio backup. Nothing was changed.').waitFor()
    expect(second.errors).toEqual([])
    await second.context.close()
  })
})
