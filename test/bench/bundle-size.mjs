// SPEC §9 "the initial renderer bundle stays small (the Word generator is loaded only when exporting)".
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { figure, kb } from './support.mjs'

export const title = 'Initial renderer bundle (JS and CSS that index.html loads), gzip'

const BUDGET_BYTES = 250_000

/** Every script, stylesheet and module preload the page's index.html loads before anything else. */
export function initialAssets(html) {
  const assets = new Set()
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if (!src || /^(?:[a-z]+:)?\/\//i.test(src)) continue
    const isScript = tag.startsWith('<script')
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? ''
    if (isScript || /\b(?:stylesheet|modulepreload)\b/.test(rel)) assets.add(src.replace(/^\.?\//, ''))
  }
  return [...assets]
}

export async function run({ rendererDir }) {
  const html = await readFile(resolve(rendererDir, 'index.html'), 'utf8')
  const files = []
  for (const asset of initialAssets(html)) {
    const bytes = await readFile(resolve(rendererDir, asset))
    files.push({ asset, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length })
  }
  const total = files.reduce((sum, f) => sum + f.gzip, 0)
  const raw = files.reduce((sum, f) => sum + f.raw, 0)
  return [
    figure({
      label: 'initial JS + CSS',
      value: `${kb(total)} gzip (${kb(raw)} raw)`,
      budget: `≤ ${kb(BUDGET_BYTES)} gzip`,
      within: total <= BUDGET_BYTES,
      detail: files.map((f) => `${f.asset} ${kb(f.gzip)}`).join(', ')
    })
  ]
}
