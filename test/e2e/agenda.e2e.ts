import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { saved } from './support/journeys'
import { openApp } from './support/page'

/** What a person reads and clicks, per UI language (issue 10 §6: the agenda and the audience view). */
const UI = {
  en: {
    locale: 'en-GB',
    create: 'New workshop',
    title: 'Title',
    submit: 'Create workshop',
    details: 'Workshop details',
    sections: 'Workshop sections',
    startTime: 'Start time',
    addBreakAfterStep1: '+ Break after “Create awareness”',
    breakNameAt0930: 'Name of the break at 09:30',
    breakMinutes: (name: string) => `Minutes: ${name}`,
    removeBreak: 'Remove “Coffee break”',
    timeboxStep1: 'Timebox: Create awareness',
    totalAfterEdits: '6 hrs 10 mins · 08:30–14:40',
    totalAfterRemove: '5 hrs 55 mins · 08:30–14:25',
    // Ten minutes, or eleven when the minute turns between typing the start and reading the badge.
    behind: /^Behind plan by 1[01] minutes$/,
    audience: 'Audience view',
    language: /Common language/,
    threshold: 'Score threshold (optional)',
    mqlTitle: 'MQL definition',
    glossaryTerm: 'Term',
    sla: /Service Level Agreement/,
    tabs: 'Parts of step 4',
    calculator: 'Lead goals calculator',
    revenueGoal: 'Revenue goal',
    revenueShown: /^€500,000(\.00)?$/,
    thresholdShown: '1,000',
    overview: /Workshop & participants/,
    showAgenda: 'Show the agenda in the audience view',
    agendaTitle: 'Agenda'
  },
  de: {
    locale: 'de-DE',
    create: 'Neuer Workshop',
    title: 'Titel',
    submit: 'Workshop anlegen',
    details: 'Angaben zum Workshop',
    sections: 'Bereiche des Workshops',
    startTime: 'Beginn',
    addBreakAfterStep1: '+ Pause nach „Bewusstsein schaffen“ einfügen',
    breakNameAt0930: 'Name der Pause um 09:30',
    breakMinutes: (name: string) => `Minuten: ${name}`,
    removeBreak: '„Kaffeepause“ entfernen',
    timeboxStep1: 'Zeitrahmen: Bewusstsein schaffen',
    totalAfterEdits: '6 Std. 10 Min. · 08:30–14:40',
    totalAfterRemove: '5 Std. 55 Min. · 08:30–14:25',
    behind: /^Hinter dem Plan: 1[01] Minuten$/,
    audience: 'Publikumsansicht',
    language: /Gemeinsame Sprache/,
    threshold: 'Punkteschwelle (optional)',
    mqlTitle: 'MQL-Definition',
    glossaryTerm: 'Begriff',
    sla: /Service Level Agreement/,
    tabs: 'Teile von Schritt 4',
    calculator: 'Lead-Ziele-Rechner',
    revenueGoal: 'Umsatzziel',
    revenueShown: /^500\.000(,00)?\s€$/,
    thresholdShown: '1.000',
    overview: /Workshop & Teilnehmende/,
    showAgenda: 'Agenda in der Publikumsansicht zeigen',
    agendaTitle: 'Agenda'
  }
} as const

type Texts = (typeof UI)[keyof typeof UI]

async function createWorkshop(page: Page, ui: Texts, title: string) {
  await page.getByRole('button', { name: ui.create }).first().click()
  await page.getByLabel(ui.title, { exact: true }).fill(title)
  await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH')
  await page.getByRole('button', { name: ui.submit }).click()
  await page.getByRole('heading', { name: ui.details }).waitFor()
}

/** Waits until the agenda row of a step shows the planned time (the screen follows the database live). */
async function expectPlanned(page: Page, step: string, time: string) {
  const cell = page.locator(`[data-agenda-entry="${step}"] .agenda-time`)
  await expect.poll(() => cell.textContent(), { timeout: 5000 }).toBe(time)
}

async function expectTotal(page: Page, total: string | RegExp) {
  const cell = page.locator('[data-agenda="total"]')
  await expect.poll(() => cell.textContent(), { timeout: 5000 }).toMatch(total)
}

/** Serious and critical findings only, as "rule: target" lines that say where. */
async function scan(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}`))
}

describe.each(Object.entries(UI))('agenda and audience view (%s)', (language, ui) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('edits the agenda — a start time, a break, a timebox — and shows planned times, the total and ahead/behind plan', async () => {
    const { page, context, errors } = await openApp(browser, { locale: ui.locale })
    await createWorkshop(page, ui, 'Agenda')
    const agenda = page.getByRole('region', { name: ui.agendaTitle })
    await expectPlanned(page, 'awareness', '09:00–10:00')

    await agenda.getByLabel(ui.startTime, { exact: true }).fill('08:30')
    await expectPlanned(page, 'awareness', '08:30–09:30')
    await agenda.getByRole('button', { name: ui.addBreakAfterStep1 }).click()
    const name = agenda.getByLabel(ui.breakNameAt0930, { exact: true })
    await name.fill('Stand-up')
    await agenda.getByLabel(ui.breakMinutes('Stand-up'), { exact: true }).fill('10')
    await agenda.getByLabel(ui.breakMinutes('Stand-up'), { exact: true }).blur()
    await saved(page)
    await expectPlanned(page, 'closedLoop', '09:40–10:25')
    await expectTotal(page, ui.totalAfterEdits)

    await agenda.getByRole('button', { name: ui.removeBreak }).last().click()
    await saved(page)
    await expectTotal(page, ui.totalAfterRemove)

    // The timebox in the agenda is the step's own: change it here, see it in the step.
    await agenda.getByLabel(ui.timeboxStep1, { exact: true }).fill('75')
    await agenda.getByLabel(ui.timeboxStep1, { exact: true }).blur()
    await saved(page)
    await expectPlanned(page, 'closedLoop', '09:55–10:40')
    await page.screenshot({ path: `/tmp/agenda-edit-${language}-1366.png`, fullPage: true })

    await page.reload()
    await page.getByRole('heading', { name: ui.details }).waitFor()
    await expectPlanned(page, 'closedLoop', '09:55–10:40')
    await expectTotal(page, /08:30–14:40$/)

    // Live: the workshop is today; starting ten minutes ago with no step timer running is behind plan.
    const tenMinutesAgo = await page.evaluate(() => {
      const then = new Date(Date.now() - 10 * 60_000)
      return `${String(then.getHours()).padStart(2, '0')}:${String(then.getMinutes()).padStart(2, '0')}`
    })
    await page.getByLabel(ui.startTime, { exact: true }).fill(tenMinutesAgo)
    // The start typed before (08:30) may already read "behind" by more: wait for the new start's figure.
    await expect.poll(() => page.locator('[data-plan]').textContent(), { timeout: 15_000 }).toMatch(ui.behind)
    expect(await page.locator('[data-plan]').getAttribute('data-plan')).toBe('behind')

    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('the audience view follows the focused section in large type with the workshop’s numbers, and shows the agenda on request', async () => {
    const { page, context, errors } = await openApp(browser, { locale: ui.locale })
    const findings: string[] = []
    await createWorkshop(page, ui, 'Audience')
    findings.push(...(await scan(page, 'overview with agenda')))
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: ui.audience, exact: true }).click()])
    await audience.setViewportSize({ width: 1920, height: 1080 })
    await audience.locator('[data-audience="live"]').waitFor()
    const nav = page.getByRole('navigation', { name: ui.sections })
    const focusOf = () => audience.locator('[data-audience="live"]').getAttribute('data-focus')

    // MQL threshold: focusing the field brings the MQL definition, with the threshold in large type.
    await nav.getByRole('link', { name: ui.language }).click()
    await page.getByLabel(ui.threshold, { exact: true }).fill('1000')
    await audience.waitForFunction(() => document.querySelector('[data-audience="live"]')?.getAttribute('data-focus') === 'mql')
    expect(await audience.getByRole('heading', { level: 1 }).textContent()).toBe(ui.mqlTitle)
    await audience.waitForFunction((shown) => document.querySelector('[data-figure="threshold"] .focus-number')?.textContent === shown, ui.thresholdShown)
    const size = await audience.locator('.focus-number').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThan(80)
    findings.push(...(await scan(audience, 'audience view: MQL')))
    await audience.screenshot({ path: `/tmp/agenda-audience-mql-${language}-1920.png` })

    // Working elsewhere in the step: the whole step again.
    await page.getByRole('button', { name: language === 'de' ? 'Begriff hinzufügen' : 'Add term' }).focus()
    await audience.waitForFunction(() => document.querySelector('[data-audience="live"]')?.getAttribute('data-focus') === null)

    // Calculator: money with the locale's separators and currency.
    await nav.getByRole('link', { name: ui.sla }).click()
    await page.getByRole('navigation', { name: ui.tabs }).getByRole('link', { name: ui.calculator }).click()
    await page.getByLabel(ui.revenueGoal, { exact: true }).fill('500000')
    await audience.waitForFunction(() => document.querySelector('[data-audience="live"]')?.getAttribute('data-focus') === 'calculator')
    await audience.getByText(ui.revenueShown).first().waitFor({ timeout: 5000 })
    findings.push(...(await scan(audience, 'audience view: calculator')))
    await audience.screenshot({ path: `/tmp/agenda-audience-calculator-${language}-1920.png` })

    // The agenda, on request.
    await nav.getByRole('link', { name: ui.overview }).click()
    // The audience window hears of the move a moment later: wait for it, then look.
    await audience.waitForFunction(() => document.querySelector('[data-audience="live"]')?.getAttribute('data-focus') === null)
    expect(await focusOf()).toBeNull()
    await page.getByRole('button', { name: ui.showAgenda }).click()
    await audience.waitForFunction(() => document.querySelector('[data-audience="live"]')?.getAttribute('data-focus') === 'agenda')
    expect(await audience.getByRole('heading', { level: 1 }).textContent()).toBe(ui.agendaTitle)
    await audience.getByRole('cell', { name: '09:00–10:00' }).waitFor()
    const table = await audience.locator('.focus-agenda').boundingBox()
    expect(table!.width).toBeGreaterThan(1700)
    findings.push(...(await scan(audience, 'audience view: agenda')))
    await audience.screenshot({ path: `/tmp/agenda-audience-agenda-${language}-1920.png` })
    await page.screenshot({ path: `/tmp/agenda-overview-${language}-1366.png` })

    // The facilitator switches the UI language: the projector follows at once (SPEC §7).
    const other = language === 'de' ? 'en' : 'de'
    await page.getByRole('combobox', { name: language === 'de' ? 'Sprache' : 'Language', exact: true }).selectOption(other)
    const itemColumn = { de: 'Programmpunkt', en: 'Item' }
    await audience.getByRole('columnheader', { name: itemColumn[other], exact: true }).waitFor({ timeout: 5000 })
    expect(await audience.getByRole('columnheader', { name: itemColumn[language as 'de' | 'en'], exact: true }).count()).toBe(0)
    expect(await audience.evaluate(() => document.documentElement.lang)).toBe(other)

    expect(await audience.locator('button, input, textarea, select').count()).toBe(0)
    expect(findings).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  }, 150_000)
})
