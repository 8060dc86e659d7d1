import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { createWorkshop } from './support/journeys'
import { openApp } from './support/page'

/** What a phone does first: join the room at the address the facilitator's screen shows. */
const join = (participantUrl: string) =>
  fetch(new URL('join', participantUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ team: 'sales' }) })

/** The answer's status, or 'refused' once nothing listens there any more. */
const statusAt = (participantUrl: string) => join(participantUrl).then((response) => response.status, () => 'refused' as const)

describe('room mode in the browser edition', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('starts beside the page: the shown address answers a phone, and is dead once the room ends', async () => {
    const { page, context, errors } = await openApp(browser)
    await createWorkshop(page, 'Kick-off with the whole room')
    const card = page.getByRole('region', { name: 'Room mode' })
    await card.getByRole('button', { name: 'Start room mode' }).click()

    const address = card.getByRole('list', { name: 'Join on your phone' }).locator('code').first()
    const participantUrl = (await address.textContent()) ?? ''
    expect(participantUrl).toMatch(/^http:\/\/[^/]+:\d+\/r\/[A-Za-z0-9_-]{22,}\/$/)

    const joined = await join(participantUrl)
    expect(joined.status).toBe(200)
    // The page's own stream (allowed by its CSP and the room's CORS) sees the phone arrive.
    await card.getByText('1 participant has joined').waitFor()

    await card.getByRole('button', { name: 'End room mode' }).click()
    await card.getByRole('button', { name: 'Start room mode' }).waitFor()
    expect(await statusAt(participantUrl)).toBe('refused')

    // Started again: a new secret, so the old address stays dead even if the port came back.
    await card.getByRole('button', { name: 'Start room mode' }).click()
    const again = (await card.getByRole('list', { name: 'Join on your phone' }).locator('code').first().textContent()) ?? ''
    expect(again).not.toBe(participantUrl)
    expect((await join(again)).status).toBe(200)
    expect([404, 'refused']).toContain(await statusAt(participantUrl))

    // Leaving the workshop ends the room.
    await page.getByRole('link', { name: 'Smarketing Studio' }).click()
    await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor()
    await expect.poll(() => statusAt(again)).toBe('refused')

    expect(errors).toEqual([])
    await context.close()
  })
})
