import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { openApp } from './support/page'

/** The visible texts of both languages for one journey. */
const UI = {
  en: {
    locale: 'en-GB',
    newWorkshop: 'New workshop',
    title: 'Title',
    create: 'Create workshop',
    addParticipant: 'Add participant',
    name: 'Name',
    role: 'Role / title',
    team: 'Team',
    teams: ['Marketing', 'Sales', 'Management', 'Other'],
    nav: 'Workshop sections',
    steps: ['Create awareness', 'Closed-loop reporting', 'Common language', 'Keep at it'],
    addCard: 'Add card',
    card: 'Card',
    voiceColumn: 'Sales hears about itself',
    addBenefit: 'Add benefit',
    benefit: 'Benefit',
    goal: 'Shared goal statement',
    ratingSales: 'Rating Sales',
    addStage: 'Add stage',
    stage: 'Stage',
    addReport: 'Add report',
    report: 'Report',
    addReason: 'Add reason',
    reason: 'Reason',
    mql: 'MQL definition',
    addCriterion: 'Add criterion',
    criterion: 'Criterion',
    addTerm: 'Add term',
    term: 'Term',
    addAction: 'Add action',
    action: 'Action',
    addConcern: 'Add concern',
    concern: 'Concern or fear',
    saved: 'All changes saved'
  },
  de: {
    locale: 'de-DE',
    newWorkshop: 'Neuer Workshop',
    title: 'Titel',
    create: 'Workshop anlegen',
    addParticipant: 'Person hinzufügen',
    name: 'Name',
    role: 'Rolle / Titel',
    team: 'Team',
    teams: ['Marketing', 'Vertrieb', 'Geschäftsleitung', 'Andere'],
    nav: 'Bereiche des Workshops',
    steps: ['Bewusstsein schaffen', 'Closed-Loop-Reporting', 'Gemeinsame Sprache', 'Dranbleiben'],
    addCard: 'Karte hinzufügen',
    card: 'Karte',
    voiceColumn: 'Vertrieb hört über sich',
    addBenefit: 'Nutzen hinzufügen',
    benefit: 'Nutzen',
    goal: 'Unser gemeinsames Ziel',
    ratingSales: 'Bewertung Vertrieb',
    addStage: 'Stufe hinzufügen',
    stage: 'Stufe',
    addReport: 'Bericht hinzufügen',
    report: 'Bericht',
    addReason: 'Grund hinzufügen',
    reason: 'Grund',
    mql: 'MQL-Definition',
    addCriterion: 'Kriterium hinzufügen',
    criterion: 'Kriterium',
    addTerm: 'Begriff hinzufügen',
    term: 'Begriff',
    addAction: 'Maßnahme hinzufügen',
    action: 'Maßnahme',
    addConcern: 'Bedenken hinzufügen',
    concern: 'Bedenken oder Befürchtung',
    saved: 'Alle Änderungen gespeichert'
  }
} as const

type Texts = (typeof UI)[keyof typeof UI]

/** Hostile but legal input: emoji, right-to-left text, quotes and a text just below the shared goal's limit (2,000). */
const TRICKY = ['Leads 👍 „schnell“ <b>bearbeiten</b>', 'מכירות ושיווק ביחד', `${'Lang '.repeat(399)}Ende`]

async function addAndType(page: Page, scope: Locator, addLabel: string, fieldLabel: string, text: string) {
  await scope.getByRole('button', { name: addLabel, exact: true }).click()
  const field = scope.getByLabel(fieldLabel, { exact: true }).last()
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true)
  await field.fill(text)
  await field.blur()
}

async function waitSaved(page: Page, ui: Texts) {
  await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved')
  await page.getByText(ui.saved).waitFor()
}

async function goToStep(page: Page, ui: Texts, index: number) {
  await page.getByRole('navigation', { name: ui.nav }).getByRole('link', { name: new RegExp(ui.steps[index]!) }).click()
  await page.getByRole('heading', { level: 1, name: ui.steps[index]! }).waitFor()
}

async function values(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
}

describe.each(Object.entries(UI))('capturing a workshop (%s)', (language, ui) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('keeps everything exactly as typed across a reload', async () => {
    const { page, context, errors, foreignRequests } = await openApp(browser, { locale: ui.locale })
    const tag = language.toUpperCase()

    await page.getByRole('button', { name: ui.newWorkshop }).first().click()
    await page.getByLabel(ui.title, { exact: true }).fill(`Kick-off ${tag}`)
    await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH')
    await page.getByRole('button', { name: ui.create }).click()

    // Participants of all four teams.
    const people = ['Anna Schmidt', 'Tom Weber', 'Dr. Eva Roth', 'Kai Lenz']
    for (const [index, person] of people.entries()) {
      await page.getByRole('button', { name: ui.addParticipant }).click()
      const name = page.getByLabel(ui.name, { exact: true }).nth(index)
      await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true)
      await name.fill(person)
      await page.getByLabel(ui.role, { exact: true }).nth(index).fill(`Role ${index + 1}`)
      await page.getByLabel(ui.team, { exact: true }).nth(index).selectOption({ label: ui.teams[index]! })
    }
    await waitSaved(page, ui)

    // Step 1
    await goToStep(page, ui, 0)
    await page.getByRole('radiogroup', { name: ui.ratingSales, exact: true }).first().getByRole('radio', { name: '4' }).check()
    const salesHears = page.getByRole('region', { name: ui.voiceColumn })
    await addAndType(page, salesHears, ui.addCard, ui.card, TRICKY[0]!)
    await addAndType(page, salesHears, ui.addCard, ui.card, 'Sales only wants discounts')
    await addAndType(page, page.locator('body'), ui.addBenefit, ui.benefit, TRICKY[1]!)
    await addAndType(page, page.locator('body'), ui.addBenefit, ui.benefit, 'Shorter sales cycles')
    await page.getByLabel(ui.goal, { exact: true }).fill(TRICKY[2]!)
    await waitSaved(page, ui)

    // Step 2
    await goToStep(page, ui, 1)
    await addAndType(page, page.locator('body'), ui.addStage, ui.stage, 'Re-engaged')
    await addAndType(page, page.locator('body'), ui.addReport, ui.report, 'Weekly lead report')
    await addAndType(page, page.locator('body'), ui.addReport, ui.report, 'Monthly revenue review')
    await addAndType(page, page.locator('body'), ui.addReason, ui.reason, 'Student, not a buyer')
    await waitSaved(page, ui)

    // Step 3
    await goToStep(page, ui, 2)
    const mql = page.getByRole('region', { name: ui.mql })
    await addAndType(page, mql, ui.addCriterion, ui.criterion, 'Industry: mechanical engineering')
    await addAndType(page, mql, ui.addCriterion, ui.criterion, 'Visited the pricing page twice')
    await addAndType(page, page.locator('body'), ui.addTerm, ui.term, 'Buying center 🏢')
    await waitSaved(page, ui)

    // Step 5
    await goToStep(page, ui, 3)
    await addAndType(page, page.locator('body'), ui.addAction, ui.action, 'Joint lead review every Monday')
    await addAndType(page, page.locator('body'), ui.addAction, ui.action, 'Shadow a sales visit')
    await addAndType(page, page.locator('body'), ui.addConcern, ui.concern, 'Fear of more control')
    await waitSaved(page, ui)

    await page.reload()

    await goToStep(page, ui, 3)
    expect(await values(page.getByLabel(ui.action, { exact: true }))).toEqual([
      'Joint lead review every Monday',
      'Shadow a sales visit'
    ])
    expect(await values(page.getByLabel(ui.concern, { exact: true }))).toEqual(['Fear of more control'])

    await goToStep(page, ui, 2)
    expect(await values(mql.getByLabel(ui.criterion, { exact: true }))).toEqual([
      'Industry: mechanical engineering',
      'Visited the pricing page twice'
    ])
    expect((await values(page.getByLabel(ui.term, { exact: true }))).at(-1)).toBe('Buying center 🏢')

    await goToStep(page, ui, 1)
    expect((await values(page.getByLabel(ui.stage, { exact: true }))).at(-1)).toBe('Re-engaged')
    expect(await values(page.getByLabel(ui.report, { exact: true }))).toEqual(['Weekly lead report', 'Monthly revenue review'])
    expect((await values(page.getByLabel(ui.reason, { exact: true }))).at(-1)).toBe('Student, not a buyer')

    await goToStep(page, ui, 0)
    expect(await page.getByRole('radiogroup', { name: ui.ratingSales, exact: true }).first().getByRole('radio', { name: '4' }).isChecked()).toBe(true)
    expect(await values(salesHears.getByLabel(ui.card, { exact: true }))).toEqual([TRICKY[0], 'Sales only wants discounts'])
    expect(await values(page.getByLabel(ui.benefit, { exact: true }))).toEqual([TRICKY[1], 'Shorter sales cycles'])
    expect(await page.getByLabel(ui.goal, { exact: true }).inputValue()).toBe(TRICKY[2])

    await page.getByRole('navigation', { name: ui.nav }).getByRole('link').first().click()
    expect(await values(page.getByLabel(ui.name, { exact: true }))).toEqual(people)
    const teams = await page
      .getByLabel(ui.team, { exact: true })
      .evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent))
    expect(teams).toEqual([...ui.teams])

    expect(errors).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })
})
