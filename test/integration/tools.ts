import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
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
 * The documents are set in Arial (shared/docx/measures.ts), which LibreOffice draws with the
 * metric-compatible Liberation Sans. Without it LibreOffice falls back to a wider face (DejaVu
 * Sans) and breaks lines where Word on our users' machines does not: page counts and line breaks
 * would be checked against a layout no reader sees.
 */
export function requireFont(family: string, debianPackage: string): void {
  requireTool('fc-list', 'fontconfig')
  const families = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout
  if (!families.split('\n').some((line) => line.split(',').includes(family))) {
    throw new Error(`The font "${family}" is not installed. Install the Debian/Ubuntu package "${debianPackage}" (apt-get install ${debianPackage}) to run this test.`)
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

/** Converts Word files to PDF in one LibreOffice run (its own profile in `work`, so runs never share one); the PDFs' paths. */
function convertToPdf(docxs: readonly string[], work: string): string[] {
  requireTool('soffice', 'libreoffice-writer-nogui')
  requireFont('Liberation Sans', 'fonts-liberation2')
  const out = resolve(work, 'pdf')
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${resolve(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docxs], {
    encoding: 'utf8',
    timeout: 600_000
  })
  const pdfs = docxs.map((docx) => resolve(out, `${basename(docx, extname(docx))}.pdf`))
  const missing = docxs.filter((_, index) => !existsSync(pdfs[index] ?? ''))
  if (run.status !== 0 || missing.length > 0) throw new Error(`LibreOffice could not convert ${missing.join(', ') || docxs.join(', ')}: ${run.stderr || run.stdout || run.error?.message}`)
  return pdfs
}

function pagesOf(pdf: string): number {
  requireTool('pdfinfo', 'poppler-utils')
  return Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0)
}

/**
 * Renders a Word file to PDF with LibreOffice and reads the text back with `pdftotext -layout`:
 * the lines as they are set on the pages. Also tells how long LibreOffice took, start-up included.
 */
export function renderWithLibreOffice(docx: string, work: string): { pdf: string; text: string; seconds: number; pages: number } {
  const started = performance.now()
  const [pdf = ''] = convertToPdf([docx], work)
  const seconds = (performance.now() - started) / 1000
  return { pdf, text: pdfText(pdf), seconds, pages: pagesOf(pdf) }
}

/** A PDF's text as `pdftotext -layout` sets it: the lines as they are on the pages. */
export function pdfText(pdf: string): string {
  requireTool('pdftotext', 'poppler-utils')
  return spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
}

/**
 * Renders Word files one after the other in one LibreOffice run and tells how long each took
 * itself: from the moment the PDF before it was written to the moment its own was. The first
 * document's time includes LibreOffice's start (on a busy machine of two cores, several seconds
 * of its own), so put an ordinary document first to take it.
 */
export function renderTimes(docxs: readonly string[], work: string): Array<{ pdf: string; seconds: number; pages: number }> {
  const started = Date.now()
  const pdfs = convertToPdf(docxs, work)
  let before = started
  return pdfs.map((pdf) => {
    const written = statSync(pdf).mtimeMs
    const seconds = (written - before) / 1000
    before = written
    return { pdf, seconds, pages: pagesOf(pdf) }
  })
}
