import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'

/** Opening exported documents again, the way STYLE "Tests that prove behaviour" asks. */
export const REPO = resolve(import.meta.dirname, '../../..')
export const SCHEMA = resolve(REPO, '../shared/ooxml-schemas/microsoft/wml-2010.xsd')
export const CHECK_DOCX = resolve(REPO, '../shared/tools/check-docx')

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes)
}

export function part(bytes: Uint8Array, name: string): string {
  const file = parts(bytes)[name]
  if (!file) throw new Error(`${name} is missing; the package has ${Object.keys(parts(bytes)).join(', ')}`)
  return strFromU8(file)
}

/** The text of all w:t elements, whitespace folded — enough to find what a reader would see. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ')
}

/** A tool the test needs; its absence fails the test with what to install, never skips it. */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  if (found.status !== 0) {
    throw new Error(`${command} is not installed. Install the Debian/Ubuntu package "${debianPackage}" (apt-get install ${debianPackage}) to run this test.`)
  }
}

/**
 * Well-formedness in-process, with a strict XML parser from npm (namespaces, entities, characters
 * XML forbids): `npm test` needs nothing outside npm. Validation against the Office schema with
 * xmllint and ../shared lives in the integration suite (test/integration).
 */
export function wellFormed(files: readonly string[]): XmllintResult {
  const failures: XmllintResult['failures'] = []
  for (const file of files) {
    let message = ''
    const parser = new SaxesParser({ xmlns: true })
    parser.on('error', (error) => (message ||= error.message))
    try {
      parser.write(readFileSync(file, 'utf8')).close()
    } catch (error) {
      message ||= error instanceof Error ? error.message : String(error)
    }
    if (message) failures.push({ file, message: `${file}: ${message}`.slice(0, 500) })
  }
  return { ok: failures.length === 0, failures }
}

export interface XmllintResult {
  ok: boolean
  /** The files xmllint reported, with its first message for each. */
  failures: Array<{ file: string; message: string }>
}

/**
 * Runs xmllint once over many files (loading the schema once): with `schema`, validation;
 * without, well-formedness only.
 */
export function xmllint(files: readonly string[], schema?: string): XmllintResult {
  requireTool('xmllint', 'libxml2-utils')
  if (schema && !existsSync(schema)) throw new Error(`The WordprocessingML schema is missing at ${schema}`)
  const failures: XmllintResult['failures'] = []
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
