import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { baseUrl, openApp } from './support/page'

/** Screens to look at (issue 14 acceptance): the facilitator at 1366×768 in both languages, the projector at 1920×1080. */
const SHOTS = resolve(import.meta.dirname, '../../test-results/room-screen')

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage })
}

describe('the facilitator’s room screen and the projector', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    ['en-GB', 'en'],
    ['de-DE', 'de']
  ] as const)('opens questions and the projector from the room screen; a phone sees them; the projector shows how to join (%s)', async (locale, language) => {
    const en = language === 'en'
    const { page, context, errors } = await openApp(browser, { locale })
    await page.getByRole('button', { name: en ? 'New workshop' : 'Neuer Workshop' }).first().click()
    await page.getByLabel(en ? 'Title' : 'Titel', { exact: true }).fill(en ? 'Kick-off with the whole room' : 'Auftakt mit dem ganzen Raum')
    await page.getByLabel('Organisation', { exact: true }).fill('Müller Maschinenbau GmbH')
    await page.getByRole('button', { name: en ? 'Create workshop' : 'Workshop anlegen' }).click()
    const card = page.getByRole('region', { name: en ? 'Room mode' : 'Raummodus' })
    await card.getByRole('button', { name: en ? 'Start room mode' : 'Raummodus starten' }).click()
    await card.getByRole('link', { name: en ? 'Open the room screen' : 'Raumansicht öffnen' }).click()
    await page.getByRole('heading', { name: en ? 'Room mode' : 'Raummodus', level: 1 }).waitFor()
    // The section is in the navigation while the room is open.
    await page
      .getByRole('navigation', { name: en ? 'Workshop sections' : 'Bereiche des Workshops' })
      .getByRole('link', { name: en ? 'Room mode' : 'Raummodus' })
      .waitFor()
    const joinUrl = (await page.locator('[data-room-join]').getAttribute('data-room-join')) ?? ''
    expect(joinUrl).toMatch(/^http:\/\/[^/]+:\d+\/r\/[A-Za-z0-9_-]{22,}\/$/)
    const code = (await page.locator('[data-room-code]').getAttribute('data-room-code')) ?? ''
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    await page.getByRole('img', { name: new RegExp(en ? 'QR code of the address' : 'QR-Code der Adresse') }).waitFor()

    // The projector, following the facilitator through the audience channel.
    const workshopId = decodeURIComponent(new URL(page.url()).hash.split('/')[2])
    const projector = await context.newPage()
    await projector.setViewportSize({ width: 1920, height: 1080 })
    await projector.goto(new URL(`#/audience/${encodeURIComponent(workshopId)}`, baseUrl()).href)
    await projector.locator(`[data-room-code="${code}"]`).waitFor()

    // A phone joins at the address the QR code holds and sees what the facilitator opens.
    const phoneContext = await browser.newContext({ locale, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    const phone = await phoneContext.newPage()
    await phone.goto(joinUrl)
    await phone.getByRole('button', { name: en ? 'Sales' : 'Vertrieb' }).tap()
    await page.getByRole('checkbox', { name: en ? 'Voices (anonymous)' : 'Stimmen (anonym)' }).check()
    await page.getByRole('checkbox', { name: en ? 'Rate the friction areas (1–5)' : 'Reibungspunkte bewerten (1–5)' }).check()
    await phone.getByRole('button', { name: en ? 'Send card' : 'Karte senden' }).waitFor()
    await phone.getByRole('heading', { name: en ? 'How much does each area hurt today?' : 'Wie sehr schmerzt jeder Bereich heute?' }).waitFor()

    // The heat map on the projector, and the same on the phone.
    await page.getByRole('radio', { name: en ? 'Heat map' : 'Heatmap' }).check()
    await projector.locator('[data-projector="heatmap"] table').waitFor()
    await phone.getByRole('heading', { name: en ? 'On the screen' : 'Auf der Leinwand' }).waitFor()

    await shot(page, `facilitator-${language}-1366x768`)
    await shot(page, `facilitator-${language}-whole`, true)
    await shot(projector, `projector-heatmap-${language}-1920x1080`)
    await page.getByRole('radio', { name: en ? 'Only how to join' : 'Nur, wie man mitmacht' }).check()
    await projector.locator('[data-projector="nothing"]').waitFor()
    await shot(projector, `projector-join-${language}-1920x1080`)
    await shot(phone, `phone-${language}-390x844`)

    // Closing a question takes it off the phone again.
    await page.getByRole('checkbox', { name: en ? 'Voices (anonymous)' : 'Stimmen (anonym)' }).uncheck()
    await phone.getByRole('button', { name: en ? 'Send card' : 'Karte senden' }).waitFor({ state: 'detached' })

    // "Everybody out": asked first, then a new address and code on the facilitator's screen and the projector;
    // the phone is out, the old address dead, the new one lets it in again.
    await page.getByRole('button', { name: en ? 'Everybody out' : 'Alle Handys abmelden' }).click()
    const asked = page.getByRole('dialog', { name: en ? 'Everybody out?' : 'Alle Handys abmelden?' })
    await asked.getByText(en ? 'All phones leave the room and must scan the new code.' : 'Alle Handys verlassen den Raum und müssen den neuen Code scannen.').waitFor()
    await asked.getByRole('button', { name: en ? 'Everybody out' : 'Alle abmelden' }).click()
    await page.getByText(en ? 'New address and room code: every phone must join again.' : 'Neue Adresse und neuer Raumcode: Alle Handys müssen neu beitreten.').waitFor()
    const newCode = (await page.locator('[data-room-code]').getAttribute('data-room-code')) ?? ''
    const newJoinUrl = (await page.locator('[data-room-join]').getAttribute('data-room-join')) ?? ''
    expect(newCode).not.toBe(code)
    expect(newJoinUrl).not.toBe(joinUrl)
    await projector.locator(`[data-room-code="${newCode}"]`).waitFor()
    await phone.getByText(en ? 'This room was closed or restarted.' : 'Dieser Raum wurde geschlossen oder neu gestartet.', { exact: false }).waitFor()
    expect((await fetch(joinUrl)).status).toBe(404)
    await phone.goto(newJoinUrl)
    await phone.getByRole('button', { name: en ? 'Sales' : 'Vertrieb' }).waitFor()
    await shot(page, `facilitator-everybody-out-${language}-1366x768`)

    await page.getByRole('button', { name: en ? 'End room mode' : 'Raummodus beenden' }).click()
    await page.getByText(en ? 'Room mode is not open. Start it on the overview.' : 'Der Raummodus ist nicht geöffnet. Sie starten ihn in der Übersicht.').waitFor()
    expect(errors).toEqual([])
    await phoneContext.close()
    await context.close()
  })
})
