import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import type { WellFormedResult } from '../shared/docx/docx-test-support'

/** Debian tools and ../shared, which only the integration suite needs. */
const REPO = resolve(import.meta.dirname, '../..')
export const SCHEMA = resolve(REPO, '../shared/ooxml-schemas/microsoft/wml-2010.xsd')
export const CHECK_DOCX = resolve(REPO, '../shared/tools/check-docx')

/** A tool the test needs; its absence fails the test with what to install, never skips it. */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  if (found.status !== 0) {
    throw new Error(`${command} is not installed. Install the Debian/Ubuntu package "${debianPackage}" (apt-get install ${debianPackage}) to run this test.`)
  }
}


/**
 * Runs xmllint once over many files (loading the schema once): with `schema`, validation;
 * without, well-formedness only.
 */
export function xmllint(files: readonly string[], schema?: string): WellFormedResult {
  requireTool('xmllint', 'libxml2-utils')
  if (schema && !existsSync(schema)) throw new Error(`The WordprocessingML schema is missing at ${schema}`)
  const failures: WellFormedResult['failures'] = []
  // Keep each command line well below the system's limit.
  for (let start = 0; start < files.length; start += 500) {
    const batch = files.slice(start, start + 500)
    const args = ['--noout', ...(schema ? ['--schema', schema] : []), ...batch]
    const run = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (run.status === 0) continue
    for (const file of batch) {
      const message = run.stderr.split('\n').find((line) => line.startsWith(file) && !line.endsWith(' validates'))
      if (message) failures.push({ file, message: message.slice(0, 500) })
    }
    if (failures.length === 0) failures.push({ file: batch[0] ?? '', message: run.stderr.slice(0, 1000) || `xmllint exited with ${run.status}` })
  }
  return { ok: failures.length === 0, failures }
}

/**
 * Renders a Word file to PDF with LibreOffice (its own profile in `work`, so runs never share
 * one) and reads the text back with `pdftotext -layout`: the lines as they are set on the pages.
 * Also tells how long LibreOffice took, start-up included.
 */
export function renderWithLibreOffice(docx: string, work: string): { pdf: string; text: string; seconds: number; pages: number } {
  requireTool('soffice', 'libreoffice-writer-nogui')
  requireTool('pdftotext', 'poppler-utils')
  requireTool('pdfinfo', 'poppler-utils')
  const out = resolve(work, 'pdf')
  const started = performance.now()
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${resolve(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
    encoding: 'utf8',
    timeout: 600_000
  })
  const seconds = (performance.now() - started) / 1000
  const pdf = resolve(out, `${basename(docx, extname(docx))}.pdf`)
  if (run.status !== 0 || !existsSync(pdf)) throw new Error(`LibreOffice could not convert ${docx}: ${run.stderr || run.stdout || run.error?.message}`)
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
  const pages = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0)
  return { pdf, text, seconds, pages }
}
