import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { SNAPSHOT_KEY } from '../../renderer/db/list-snapshot'
import { launchChromium } from './support/chromium'
import { createWorkshop } from './support/journeys'
import { changeOutsideTheApp } from './support/outside'
import { baseUrl, openApp } from './support/page'

interface FirstFrame {
  /** The first workshop link's text, as it was drawn. */
  title: string
  /** Whether IndexedDB had answered any open by then. */
  databaseOpen: boolean
}

/** Notes, as the page starts, the first workshop link drawn and whether IndexedDB had opened before it. */
function watchFirstFrame() {
  let databaseOpen = false
  const open = IDBFactory.prototype.open
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = open.apply(this, args)
    request.addEventListener('success', () => (databaseOpen = true))
    return request
  }
  const observer = new MutationObserver(() => {
    const link = document.querySelector('main a[href^="#/workshop/"]')
    if (!link) return
    observer.disconnect()
    ;(window as unknown as { firstFrame: FirstFrame }).firstFrame = { title: link.textContent ?? '', databaseOpen }
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function restart(page: Page): Promise<FirstFrame> {
  await page.goto(baseUrl())
  await page.waitForFunction(() => 'firstFrame' in window)
  return page.evaluate(() => (window as unknown as { firstFrame: FirstFrame }).firstFrame)
}

describe('the list as the app starts (SPEC §9 start-up)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('draws before IndexedDB has opened, and never from a copy older than the last write', async () => {
    const { page, context, errors } = await openApp(browser)
    await createWorkshop(page, 'Kick-off Vertrieb')
    await context.addInitScript(watchFirstFrame)
    // Without a copy the list waits for the database; the start that reads it keeps the first frame.
    // (Once writes have settled the app keeps a copy on its own; it is taken away here.)
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY)
    await page.evaluate((key) => localStorage.removeItem(key), SNAPSHOT_KEY)
    expect(await restart(page)).toEqual({ title: 'Kick-off Vertrieb', databaseOpen: true })
    // The next start draws that copy while IndexedDB is still opening.
    expect(await restart(page)).toEqual({ title: 'Kick-off Vertrieb', databaseOpen: false })

    // A rename drops the copy: the next start draws the new title, whether read or copied again since.
    await page.getByRole('button', { name: 'Rename' }).click()
    await page.getByLabel('New title').fill('Kick-off Marketing & Vertrieb')
    await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click()
    await page.getByRole('link', { name: 'Kick-off Marketing & Vertrieb' }).waitFor()
    expect((await restart(page)).title).toBe('Kick-off Marketing & Vertrieb')

    // Changed beside the app while none of its pages runs: the next start draws the copy, and the live read replaces it.
    // (An image of the app's origin: no app code runs. Chromium asks it for /favicon.ico, which the app does not have.)
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }))
    await page.goto(new URL('favicon.svg', baseUrl()).href)
    await changeOutsideTheApp(page, 'workshops', { title: 'Changed outside the app' })
    expect(await restart(page)).toEqual({ title: 'Kick-off Marketing & Vertrieb', databaseOpen: false })
    await page.getByRole('link', { name: 'Changed outside the app' }).waitFor()
    expect(await page.getByRole('link', { name: 'Kick-off Marketing & Vertrieb' }).count()).toBe(0)
    // Each start reads the first frame again and keeps it: such a copy is drawn at one start at most.
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Changed outside the app'), SNAPSHOT_KEY)
    expect(await restart(page)).toEqual({ title: 'Changed outside the app', databaseOpen: false })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)
})
