import AxeBuilder from '@axe-core/playwright'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { formatEditable, formatMoney, formatNumber } from '../../shared/domain/numbers'
import { generate, hubspot, hubspotXlsx, inQ1 } from '../shared/crm/export-generator'
import { launchChromium } from './support/chromium'
import { documentXml, download, upload } from './support/files'
import { addSigners, createWorkshop, goToStep, signWithOpenItems, targetsFromCalculator } from './support/journeys'
import { openApp } from './support/page'

const OUT = resolve(import.meta.dirname, '../../test-results/crm-import')
const ROWS = 5000

/** Serious and critical axe findings in the import's card, as "rule at target" lines. */
async function accessibilityFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.crm-import').analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`))
}

/** A row of the figures table: its value and how it was computed. */
async function figure(page: Page, label: string): Promise<string[]> {
  const row = page.locator('.crm-figures tr', { has: page.getByRole('rowheader', { name: label, exact: true }) })
  return row.getByRole('cell').allTextContents()
}

describe('CRM import in a quarterly review', () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('imports a HubSpot export saved by German Excel in a German review and shows the quarter’s figures', async () => {
    // The seeded export of the bench, saved the German-Excel way: semicolons, Windows-1252, dd.mm.yyyy.
    const truth = generate(7, ROWS, { contact: false, sql: false })
    const file = resolve(OUT, 'hubspot-kontakte.csv')
    writeFileSync(file, hubspot(truth, true))
    // Counted by hand from what the file was made of: the period's events by their own dates.
    const mqls = truth.filter((t) => inQ1(t.mql))
    const sqls = truth.filter((t) => inQ1(t.sql)).length
    const customers = truth.filter((t) => inQ1(t.customer))
    const revenueCents = customers.reduce((sum, t) => sum + (t.cents ?? 0), 0)
    // Every SQL date lies before the import (mid-May at the latest), so the cohort is every MQL with one.
    const cohort = mqls.filter((t) => t.sql !== null).length
    const contactBeforeMql = truth.filter((t) => t.mql !== null && t.contact !== null && t.contact < t.mql).length

    // The workshop is signed on one laptop and restored from its backup on the one used at the review.
    const first = await openApp(browser)
    await createWorkshop(first.page, 'CRM 2027')
    await addSigners(first.page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    await targetsFromCalculator(first.page)
    await signWithOpenItems(first.page, ['Anna Schmidt', 'Tom Weber'])
    await first.page.getByText('Version 1 · Signed').waitFor()
    await goToStep(first.page, /Workshop & participants/)
    const backup = await download(first.page, () => first.page.getByRole('button', { name: 'Back up this workshop' }).click(), resolve(OUT, 'crm-2027.smarketing'))
    expect(first.errors).toEqual([])
    await first.context.close()

    const { page, context, errors } = await openApp(browser, { viewport: { width: 1366, height: 768 } })
    await page.clock.setFixedTime(new Date('2027-05-20T10:00:00'))
    await page.reload()
    await upload(page, () => page.getByRole('button', { name: 'Restore' }).click(), backup)
    await page.getByRole('dialog', { name: 'Restore from a backup' }).getByRole('button', { name: 'Import' }).click()
    await page.getByRole('link', { name: 'CRM 2027' }).click()

    await goToStep(page, /Quarterly review/)
    await page.getByLabel('Language').selectOption('de')
    await page.getByLabel('Zeitraum', { exact: true }).fill('2027-Q1')
    await page.getByRole('button', { name: 'Review beginnen' }).last().click()
    await page.getByRole('heading', { level: 1, name: /Review 2027-Q1/ }).waitFor()

    await upload(page, () => page.getByRole('button', { name: 'CRM-Export importieren (.csv, .xlsx)' }).click(), file)
    await page.getByText('Erkannt als HubSpot-Kontaktexport. Prüfen Sie die Spalten und bestätigen Sie.').waitFor()
    await page.getByText('hubspot-kontakte.csv · Windows-1252 (wie deutsches Excel speichert), getrennt durch Semikolons').waitFor()
    expect(await page.getByRole('combobox', { name: 'Spalte für Zum MQL geworden' }).inputValue()).toBe('Became a Marketing Qualified Lead Date')
    await page.getByRole('heading', { name: 'Welche Spalte enthält was?' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/crm-mapping-de-1366.png' })
    expect(await accessibilityFindings(page)).toEqual([])
    await page.locator('.crm-import').screenshot({ path: '/tmp/crm-mapping-de-section.png' })

    await page.getByRole('button', { name: 'Zahlen berechnen' }).click()
    await page.getByRole('heading', { name: 'Zahlen für 2027-Q1' }).waitFor()
    expect(await figure(page, 'MQLs')).toEqual([formatNumber(mqls.length, 'de', 0), 'im Quartal zum MQL geworden'])
    expect((await figure(page, 'SQLs'))[0]).toBe(formatNumber(sqls, 'de', 0))
    expect((await figure(page, 'Kunden'))[0]).toBe(formatNumber(customers.length, 'de', 0))
    expect((await figure(page, 'Umsatz'))[0]).toBe(formatMoney(revenueCents / 100, 'EUR', 'de'))
    expect((await figure(page, 'MQL → SQL'))[1]).toBe(`${formatNumber(cohort, 'de', 0)} von ${formatNumber(mqls.length, 'de', 0)} MQLs des Quartals bis zum Import zum SQL geworden`)
    // No-break spaces keep number and unit together (\s matches them).
    expect((await figure(page, 'Zeit bis zum ersten Kontakt'))[0]).toMatch(/^Median\s[\d,]+\sGeschäftsstunden · p90\s[\d,.]+\sGeschäftsstunden$/)
    expect(await figure(page, 'Sales accepts or rejects an MQL (with a reason) within')).toEqual(['—', 'nicht gemessen: Der Export hat keine Spalte für „Vom Vertrieb angenommen oder abgelehnt“'])
    await page.getByText(`${formatNumber(ROWS, 'de', 0)} Zeilen aus hubspot-kontakte.csv, importiert am 20.05.2027`, { exact: false }).waitFor()
    await page.getByText(`${formatNumber(contactBeforeMql, 'de', 0)} Zeilen mit erstem Kontakt vor dem MQL-Datum`, { exact: false }).waitFor()
    // Names and e-mail addresses were in the preview only.
    expect(await page.getByText(truth[0]!.email).count()).toBe(0)
    await page.getByRole('heading', { name: 'Zahlen für 2027-Q1' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/crm-figures-de-1366.png' })
    expect(await accessibilityFindings(page)).toEqual([])
    await page.locator('.crm-import').screenshot({ path: '/tmp/crm-figures-de-section.png' })

    // Into the review: the calculator's targets get the quarter's counts, the first-contact commitment
    // its 90th percentile (as the figures show it), the calculator the measured MQL → SQL rate.
    const p90 = /p90\s([\d.,]+)\sGeschäftsstunden/.exec((await figure(page, 'Zeit bis zum ersten Kontakt'))[0]!)![1]!
    await page.getByRole('button', { name: 'Diese Zahlen übernehmen' }).click()
    const actual = page.getByLabel('Ist-Wert: MQLs handed to sales', { exact: true })
    await expect.poll(() => actual.inputValue()).toBe(formatEditable(mqls.length, 'de'))
    await expect.poll(() => page.getByLabel('Ist-Wert: Customers won', { exact: true }).inputValue()).toBe(formatEditable(customers.length, 'de'))
    await expect.poll(() => page.getByLabel('Ist-Wert: Sales contacts a new MQL for the first time within', { exact: true }).inputValue()).toBe(p90)
    await expect.poll(() => page.locator('.rates-grid').getByLabel('MQL → SQL', { exact: true }).inputValue()).toBe(formatEditable(Math.round((cohort / mqls.length) * 1000) / 10, 'de'))
    const mark = page.locator('tr', { has: actual }).locator('.crm-mark')
    expect(await mark.textContent()).toBe('Aus dem CRM-Export hubspot-kontakte.csv, 20.05.2027, 10:00')
    await actual.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/crm-actuals-de-1366.png' })

    // Kept in the review: after a reload the figures are there without the file.
    await page.reload()
    await page.getByRole('heading', { name: 'Zahlen für 2027-Q1' }).waitFor()
    expect(await figure(page, 'MQLs')).toEqual([formatNumber(mqls.length, 'de', 0), 'im Quartal zum MQL geworden'])
    expect(await mark.textContent()).toBe('Aus dem CRM-Export hubspot-kontakte.csv, 20.05.2027, 10:00')

    // The same figures in English, in the person's other language.
    await page.getByLabel('Sprache').selectOption('en')
    await page.getByRole('heading', { name: 'Figures for 2027-Q1' }).waitFor()
    expect(await figure(page, 'MQLs')).toEqual([formatNumber(mqls.length, 'en', 0), 'became MQL in the quarter'])
    expect((await figure(page, 'Revenue'))[0]).toBe(formatMoney(revenueCents / 100, 'EUR', 'en'))
    await page.screenshot({ path: '/tmp/crm-figures-en-1366.png' })
    await page.locator('.crm-import').screenshot({ path: '/tmp/crm-figures-en-section.png' })

    // The review report (in the SLA's language, English here) states the figures and how they were computed.
    const report = await download(page, () => page.getByRole('button', { name: 'Export review report (.docx)' }).click(), resolve(OUT, 'review-report-crm.docx'))
    const reportText = [...documentXml(report).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    for (const words of [
      'Figures from the CRM export',
      `${formatNumber(ROWS, 'en', 0)} rows of hubspot-kontakte.csv, imported on`,
      `${formatNumber(cohort, 'en', 0)} of ${formatNumber(mqls.length, 'en', 0)} MQLs of the quarter became SQL by the import`,
      'How the figures are computed',
      'Response time: The time from becoming MQL to the first contact',
      'Median and p90: ',
      // Beneath each actual the figures filled.
      'from the CRM export'
    ]) {
      expect(reportText).toContain(words)
    }
    // The same contacts as HubSpot's Excel export: read in the worker (head and figures) into the same
    // figures, with the columns confirmed at the first import proposed again.
    const workbookFile = resolve(OUT, 'hubspot-contacts.xlsx')
    writeFileSync(workbookFile, hubspotXlsx(truth, { strings: 'shared', sheet: 'Contacts' }))
    await upload(page, () => page.getByRole('button', { name: 'Import another export' }).click(), workbookFile)
    await page.getByText('Columns as confirmed at this workshop’s last import. Check them and confirm.').waitFor()
    await page.getByText('hubspot-contacts.xlsx · Excel workbook, sheet “Contacts”').waitFor()
    await page.getByRole('heading', { name: 'Which column holds what?' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/crm-mapping-en-1366.png' })
    // Figures per owner only when chosen: a table under the team figures; the definitions open below it.
    const perOwner = page.getByRole('checkbox', { name: 'Also show the figures per owner' })
    expect(await perOwner.isChecked()).toBe(false)
    await perOwner.check()
    await page.getByRole('button', { name: 'Compute figures' }).click()
    await page.getByRole('heading', { name: 'Figures for 2027-Q1' }).waitFor()
    expect(await figure(page, 'MQLs')).toEqual([formatNumber(mqls.length, 'en', 0), 'became MQL in the quarter'])
    expect((await figure(page, 'Revenue'))[0]).toBe(formatMoney(revenueCents / 100, 'EUR', 'en'))
    await page.getByText(`${formatNumber(ROWS, 'en', 0)} rows of hubspot-contacts.xlsx, imported on`, { exact: false }).waitFor()

    const owners = page.getByRole('table', { name: 'Figures per owner' })
    await owners.waitFor()
    expect(await owners.getByRole('row').count()).toBeGreaterThan(1)
    await page.getByText('How the figures are computed').click()
    await page.getByText('Median and p90', { exact: true }).waitFor()
    await owners.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/crm-owners-en-1366.png' })
    expect(await accessibilityFindings(page)).toEqual([])
    await page.locator('.crm-import').screenshot({ path: '/tmp/crm-owners-en-section.png' })

    expect(errors).toEqual([])
    await context.close()
  })
})
