import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { addSigners, createWorkshop, goToStep, saved, signWithOpenItems, tab } from './support/journeys'
import { openApp } from './support/page'
import { documentXml, download } from './support/files'

const OUT = resolve(import.meta.dirname, '../../test-results/exports')

/** The words of a Word file, as a reader sees them (Intl's no-break spaces as spaces). */
function docxText(path: string): string {
  return documentXml(path)
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[\u00A0\u202F]/g, ' ')
}

async function card(page: Page, title: string) {
  await page.getByRole('link', { name: /Smarketing Studio/ }).click()
  const item = page.locator('.workshop-card', { has: page.getByRole('link', { name: title }) })
  await item.waitFor()
  const fact = async (term: string) => (await item.locator('dl > div', { has: page.getByText(term, { exact: true }) }).locator('dd').textContent())?.trim()
  return { sla: await fact('SLA'), nextReview: await fact('Next review') }
}

describe('review dates and the reviewed quarter', () => {
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('reviews the quarter just ended, and every screen and file agrees on a moved review date', async () => {
    const { page, context, errors } = await openApp(browser)
    // The first day of Q2: the review must look back on Q1, not propose Q2.
    await page.clock.setFixedTime(new Date('2027-04-01T09:00:00'))
    await page.reload()
    const title = 'Review dates 2027'
    await createWorkshop(page, title)
    await addSigners(page, [
      ['Anna Schmidt', 'Marketing'],
      ['Tom Weber', 'Sales']
    ])
    await goToStep(page, /Service Level Agreement/)
    await tab(page, 'Agreement')
    await page.getByLabel('Start date', { exact: true }).fill('2027-01-01')
    await saved(page)

    // Before signing the list already names the draft and the planned dates of step 5.
    expect(await card(page, title)).toEqual({ sla: 'Version 1 · Draft', nextReview: '1 Apr 2027' })
    await page.getByRole('link', { name: title }).click()

    await signWithOpenItems(page, ['Anna Schmidt', 'Tom Weber'])
    await page.getByText('Version 1 · Signed').waitFor()

    await goToStep(page, /Quarterly review/)
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('2027-Q1')
    await page.getByText('A review looks back on the quarter that has ended before its date: 1 Jan 2027 – 31 Mar 2027.').waitFor()
    await page.screenshot({ path: '/tmp/reviews-start-en.png' })
    // A review dated in January would look back on 2026-Q4, before the SLA's start: the form says so.
    const reviewDate = page.getByLabel('Date of the review', { exact: true })
    await reviewDate.fill('2027-01-15')
    const beforeSla = page.getByText('The SLA starts on 1 Jan 2027; this quarter ended before that and has nothing to measure. The first quarter under the SLA (2027-Q1) ends on 31 Mar 2027; it can be reviewed from 1 Apr 2027.')
    await beforeSla.waitFor()
    await reviewDate.fill('2027-04-01')
    await beforeSla.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Start review' }).last().click()
    await page.getByRole('heading', { level: 1, name: /Review 2027-Q1/ }).waitFor()

    // Step 5: generated on working days — 1 January 2028 is New Year's Day on a Saturday.
    await goToStep(page, /Keep at it/)
    const table = page.getByRole('table', { name: 'Review dates' })
    const rows = table.locator('tbody tr')
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual(['Thu, 1 Apr 2027', 'Thu, 1 Jul 2027', 'Fri, 1 Oct 2027', 'Mon, 3 Jan 2028'])
    expect(await rows.nth(3).textContent()).toContain('moved from Sat, 1 Jan 2028 (New Year’s Day)'.replace('’', "'"))

    // The room moves the first review by a week.
    await page.getByLabel('Move review 1 (Thu, 1 Apr 2027)', { exact: true }).fill('2027-04-08')
    await saved(page)
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual(['Thu, 8 Apr 2027', 'Thu, 1 Jul 2027', 'Fri, 1 Oct 2027', 'Mon, 3 Jan 2028'])
    expect(await rows.first().textContent()).toContain('moved by the room (planned: Thu, 1 Apr 2027)')
    await page.screenshot({ path: '/tmp/reviews-dates-en.png', fullPage: true })

    // The calendar, the minutes, the SLA and the list all carry the moved date.
    const ics = readFileSync(await download(page, () => page.getByRole('button', { name: /Add review dates to the calendar/ }).click(), resolve(OUT, 'review-dates-moved.ics')), 'utf8')
    expect(ics).toContain('DTSTART;VALUE=DATE:20270408')
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20270401')
    expect(ics).toContain('DTSTART;VALUE=DATE:20280103')
    expect(ics.replace(/\r\n /g, '')).toContain('Period: 2027-Q1')

    const expectedDates = ['8 April 2027', '1 July 2027', '1 October 2027', '3 January 2028']
    await goToStep(page, /Workshop & participants/)
    const minutes = docxText(await download(page, () => page.getByRole('button', { name: 'Workshop minutes (.docx)' }).click(), resolve(OUT, 'minutes-review-dates.docx')))
    for (const date of expectedDates) expect(minutes).toContain(date)
    expect(minutes).not.toContain('No review dates have been planned yet.')

    await goToStep(page, /Service Level Agreement/)
    const sla = docxText(await download(page, () => page.getByRole('button', { name: 'Export SLA (.docx)' }).click(), resolve(OUT, 'sla-review-dates.docx')))
    for (const date of expectedDates) expect(sla).toContain(date)

    expect(await card(page, title)).toEqual({ sla: 'Version 1 · Signed', nextReview: '8 Apr 2027' })
    await page.screenshot({ path: '/tmp/reviews-list-en.png' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('in German: a readable list of dates that avoids the holidays of the chosen federal state', async () => {
    const { page, context, errors } = await openApp(browser)
    await page.clock.setFixedTime(new Date('2027-04-01T09:00:00'))
    await page.reload()
    const title = 'Feiertage 2027'
    await createWorkshop(page, title)
    await goToStep(page, /Service Level Agreement/)
    await tab(page, 'Agreement')
    // Quarterly from 6 October 2026: the first review falls on Epiphany, a holiday in Bavaria only.
    await page.getByLabel('Start date', { exact: true }).fill('2026-10-06')
    await saved(page)
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de')

    await page.getByRole('navigation', { name: 'Bereiche des Workshops' }).getByRole('link', { name: /Dranbleiben/ }).click()
    const rows = page.getByRole('table', { name: 'Review-Termine' }).locator('tbody tr')
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual(['Mi., 06.01.2027', 'Di., 06.04.2027', 'Di., 06.07.2027', 'Mi., 06.10.2027'])
    await page.getByText('Feiertage: Nur bundesweite Feiertage.').waitFor()

    await page.getByRole('link', { name: 'In den Workshop-Angaben ändern' }).click()
    await page.getByLabel('Feiertage des Bundeslands').selectOption({ label: 'Bayern' })
    await saved(page)
    await page.getByRole('navigation', { name: 'Bereiche des Workshops' }).getByRole('link', { name: /Dranbleiben/ }).click()
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual(['Do., 07.01.2027', 'Di., 06.04.2027', 'Di., 06.07.2027', 'Mi., 06.10.2027'])
    expect(await rows.first().textContent()).toContain('verschoben vom Mi., 06.01.2027 (Heilige Drei Könige)')
    await page.getByRole('heading', { name: 'Review-Termine' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/reviews-dates-de.png' })
    expect(errors).toEqual([])
    await context.close()
  })
})
