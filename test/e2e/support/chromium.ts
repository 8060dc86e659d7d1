import { existsSync } from 'node:fs'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

/** The flags this machine needs: no sandbox as root, no background traffic to Google. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

/**
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself.
 * Fails with a message that names all three, so a missing browser is never a mystery.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = []
  if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH)
  candidates.push('/usr/bin/chromium')
  try {
    candidates.push(chromium.executablePath())
  } catch {
    // Playwright has no browser of its own here; the message below says what to do.
  }
  const found = candidates.find((path) => path && existsSync(path))
  if (found) return found
  throw new Error(
    'No Chromium found for the end-to-end tests. Looked at: $CHROMIUM_PATH' +
      (env.CHROMIUM_PATH ? ` (${env.CHROMIUM_PATH})` : ' (not set)') +
      ', /usr/bin/chromium, and Playwright\'s own browser. Install one: `apt-get install chromium` ' +
      '(Debian), or set CHROMIUM_PATH to a Chromium or Chrome binary.'
  )
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    ...options
  })
}
