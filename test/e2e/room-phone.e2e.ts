import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { RoomServer } from '../../electron/room/server'
import type { Question, RoomView, Submission } from '../../shared/room/contract'
import { buildParticipantPage } from '../../vite.participant.config'
import { AGREE, DOTS, RATE, VOICES, closeAll, openEvents, postJson, putJson, startRoom, type EventReader } from '../electron/room/room-client'
import { launchChromium } from './support/chromium'

/**
 * The participants' page on phones (issue 14 §2), against the REAL room server in this process
 * serving a fresh build of the page; the test is the facilitator, through the facilitator's API.
 */
const PAGE_BUDGET_GZIP = 50 * 1024
const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp'
const NASTY = '<script>window.__pwned = 1</script><b>bold</b> & “quotes”'

let dir: string
let browser: Browser
let server: RoomServer
let facilitator: EventReader

interface Phone {
  page: Page
  context: BrowserContext
  errors: string[]
  foreign: string[]
}

const phones: Phone[] = []

async function openPhone(locale: string): Promise<Phone> {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })
  const page = await context.newPage()
  const phone: Phone = { page, context, errors: [], foreign: [] }
  page.on('console', (message) => message.type() === 'error' && phone.errors.push(message.text()))
  page.on('pageerror', (error) => phone.errors.push(String(error)))
  const origin = new URL(server.participantUrls()[0]).origin
  page.on('request', (request) => new URL(request.url()).origin !== origin && phone.foreign.push(request.url()))
  await page.goto(server.participantUrls()[0])
  phones.push(phone)
  return phone
}

const submission = (match: (submission: Submission) => boolean) =>
  facilitator.next((event) => event.event === 'submission' && match(event.data as Submission)).then((event) => event.data as Submission)
const submissions = (match: (submission: Submission) => boolean) =>
  facilitator.events.filter((event) => event.event === 'submission' && match(event.data as Submission)).map((event) => event.data as Submission)

async function show(view: Partial<RoomView> & { questions: Question[] }): Promise<void> {
  const response = await putJson(`${server.facilitatorUrl}view`, { language: 'de', shown: { kind: 'nothing' }, ...view })
  expect(response.status).toBe(200)
}

/** Every button at least 48 × 48 CSS pixels, and nothing wider than the phone. */
async function checkLayout(page: Page): Promise<void> {
  const small = await page.$$eval('button', (buttons) =>
    buttons.map((b) => b.getBoundingClientRect()).filter((box) => box.width < 48 || box.height < 48).map((box) => `${box.width}×${box.height}`)
  )
  expect(small).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
}

/**
 * The phone with every kind of question open, as a person sees it: the whole page, each question on
 * its own, and the page while the network is gone — it says so, and comes back by itself.
 */
async function lookAt(phone: Phone, language: string, reconnecting: string): Promise<void> {
  await checkLayout(phone.page)
  await phone.page.screenshot({ path: `${SHOTS}/room-phone-questions-${language}-390.png`, fullPage: true })
  const names = ['rate', 'cards', 'dots', 'agree']
  const sections = phone.page.locator('section.question')
  expect(await sections.count()).toBe(names.length)
  for (const [index, name] of names.entries()) await sections.nth(index).screenshot({ path: `${SHOTS}/room-phone-${name}-${language}-390.png` })
  await breakStream(phone)
  await phone.page.getByText(reconnecting).waitFor()
  await phone.page.screenshot({ path: `${SHOTS}/room-phone-reconnecting-${language}-390.png` })
  await phone.context.setOffline(false)
  await phone.page.getByRole('status').waitFor({ state: 'hidden' })
}

/**
 * The phone loses the network and its stream breaks: offline, so it cannot come back, and the room
 * closes its stream as it does for a phone that opened newer ones (streamsPerParticipant).
 */
async function breakStream(phone: Phone): Promise<void> {
  const participant = await phone.page.evaluate((key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { participant?: string }).participant, `smarketing-room:${server.secret}`)
  expect(participant).toBeTruthy()
  await phone.context.setOffline(true)
  for (let i = 0; i < 2; i++) await openEvents(`${server.participantUrls()[0]}p/${participant}/events`)
}

/** A code surely not the room's: its first character changed. */
const wrongCode = (code: string) => (code[0] === 'A' ? 'B' : 'A') + code.slice(1)

/** Types `code` on the short address's page and waits for the room's answer to be told (typing hides the last one). */
async function tryCode(page: Page, code: string, enter: string): Promise<void> {
  await page.locator('#code').fill(code)
  await page.getByRole('alert').waitFor({ state: 'hidden' })
  const answered = page.waitForResponse((response) => response.url().endsWith('/code'))
  await page.getByRole('button', { name: enter }).tap()
  await answered
  await page.getByRole('alert').waitFor()
}

beforeAll(async () => {
  dir = await buildParticipantPage(mkdtempSync(join(tmpdir(), 'participant-e2e-')))
  browser = await launchChromium()
  server = await startRoom({ language: 'de', participantDir: dir })
  const opened = await openEvents(`${server.facilitatorUrl}events`)
  facilitator = opened.reader as EventReader
})

afterAll(async () => {
  for (const phone of phones) await phone.context.close()
  await browser?.close()
  await closeAll()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe("the participants' page on phones", () => {
  it('stays within 50 kB gzip, all of it', () => {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.parentPath.includes('.vite'))
    const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[] }>
    const named = Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])])
    // The manifest names every file the page loads; nothing else ships beside index.html.
    const expected = new Set([join(dir, 'index.html'), ...named.map((file) => join(dir, file))])
    expect(files.map((entry) => join(entry.parentPath, entry.name)).sort()).toEqual([...expected].sort())
    const gzip = files.reduce((sum, entry) => sum + gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 9 }).length, 0)
    console.log(`participants' page: ${files.length} files, ${(gzip / 1024).toFixed(1)} kB gzip (budget ${PAGE_BUDGET_GZIP / 1024} kB)`)
    expect(gzip).toBeLessThanOrEqual(PAGE_BUDGET_GZIP)
  })

  it('phones join, rate, write, vote and agree; a reload resends once; "everybody out" tells them to scan again', async () => {
    await show({ questions: [RATE, VOICES, DOTS, AGREE] })
    const anna = await openPhone('de-DE')
    const ben = await openPhone('en-GB')
    const cleo = await openPhone('en-GB')

    // Before joining, each phone speaks its own language.
    await anna.page.getByRole('heading', { name: 'Zu welchem Team gehören Sie?' }).waitFor()
    await ben.page.getByRole('heading', { name: 'Which team are you in?' }).waitFor()
    await checkLayout(anna.page)
    await anna.page.screenshot({ path: `${SHOTS}/room-phone-join-de-390.png` })
    await ben.page.screenshot({ path: `${SHOTS}/room-phone-join-en-390.png` })

    await anna.page.getByRole('button', { name: 'Marketing' }).tap()
    await ben.page.getByRole('button', { name: 'Sales' }).tap()
    await cleo.page.getByRole('button', { name: 'Management' }).tap()
    await facilitator.next((event) => event.event === 'participants' && JSON.stringify(event.data) === JSON.stringify({ marketing: 1, sales: 1, management: 1, other: 0 }))
    // Joined: the workshop's language (German) on every phone.
    for (const phone of [anna, ben, cleo]) await phone.page.getByRole('heading', { name: 'Wie sehr schmerzt jeder Bereich heute?' }).waitFor()
    await ben.page.getByText('Sie machen mit als Vertrieb.').waitFor()

    // Rate: one tap each, and changeable.
    await anna.page.getByRole('button', { name: 'Lead quality: 4' }).tap()
    await submission((s) => s.team === 'marketing' && s.answer.kind === 'rate' && s.answer.rating === 4)
    await anna.page.getByRole('button', { name: 'Lead quality: 2' }).tap()
    await submission((s) => s.team === 'marketing' && s.answer.kind === 'rate' && s.answer.area === 'a1' && s.answer.rating === 2)
    expect(await anna.page.getByRole('button', { name: 'Lead quality: 2' }).getAttribute('aria-pressed')).toBe('true')
    expect(await anna.page.getByRole('button', { name: 'Lead quality: 4' }).getAttribute('aria-pressed')).toBe('false')
    await ben.page.getByRole('button', { name: 'Follow-up speed: 5' }).tap()
    await submission((s) => s.team === 'sales' && s.answer.kind === 'rate' && s.answer.area === 'a2' && s.answer.rating === 5)

    // A card with markup arrives as the text it is, and comes back to the phones as text.
    const card = anna.page.getByLabel('Ihre Karte')
    await card.fill(NASTY)
    await anna.page.getByRole('button', { name: 'Karte senden' }).tap()
    const sentCard = await submission((s) => s.answer.kind === 'card')
    expect(sentCard.answer).toEqual({ kind: 'card', text: NASTY })
    expect(await card.inputValue()).toBe('')
    await anna.page.getByText('Von Ihnen gesendete Karten: 1').waitFor()
    // Near the limit (a voice holds 500 characters) the phone counts down.
    await card.fill('x'.repeat(460))
    await anna.page.getByText('Noch 40 Zeichen').waitFor()
    await card.fill('y'.repeat(600))
    expect((await card.inputValue()).length).toBe(500)
    await card.fill('')

    // Dots: three over two options.
    const more = (option: string) => anna.page.getByRole('button', { name: `Ein Punkt mehr für „${option}“` })
    await more('Lead scoring').tap()
    await more('Lead scoring').tap()
    await more('Hand-over meeting').tap()
    expect(await more('Lead scoring').isDisabled()).toBe(true)
    await anna.page.getByText('Übrige Punkte: 0 von 3').waitFor()
    await anna.page.getByRole('button', { name: 'Punkte senden' }).tap()
    const vote = await submission((s) => s.answer.kind === 'dots')
    expect(vote.answer).toEqual({ kind: 'dots', options: ['o1', 'o1', 'o2'] })

    // Agree / not yet.
    await ben.page.getByRole('button', { name: 'Zustimmen' }).tap()
    await cleo.page.getByRole('button', { name: 'Noch nicht' }).tap()
    await submission((s) => s.team === 'sales' && s.answer.kind === 'agree' && s.answer.answer === 'agree')
    await submission((s) => s.team === 'management' && s.answer.kind === 'agree' && s.answer.answer === 'notYet')

    // What the projector shows reaches the phones, markup as text.
    await show({
      questions: [RATE, VOICES, DOTS, AGREE],
      shown: { kind: 'cards', title: 'Stimmen', cards: [{ id: 'c1', text: NASTY }] }
    })
    await ben.page.getByText(NASTY).waitFor()
    expect(await ben.page.locator('.shown b, .shown script').count()).toBe(0)
    expect(await ben.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    await lookAt(anna, 'de', 'Verbindung wird wiederhergestellt …')

    // The phone slept: its answer reached the room, the room's reply never reached the phone.
    let cut = true
    let cutOnce = false
    const replies: string[] = []
    await cleo.page.route('**/answers', async (route) => {
      if (!cut) {
        const response = await route.fetch()
        replies.push(await response.text())
        return route.fulfill({ response })
      }
      if (!cutOnce) {
        cutOnce = true
        await route.fetch()
      }
      await route.abort('internetdisconnected')
    })
    await cleo.page.getByRole('button', { name: 'Follow-up speed: 3' }).tap()
    await submission((s) => s.team === 'management' && s.answer.kind === 'rate' && s.answer.rating === 3)
    // Requests of the reloaded page pass; the old page's retries never do.
    cleo.page.once('framenavigated', () => (cut = false))
    await cleo.page.reload()
    // Still in the room, with the rating as given; the kept answer went again and counted once.
    await cleo.page.getByRole('heading', { name: 'Wie sehr schmerzt jeder Bereich heute?' }).waitFor()
    expect(await cleo.page.getByRole('button', { name: 'Follow-up speed: 3' }).getAttribute('aria-pressed')).toBe('true')
    await cleo.page.getByRole('button', { name: 'Zustimmen' }).tap()
    await submission((s) => s.team === 'management' && s.answer.kind === 'agree' && s.answer.answer === 'agree')
    await expect.poll(() => replies).toEqual(['{"duplicate":true}', '{"duplicate":false}'])
    expect(submissions((s) => s.team === 'management' && s.answer.kind === 'rate')).toHaveLength(1)
    await cleo.page.unroute('**/answers')

    // The workshop in English: every phone follows.
    await show({
      language: 'en',
      questions: [RATE, VOICES, DOTS, AGREE],
      shown: { kind: 'agreement', text: AGREE.kind === 'agree' ? AGREE.text : '', teams: { marketing: { agree: 0, notYet: 0 }, sales: { agree: 1, notYet: 0 }, management: { agree: 1, notYet: 0 }, other: { agree: 0, notYet: 0 } } }
    })
    await ben.page.getByRole('heading', { name: 'How much does each area hurt today?' }).waitFor()
    await ben.page.getByText('You take part as Sales.').waitFor()
    expect(await ben.page.getByRole('button', { name: 'Agree' }).getAttribute('aria-pressed')).toBe('true')
    await lookAt(ben, 'en', 'Reconnecting…')

    for (const phone of phones) {
      // Only the losses the test itself caused: cleo's cut reply, anna's and ben's requests while offline.
      expect(phone.errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([])
      expect(phone.foreign).toEqual([])
    }

    // "Everybody out": the old page says so, in the workshop's language.
    expect((await postJson(`${server.facilitatorUrl}rotate`, {})).status).toBe(200)
    await ben.page.getByText('This room was closed or restarted. To take part again, scan the new QR code on the screen or type the new room code.').waitFor()
    expect(await ben.page.getByRole('button').count()).toBe(0)
    expect(await ben.page.getByRole('heading', { name: 'On the screen', exact: true }).count()).toBe(0)
    await checkLayout(ben.page)
    await ben.page.screenshot({ path: `${SHOTS}/room-phone-closed-en-390.png` })
    // Every phone of the old room, whichever it was doing.
    for (const phone of [anna, cleo]) await phone.page.getByText('This room was closed or restarted.', { exact: false }).waitFor()
    // Whatever the phones logged now is the refused stream and probe: no policy was ever violated.
    for (const phone of phones) expect(phone.errors.filter((error) => /Content.Security.Policy/i.test(error))).toEqual([])

    // The way back in without a camera: the short address, the new room code typed by hand.
    await ben.page.getByRole('link', { name: 'Type the new room code' }).tap()
    const code = ben.page.getByLabel('Room code')
    await code.waitFor()
    await checkLayout(ben.page)
    await ben.page.screenshot({ path: `${SHOTS}/room-phone-code-en-390.png` })
    await code.fill('k7m')
    await ben.page.getByRole('button', { name: 'Join the room' }).tap()
    await ben.page.getByText('A room code has six letters and digits', { exact: false }).waitFor()
    const { code: roomCode } = server.entrance()
    await tryCode(ben.page, wrongCode(roomCode), 'Join the room')
    await ben.page.getByText('No room has this code. Please check it on the screen and try again.').waitFor()
    await ben.page.screenshot({ path: `${SHOTS}/room-phone-code-wrong-en-390.png` })
    await code.fill(` ${roomCode.slice(0, 3).toLowerCase()} ${roomCode.slice(3).toLowerCase()}`)
    await ben.page.getByRole('button', { name: 'Join the room' }).tap()
    await ben.page.waitForURL(server.participantUrls()[0])
    await ben.page.getByRole('button', { name: 'Sales' }).tap()
    await ben.page.getByRole('heading', { name: 'How much does each area hurt today?' }).waitFor()

    // Guessing from one address meets the room's limit, told in the phone's language with the wait.
    await anna.page.goto(server.entrance().shortUrls[0])
    await anna.page.getByLabel('Raumcode').waitFor()
    await anna.page.screenshot({ path: `${SHOTS}/room-phone-code-de-390.png` })
    const limited = anna.page.getByText(/^Zu viele Versuche\. In \d\sSekunden können Sie es noch einmal versuchen\.$/)
    for (let tries = 0; !(await limited.isVisible()); tries++) {
      expect(tries).toBeLessThan(10)
      await tryCode(anna.page, wrongCode(roomCode), 'Zum Raum')
    }
    expect(await anna.page.getByRole('button', { name: 'Zum Raum' }).isDisabled()).toBe(true)
    await anna.page.screenshot({ path: `${SHOTS}/room-phone-code-limited-de-390.png` })

    // Closed, in German too.
    await show({ questions: [RATE] })
    expect((await postJson(`${server.facilitatorUrl}rotate`, {})).status).toBe(200)
    await ben.page.getByText('Dieser Raum wurde geschlossen oder neu gestartet.', { exact: false }).waitFor()
    await ben.page.getByRole('link', { name: 'Neuen Raumcode eingeben' }).waitFor()
    await ben.page.screenshot({ path: `${SHOTS}/room-phone-closed-de-390.png` })
  })
})
