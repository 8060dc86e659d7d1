import { inject } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'

export const baseUrl = () => inject('baseUrl')

export interface WatchedPage {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[]
  /** Requests that left the app's own origin (data: and blob: URLs are local and allowed). */
  foreignRequests: string[]
}

/** A fresh, isolated page (own IndexedDB) that records errors and requests to other origins. */
export async function openApp(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number }; path?: string } = {}
): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1366, height: 768 },
    acceptDownloads: true
  })
  const page = await context.newPage()
  const origin = new URL(baseUrl()).origin
  const errors: string[] = []
  const foreignRequests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreignRequests.push(url)
  })
  await page.goto(new URL(options.path ?? '', baseUrl()).href)
  return { page, context, errors, foreignRequests }
}
