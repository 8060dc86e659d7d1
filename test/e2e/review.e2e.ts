import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, saved, signWithOpenItems, targetsFromCalculator } from './support/journeys'
import { openApp } from './support/page'
import { checkDocx } from './support/check-docx'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

const OUT = resolve(import.meta.dirname, '../../test-results/exports')

async function actual(page: Page, label: string, value: string) {
  const field = page.getByLabel(`Actual: ${label}`, { exact: true })
  await field.fill(value)
  await field.blur()
}

async function statusOf(page: Page, label: string) {
  return page.locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) }).first().getAttribute('data-status')
}

async function startReview(page: Page, period: string) {
  await goToStep(page, /Quarterly review/)
  await page.getByLabel('Period', { exact: true }).fill(period)
  await page.getByRole('button', { name: 'Start review' }).last().click()
  await page.getByRole('heading', { level: 1, name: new RegExp(`Review ${period}`) }).waitFor()
}

describe('quarterly review', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('measures actuals against the signed SLA, shows the trend and amends it', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: { width: 1366, height: 900 } })
    await createWorkshop(page, 'Review 2027')
    await addSigners(page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    await targetsFromCalculator(page)
    await signWithOpenItems(page, ['Anna Schmidt', 'Tom Weber'])
    await page.getByText('Version 1 · Signed').waitFor()

    // 2027-Q1: above, slightly under, far under, at-most met, at-most missed, one not measured.
    await startReview(page, '2027-Q1')
    await actual(page, 'MQLs handed to sales', '330')
    await actual(page, 'SQLs', '110')
    await actual(page, 'Customers won', '10')
    await actual(page, 'Sales contacts a new MQL for the first time within', '12')
    await actual(page, 'Sales accepts or rejects an MQL (with a reason) within', '96')
    await saved(page)
    await expect.poll(() => statusOf(page, 'MQLs handed to sales')).toBe('green')
    expect(await statusOf(page, 'SQLs')).toBe('amber')
    expect(await statusOf(page, 'Customers won')).toBe('red')
    expect(await statusOf(page, 'Sales contacts a new MQL')).toBe('green')
    expect(await statusOf(page, 'Sales accepts or rejects an MQL')).toBe('red')
    expect(await statusOf(page, 'New leads')).toBe('notMeasured')
    // Named counts, not one percentage: 2 met, 1 nearly met, 2 missed, the rest not measured.
    await expect.poll(() => page.locator('.overall').textContent()).toMatch(/^Attainment: 2 of 18 items met · 1 nearly met · 2 missed · 12 not measured/)

    // The review report opens everywhere and shows period, targets, actuals and attainment.
    mkdirSync(OUT, { recursive: true })
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export review report (.docx)' }).click()])
    const report = resolve(OUT, 'review-2027-Q1.docx')
    await file.saveAs(report)
    expect(await checkDocx(report, ['2027-Q1', 'MQLs handed to', '300 MQLs', '330 MQLs', '110%', 'not measured', 'Attainment: 2 of 18 items met · 1 nearly met · 2 missed'])).toContain('summary: all checks passed')

    await page.getByRole('button', { name: 'Close review' }).first().click()
    await page.getByRole('dialog', { name: 'Close the review?' }).getByRole('button', { name: 'Close review' }).click()
    await page.getByText('This review is closed and read-only.').waitFor()
    expect(await page.getByLabel('Actual: SQLs', { exact: true }).getAttribute('readonly')).not.toBeNull()

    // 2027-Q2 with other actuals; the trend shows both quarters.
    await startReview(page, '2027-Q2')
    await actual(page, 'MQLs handed to sales', '240')
    await actual(page, 'Customers won', '33')
    await saved(page)
    const trend = page.getByRole('table', { name: 'Attainment per target and review' })
    await expect.poll(() => trend.locator('thead th').allTextContents()).toEqual(['Target or commitment', '2027-Q1', '2027-Q2'])
    const mqlRow = trend.locator('tr', { has: page.getByRole('rowheader', { name: 'MQLs handed to sales' }) })
    expect(await mqlRow.locator('td').allTextContents()).toEqual(['110% (met)', '80% (nearly met)'])

    // Amend from the review and sign v2: the Q1 review stays attached to v1.
    await page.getByRole('button', { name: 'Amend SLA from this review' }).click()
    await page.getByText('Version 2 · Draft').waitFor()
    await signWithOpenItems(page, ['Anna Schmidt', 'Tom Weber'])
    await page.getByText('Version 2 · Signed').waitFor()
    await goToStep(page, /Quarterly review/)
    const list = page.locator('.review-list li')
    await expect.poll(() => list.count()).toBe(2)
    expect(await list.allTextContents()).toEqual([
      expect.stringMatching(/2027-Q2.*of SLA version 1/),
      expect.stringMatching(/2027-Q1.*of SLA version 1.*Closed/)
    ])
    expect(errors).toEqual([])
    await context.close()
  })
})
