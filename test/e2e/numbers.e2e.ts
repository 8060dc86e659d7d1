import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'
import { saved } from './support/journeys'

/** What a person sees and types in each UI language: labels, and numbers in the locale's notation. */
const UI = {
  de: {
    locale: 'de-DE',
    newWorkshop: 'Neuer Workshop',
    title: 'Titel',
    organisation: 'Organisation',
    create: 'Workshop anlegen',
    details: 'Angaben zum Workshop',
    sections: 'Bereiche des Workshops',
    parts: 'Teile von Schritt 4',
    calculator: 'Lead-Ziele-Rechner',
    agreement: 'Vereinbarung',
    revenueGoal: 'Umsatzziel',
    share: 'Anteil aus Marketing-Leads',
    dealSize: 'Durchschnittlicher Auftragswert',
    leadToCustomer: 'Lead → Kunde (wenn die Stufenraten unbekannt sind)',
    revenue: 'Umsatz aus Marketing-Leads',
    year: 'Pro Jahr',
    addTarget: 'Ziel hinzufügen',
    metric: 'Kennzahl',
    target: 'Ziel',
    typed: { goal: '500.000', deal: '10.000', rate: '2,5', target: '1.200.000', ambiguous: '1,234.5' },
    shown: { goal: '500.000', deal: '10.000', rate: '2,5', target: '1.200.000', revenue: '300.000 €', customers: '30', leads: '1.200' },
    customers: 'Kunden',
    leads: 'Leads',
    notation: 'Im Deutschen werden Zahlen anders geschrieben'
  },
  en: {
    locale: 'en-GB',
    newWorkshop: 'New workshop',
    title: 'Title',
    organisation: 'Organisation',
    create: 'Create workshop',
    details: 'Workshop details',
    sections: 'Workshop sections',
    parts: 'Parts of step 4',
    calculator: 'Lead goals calculator',
    agreement: 'Agreement',
    revenueGoal: 'Revenue goal',
    share: 'Share from marketing-sourced leads',
    dealSize: 'Average deal size',
    leadToCustomer: 'Lead → customer (if the stage rates are unknown)',
    revenue: 'Revenue from marketing-sourced leads',
    year: 'Per year',
    addTarget: 'Add target',
    metric: 'Metric',
    target: 'Target',
    typed: { goal: '500,000', deal: '10,000', rate: '2.5', target: '1,200,000', ambiguous: '1.234,5' },
    shown: { goal: '500,000', deal: '10,000', rate: '2.5', target: '1,200,000', revenue: '€300,000', customers: '30', leads: '1,200' },
    customers: 'Customers',
    leads: 'Leads',
    notation: 'Numbers are written differently in English'
  }
} as const

type Ui = (typeof UI)[keyof typeof UI]

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim()

async function openCalculator(page: Page, ui: Ui) {
  await page.getByRole('navigation', { name: ui.sections }).getByRole('link', { name: /Service Level Agreement/ }).click()
  await page.getByRole('navigation', { name: ui.parts }).getByRole('link', { name: ui.calculator }).click()
  await page.getByLabel(ui.revenueGoal, { exact: true }).waitFor()
}

/** The figure next to a result's name in the calculator's results. */
async function result(page: Page, name: string) {
  const row = page.locator('.calculator-results dl > div').filter({ has: page.getByText(name, { exact: true }) })
  return plain(await row.locator('dd').textContent())
}

/** Real keystrokes, one after the other without pause, as someone typing fast in the room. */
async function typeFast(page: Page, label: string, text: string, scope: Page | ReturnType<Page['locator']> = page) {
  const field = scope.getByLabel(label, { exact: true }).last()
  await field.click()
  await field.press('ControlOrMeta+a')
  await field.pressSequentially(text)
  await field.press('Tab')
}

describe('numbers mean what the person typed', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const language of ['de', 'en'] as const) {
    const ui = UI[language]
    it(`keeps ${ui.typed.goal} in the calculator and ${ui.typed.target} as a target across a reload (${language})`, async () => {
      const { page, errors } = await openApp(browser, { locale: ui.locale })
      await page.getByRole('button', { name: ui.newWorkshop }).first().click()
      await page.getByLabel(ui.title, { exact: true }).fill('Smarketing-Auftakt')
      await page.getByLabel(ui.organisation, { exact: true }).fill('Müller Maschinenbau GmbH')
      await page.getByRole('button', { name: ui.create }).click()
      await page.getByRole('heading', { name: ui.details }).waitFor()

      await openCalculator(page, ui)
      await typeFast(page, ui.revenueGoal, ui.typed.goal)
      await typeFast(page, ui.share, '60')
      await typeFast(page, ui.dealSize, ui.typed.deal)
      await typeFast(page, ui.leadToCustomer, ui.typed.rate)
      await saved(page)
      expect(await page.getByLabel(ui.revenueGoal, { exact: true }).inputValue()).toBe(ui.shown.goal)
      await expect.poll(() => result(page, ui.revenue)).toBe(ui.shown.revenue)
      expect(await result(page, ui.customers)).toBe(ui.shown.customers)
      expect(await result(page, ui.leads)).toBe(ui.shown.leads)

      // Text that a reader could take for another number is refused at the field, and kept on screen.
      await typeFast(page, ui.dealSize, ui.typed.ambiguous)
      await expect.poll(() => page.getByRole('alert').filter({ hasText: ui.notation }).count()).toBe(1)
      expect(await page.getByLabel(ui.dealSize, { exact: true }).inputValue()).toBe(ui.typed.ambiguous)
      await page.screenshot({ path: `/tmp/numbers-calculator-${language}.png` })

      await page.getByRole('navigation', { name: ui.parts }).getByRole('link', { name: ui.agreement }).click()
      const year = page.getByRole('region', { name: ui.year })
      await year.getByRole('button', { name: ui.addTarget }).click()
      await year.getByLabel(ui.metric, { exact: true }).last().fill('Umsatz')
      await typeFast(page, ui.target, ui.typed.target, year)
      await saved(page)
      expect(await year.getByLabel(ui.target, { exact: true }).last().inputValue()).toBe(ui.shown.target)
      await year.getByLabel(ui.target, { exact: true }).last().scrollIntoViewIfNeeded()
      await page.screenshot({ path: `/tmp/numbers-target-${language}.png` })

      await page.reload()
      const yearAgain = page.getByRole('region', { name: ui.year })
      await yearAgain.getByLabel(ui.target, { exact: true }).last().waitFor()
      expect(await yearAgain.getByLabel(ui.target, { exact: true }).last().inputValue()).toBe(ui.shown.target)
      await page.getByRole('navigation', { name: ui.parts }).getByRole('link', { name: ui.calculator }).click()
      await page.getByLabel(ui.revenueGoal, { exact: true }).waitFor()
      expect(await page.getByLabel(ui.revenueGoal, { exact: true }).inputValue()).toBe(ui.shown.goal)
      // The refused text never replaced the deal size: the last valid value is still there.
      expect(await page.getByLabel(ui.dealSize, { exact: true }).inputValue()).toBe(ui.shown.deal)
      expect(await page.getByLabel(ui.leadToCustomer, { exact: true }).inputValue()).toBe(ui.shown.rate)
      await expect.poll(() => result(page, ui.revenue)).toBe(ui.shown.revenue)
      expect(await result(page, ui.leads)).toBe(ui.shown.leads)
      expect(errors).toEqual([])
      await page.context().close()
    })
  }
})
