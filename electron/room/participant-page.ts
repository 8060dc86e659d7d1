import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'

/**
 * The participants' page as the room serves it (issue 14 §2): the built files of
 * vite.participant.config.ts, read once when the room opens and held in memory (a few dozen
 * kilobytes), so no request ever reaches the file system and no path can leave the directory.
 */
export interface PageFile {
  body: Uint8Array
  type: string
  /** Named by their content's hash: a phone may keep them for good. */
  immutable: boolean
}

/** The strict policy of the page itself; every other answer of the room keeps `default-src 'none'`. */
export const PARTICIPANT_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/** The page's files by their path under the page (`index.html`, `assets/index-1a2b.js`). */
export function loadParticipantPage(dir: string): Map<string, PageFile> {
  const files = new Map<string, PageFile>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')
    const type = TYPES[extname(path)]
    // The build's manifest and licence notes are not part of the page.
    if (type === undefined || path.startsWith('.')) continue
    files.set(path, { body: readFileSync(join(dir, path)), type, immutable: path.startsWith('assets/') })
  }
  if (!files.has('index.html')) throw new Error(`The participants' page is missing: no index.html in ${dir}`)
  return files
}
