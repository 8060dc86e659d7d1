import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'

/** Clicks what starts a download and keeps the file at `path` (under test-results/, to look at after the run). */
export async function download(page: Page, click: () => Promise<unknown>, path: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  await file.saveAs(path)
  return path
}

/** Clicks what opens the file chooser and picks `path`. */
export async function upload(page: Page, click: () => Promise<unknown>, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()])
  await chooser.setFiles(path)
}

/** The body XML of a Word file. */
export function documentXml(path: string): string {
  return strFromU8(unzipSync(readFileSync(path))['word/document.xml']!)
}
