import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { buildParticipantPage } from '../../vite.participant.config'
import { launchChromium } from './support/chromium'
import { documentXml, download } from './support/files'
import { createWorkshop, goToStep, saved } from './support/journeys'

/**
 * Issue 14's acceptance, end to end through `npm run web`: the facilitator opens room mode, five
 * phones join from the address the room screen shows (one by the short address and the room code),
 * rate, write voices, vote and agree; the facilitator releases two voices, the projector shows them,
 * the heat map with counts and spread, the dots and the agreement per team; a reload loses nothing;
 * ending room mode makes the address dead and tells the phones.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const SHOTS = resolve(ROOT, 'test-results/room-journey')
const STARTUP_MS = 90_000

/** A port nobody listens on now (the e2e suite's preview server has its own). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address !== null ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

/**
 * `npm run web` as package.json writes it: the participants' page built first, then Vite's dev
 * server with the browser edition's configuration — started with Node itself in a process group
 * of its own, so stopping it stops its children (esbuild) too.
 */
async function startWeb(port: number): Promise<{ server: ChildProcess; url: string; output: () => string }> {
  await buildParticipantPage()
  const server = spawn(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), '--config', 'vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: webEnv() }
  )
  let output = ''
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + STARTUP_MS
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run web's server stopped at once (exit ${server.exitCode}):\n${output}`)
    const answered = await fetch(url).then((response) => response.ok, () => false)
    if (answered) return { server, url, output: () => output }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stopWeb(server)
  throw new Error(`npm run web's server did not answer at ${url} within ${STARTUP_MS / 1000} s:\n${output}`)
}

/** The environment `npm run web` has: the room's own limit of joins per address, not the one the other e2e tests raise. */
function webEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.ROOM_JOINS_PER_MINUTE
  return env
}

async function stopWeb(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return
  const exited = new Promise((r) => server.once('exit', r))
  process.kill(-server.pid, 'SIGTERM')
  const killed = setTimeout(() => server.pid !== undefined && process.kill(-server.pid, 'SIGKILL'), 5_000)
  await exited
  clearTimeout(killed)
}

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage })
}

interface Phone {
  name: string
  page: Page
  context: BrowserContext
  errors: string[]
}

/** The room's records in the page's database, by kind. */
const recordsIn = (page: Page, workshopId: string) =>
  page.evaluate(
    (id) =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('smarketing-studio')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('roomAnswers').objectStore('roomAnswers').getAll()
          all.onsuccess = () => {
            const counts: Record<string, number> = {}
            for (const record of all.result as Array<{ workshopId: string; kind: string; state?: string }>) {
              if (record.workshopId !== id) continue
              const key = record.kind === 'card' ? `card:${record.state}` : record.kind
              counts[key] = (counts[key] ?? 0) + 1
            }
            open.result.close()
            done(counts)
          }
        }
      }),
    workshopId
  )

const LONG_AREA = 'strategisch/forschungsgetrieben'
const AREAS = ['Lead quality', 'Follow-up speed', LONG_AREA]
const MQL = 'An MQL is a lead with a score of 60 or more.'
const VOICE_MARKETING = 'Sales never calls back within a day'
const VOICE_MANAGEMENT = 'Both teams count leads differently'
const VOICE_SALES = 'Half of the leads are students'
const VOICE_LATE = 'We need one shared lead definition'

describe('issue 14 acceptance: the whole room through npm run web', () => {
  let browser: Browser
  let web: Awaited<ReturnType<typeof startWeb>>
  const phones: Phone[] = []

  beforeAll(async () => {
    web = await startWeb(await freePort())
    browser = await launchChromium()
  }, STARTUP_MS + 120_000)

  afterAll(async () => {
    await browser?.close()
    if (web) await stopWeb(web.server)
  })

  async function openPhone(name: string, locale: string, url: string): Promise<Phone> {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    const page = await context.newPage()
    const phone = { name, page, context, errors: [] as string[] }
    page.on('console', (message) => message.type() === 'error' && phone.errors.push(message.text()))
    page.on('pageerror', (error) => phone.errors.push(String(error)))
    await page.goto(url)
    phones.push(phone)
    return phone
  }

  it('five phones join, rate, write, vote and agree; two voices reach the projector; a reload loses nothing; the end closes the address', async () => {
    const facilitator = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 }, acceptDownloads: true })
    const page = await facilitator.newPage()
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(web.url)

    // The workshop: three friction areas in step 1 and the MQL definition in step 3.
    await createWorkshop(page, 'Kick-off with the whole room')
    const workshopId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!)
    await goToStep(page, /Create awareness/)
    for (const [index, area] of AREAS.entries()) {
      await page.getByRole('button', { name: 'Add friction area' }).click()
      const field = page.getByLabel('Friction area', { exact: true }).nth(index)
      await field.fill(area)
      await field.blur()
    }
    await saved(page)
    await goToStep(page, /Common language/)
    const definition = page.getByRole('region', { name: 'MQL definition' }).getByLabel('Definition', { exact: true })
    await definition.fill(MQL)
    await definition.blur()
    await saved(page)

    // Room mode from the overview, then the room screen.
    await goToStep(page, /Workshop & participants/)
    const card = page.getByRole('region', { name: 'Room mode' })
    await card.getByRole('button', { name: 'Start room mode' }).click()
    await card.getByRole('link', { name: 'Open the room screen' }).click()
    await page.getByRole('heading', { name: 'Room mode', level: 1 }).waitFor()
    const join = page.locator('[data-room-join]')
    const joinUrl = (await join.getAttribute('data-room-join'))!
    const shortUrl = (await join.locator('.room-address code').getAttribute('data-room-url'))!
    const code = (await join.locator('[data-room-code]').getAttribute('data-room-code'))!
    expect(joinUrl).toMatch(/^http:\/\/[^/]+:\d+\/r\/[A-Za-z0-9_-]{22,}\/$/)
    expect(shortUrl).toBe(`${new URL(joinUrl).origin}/`)
    // What the screen shows is what is written on it.
    await join.getByText(shortUrl, { exact: true }).waitFor()

    // The projector: the audience view, following the facilitator.
    const projector = await facilitator.newPage()
    await projector.setViewportSize({ width: 1920, height: 1080 })
    await projector.goto(new URL(`#/audience/${encodeURIComponent(workshopId)}`, web.url).href)
    await projector.locator(`[data-projector="nothing"] [data-room-code="${code}"]`).waitFor()

    // Everything open on the phones.
    for (const name of ['Rate the friction areas (1–5)', 'Voices (anonymous)', 'Open the dot vote', 'Ask the room']) {
      await page.getByRole('checkbox', { name }).check()
    }

    // Five phones: four from the address on the screen, one by the short address and the code.
    const anna = await openPhone('anna', 'de-DE', joinUrl)
    const ben = await openPhone('ben', 'en-GB', joinUrl)
    const cleo = await openPhone('cleo', 'de-DE', joinUrl)
    const dan = await openPhone('dan', 'en-US', joinUrl)
    const eva = await openPhone('eva', 'en-GB', shortUrl)
    await anna.page.getByRole('heading', { name: 'Zu welchem Team gehören Sie?' }).waitFor()
    await anna.page.getByRole('button', { name: 'Marketing' }).tap()
    await ben.page.getByRole('button', { name: 'Marketing' }).tap()
    await cleo.page.getByRole('button', { name: 'Vertrieb' }).tap()
    await dan.page.getByRole('button', { name: 'Sales' }).tap()
    await eva.page.getByLabel('Room code').fill(code.toLowerCase())
    await eva.page.getByRole('button', { name: 'Join the room' }).tap()
    await eva.page.waitForURL(joinUrl)
    await eva.page.getByRole('button', { name: 'Management' }).tap()
    await page.getByText('5 participants have joined').waitFor()
    // Joined, every phone speaks the workshop's language.
    for (const phone of phones) await phone.page.getByRole('heading', { name: 'How much does each area hurt today?' }).waitFor()

    // Ratings: [phone, area, rating].
    const ratings: Array<[Phone, string, number]> = [
      [anna, 'Lead quality', 2],
      [ben, 'Lead quality', 4],
      [cleo, 'Lead quality', 5],
      [dan, 'Lead quality', 4],
      [eva, 'Lead quality', 3],
      [anna, 'Follow-up speed', 1],
      [cleo, 'Follow-up speed', 5],
      [dan, 'Follow-up speed', 5],
      [eva, LONG_AREA, 2]
    ]
    for (const [phone, area, rating] of ratings) {
      const button = phone.page.getByRole('button', { name: `${area}: ${rating}` })
      await button.tap()
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
    }

    // Voices.
    const sendCard = async (phone: Phone, text: string) => {
      await phone.page.getByLabel('Your card').fill(text)
      await phone.page.getByRole('button', { name: 'Send card' }).tap()
      await expect.poll(() => phone.page.getByLabel('Your card').inputValue()).toBe('')
    }
    await sendCard(anna, VOICE_MARKETING)
    await sendCard(eva, VOICE_MANAGEMENT)
    await sendCard(cleo, VOICE_SALES)

    // Dots: three each for anna and cleo.
    const dots = async (phone: Phone, options: string[]) => {
      for (const option of options) await phone.page.getByRole('button', { name: `One more dot for “${option}”` }).tap()
      await phone.page.getByRole('button', { name: 'Send my dots' }).tap()
      await phone.page.getByText('Your dots are sent').waitFor()
    }
    await dots(anna, ['Lead quality', 'Lead quality', 'Follow-up speed'])
    await dots(cleo, ['Lead quality', 'Lead quality', 'Lead quality'])

    // Agree / not yet on the MQL definition.
    const answers: Array<[Phone, 'Agree' | 'Not yet']> = [
      [anna, 'Agree'],
      [ben, 'Not yet'],
      [cleo, 'Agree'],
      [dan, 'Agree'],
      [eva, 'Not yet']
    ]
    for (const [phone, answer] of answers) {
      await phone.page.getByText(MQL).waitFor()
      const button = phone.page.getByRole('button', { name: answer, exact: true })
      await button.tap()
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
    }

    // Everything kept as records: 9 ratings, 3 queued cards, 2 votes, 5 agreements.
    await expect.poll(() => recordsIn(page, workshopId)).toEqual({ rating: 9, 'card:queued': 3, vote: 2, agreement: 5 })

    // Moderation: release two voices; the one from management asks its side.
    const queue = page.getByRole('list', { name: 'Waiting cards' })
    // A card by its own text (the merge choices of the others name it too).
    const queued = (text: string) => queue.locator('li[data-card]').filter({ has: page.locator('.room-card-text').getByText(text, { exact: true }) })
    await queued(VOICE_MARKETING).getByRole('button', { name: 'Release' }).click()
    await queued(VOICE_MANAGEMENT).getByRole('button', { name: 'Release' }).click()
    const side = queued(VOICE_MANAGEMENT).getByRole('group', { name: 'Which side does this card belong to?' })
    await side.getByRole('button', { name: 'Sales' }).click()
    await expect.poll(() => queue.locator('li[data-card]').count()).toBe(1)

    // The projector: exactly those two.
    await page.getByRole('radio', { name: 'Released cards' }).check()
    const projected = projector.locator('[data-projector="cards"] .room-projected-cards > li')
    await expect.poll(() => projected.allTextContents()).toEqual([VOICE_MARKETING, VOICE_MANAGEMENT])

    // Undo of a release: a third released by mistake leaves the projector again.
    await queued(VOICE_SALES).getByRole('button', { name: 'Release' }).click()
    await expect.poll(() => projected.count()).toBe(3)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => projected.allTextContents()).toEqual([VOICE_MARKETING, VOICE_MANAGEMENT])
    await queued(VOICE_SALES).waitFor()
    await expect.poll(() => recordsIn(page, workshopId)).toEqual({ rating: 9, 'card:queued': 1, 'card:released': 2, vote: 2, agreement: 5 })
    await shot(projector, 'projector-cards-en-1920x1080')

    // The heat map per team with counts and spread, as the phones rated.
    await page.getByRole('radio', { name: 'Heat map' }).check()
    const heat = projector.locator('[data-projector="heatmap"] table')
    const row = (area: string) => heat.getByRole('row').filter({ has: projector.getByRole('rowheader', { name: area, exact: true }) })
    const cells = (area: string) => row(area).getByRole('cell').allInnerTexts()
    const flat = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim())
    // Marketing 2 and 4, sales 5 and 4, management 3 (averages to one decimal); the gap between marketing and sales 1.5.
    await expect.poll(async () => flat(await cells('Lead quality'))).toEqual([
      '3.0 2 ratings from the room · spread 2',
      '4.5 2 ratings from the room · spread 1',
      '3.0 1 rating from the room',
      '1.5'
    ])
    expect(flat(await cells('Follow-up speed'))).toEqual(['1.0 1 rating from the room', '5.0 2 ratings from the room · spread 0', '– not rated', '4 ⚠'])
    expect(flat(await cells(LONG_AREA))).toEqual(['– not rated', '– not rated', '2.0 1 rating from the room', '–'])
    await shot(projector, 'projector-heatmap-en-1920x1080')

    // Dot results, most first.
    await page.getByRole('radio', { name: 'Dot vote results' }).check()
    const bars = projector.locator('[data-projector="dots"] .room-bars > li')
    await expect.poll(async () => flat(await bars.allInnerTexts()).slice(0, 2)).toEqual(['Lead quality 5 dots', 'Follow-up speed 1 dot'])
    // Step 1's example areas and the long one: no dots.
    expect(flat(await bars.allInnerTexts()).slice(2)).toEqual(expect.arrayContaining([`${LONG_AREA} 0 dots`]))
    expect(flat(await bars.allInnerTexts()).slice(2).every((bar) => bar.endsWith(' 0 dots'))).toBe(true)
    await shot(projector, 'projector-dots-en-1920x1080')

    // Agreement per team.
    await page.getByRole('radio', { name: 'Agreement per team' }).check()
    const agreement = projector.locator('[data-projector="agreement"] table tbody tr')
    await expect.poll(async () => flat(await agreement.allInnerTexts())).toEqual(['Marketing 1 1', 'Sales 2 0', 'Management 0 1', 'Other 0 0'])
    await shot(projector, 'projector-agreement-en-1920x1080')
    // The phones see what the projector shows.
    await ben.page.getByText('2 agree, 0 not yet').waitFor()

    await shot(page, 'facilitator-en-1366x768')
    await shot(page, 'facilitator-en-whole', true)
    await shot(anna.page, 'phone-en-390x844')
    await shot(anna.page, 'phone-en-whole', true)

    // Reload the facilitator's page: the room goes on at the same address, nothing is lost.
    await page.reload()
    await page.getByRole('heading', { name: 'Room mode', level: 1 }).waitFor()
    await page.locator(`[data-room-join="${joinUrl}"]`).waitFor()
    await page.getByText('5 participants have joined').waitFor()
    expect(await page.getByRole('radio', { name: 'Agreement per team' }).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', { name: 'Voices (anonymous)' }).isChecked()).toBe(true)
    await queued(VOICE_SALES).waitFor()
    expect(await recordsIn(page, workshopId)).toEqual({ rating: 9, 'card:queued': 1, 'card:released': 2, vote: 2, agreement: 5 })
    // The phones kept their questions, and what they send now still arrives.
    await sendCard(dan, VOICE_LATE)
    await queued(VOICE_LATE).waitFor()
    await dan.page.getByRole('button', { name: 'Follow-up speed: 4' }).tap()
    await expect.poll(() => recordsIn(page, workshopId)).toEqual({ rating: 9, 'card:queued': 2, 'card:released': 2, vote: 2, agreement: 5 })
    await projector.locator('[data-projector="agreement"]').waitFor()

    // Reload a phone: still in the room, with its answers as given.
    await ben.page.reload()
    await ben.page.getByRole('heading', { name: 'How much does each area hurt today?' }).waitFor()
    expect(await ben.page.getByRole('button', { name: 'Lead quality: 4' }).getAttribute('aria-pressed')).toBe('true')
    expect(await ben.page.getByRole('button', { name: 'Not yet', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await ben.page.getByText('You take part as Marketing.').waitFor()

    // The minutes say how many people rated.
    await goToStep(page, /Workshop & participants/)
    const minutes = await download(page, () => page.getByRole('button', { name: 'Workshop minutes (.docx)' }).click(), resolve(SHOTS, 'minutes-en.docx'))
    const xml = documentXml(minutes)
    expect(xml).toContain('5 people rated the friction areas on their phones.')
    expect(xml).toContain(VOICE_MANAGEMENT)
    expect(xml).not.toContain(VOICE_SALES)

    // In German: the facilitator's screen, the workshop and so the phones and the projector.
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de')
    await page.getByRole('combobox', { name: 'Sprache der Workshop-Dokumente' }).selectOption('de')
    await saved(page)
    await page
      .getByRole('navigation', { name: 'Bereiche des Workshops' })
      .getByRole('link', { name: 'Raummodus' })
      .click()
    await page.getByRole('heading', { name: 'Raummodus', level: 1 }).waitFor()
    await page.getByRole('radio', { name: 'Heatmap' }).check()
    // The audience window speaks the screen language it was opened in: opened again, German.
    await projector.reload()
    await projector.locator('[data-projector="heatmap"]').getByText('2 Bewertungen aus dem Raum · Streuung 2').waitFor()
    await anna.page.getByRole('heading', { name: 'Wie sehr schmerzt jeder Bereich heute?' }).waitFor()
    await shot(page, 'facilitator-de-1366x768')
    await shot(page, 'facilitator-de-whole', true)
    await shot(projector, 'projector-heatmap-de-1920x1080')
    await shot(anna.page, 'phone-de-390x844')
    await shot(anna.page, 'phone-de-whole', true)
    for (const phone of phones) expect(await phone.page.evaluate(() => document.documentElement.scrollWidth), phone.name).toBeLessThanOrEqual(390)

    // End room mode: both addresses are dead, and every phone says the room closed.
    await page.getByRole('button', { name: 'Raummodus beenden' }).click()
    await page.getByText('Der Raummodus ist nicht geöffnet.', { exact: false }).waitFor()
    await expect.poll(() => fetch(joinUrl).then(() => 'answered', () => 'refused')).toBe('refused')
    expect(await fetch(shortUrl).then(() => 'answered', () => 'refused')).toBe('refused')
    for (const phone of phones) await phone.page.getByText('Dieser Raum wurde geschlossen oder neu gestartet.', { exact: false }).waitFor()
    await shot(anna.page, 'phone-closed-de-390x844')
    // And after a reload nothing opens it again.
    await page.reload()
    await page.getByText('Der Raummodus ist nicht geöffnet.', { exact: false }).waitFor()
    expect(await fetch(joinUrl).then(() => 'answered', () => 'refused')).toBe('refused')

    expect(errors).toEqual([])
    for (const phone of phones) {
      // Only the refused stream and probe of a room that closed — and Chromium's note that a plain-http
      // address of the room's network is no "trustworthy origin" for the opener policy (which applies on loopback only).
      const expected = /ERR_CONNECTION_REFUSED|Failed to load resource|The Cross-Origin-Opener-Policy header has been ignored, because the URL's origin was untrustworthy/
      expect(phone.errors.filter((error) => !expected.test(error)), phone.name).toEqual([])
      await phone.context.close()
    }
    await facilitator.close()
  }, 300_000)
})
