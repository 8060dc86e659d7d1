import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import type { SlaDocxReading } from '../../../shared/docx/index'

/** Opening exported documents again, the way STYLE "Tests that prove behaviour" asks. */
export const REPO = resolve(import.meta.dirname, '../../..')

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes)
}

export function part(bytes: Uint8Array, name: string): string {
  const file = parts(bytes)[name]
  if (!file) throw new Error(`${name} is missing; the package has ${Object.keys(parts(bytes)).join(', ')}`)
  return strFromU8(file)
}

export type Edit = (files: Record<string, Uint8Array>) => void

/** The same package with some parts changed, as someone with an unzip tool might. */
export function edited(bytes: Uint8Array, edit: Edit): Uint8Array {
  const files = parts(bytes)
  edit(files)
  return zipSync(files)
}

export function replaceIn(name: string, from: string | RegExp, to: string): Edit {
  return (files) => {
    const file = files[name]
    if (!file) throw new Error(`no ${name}`)
    const text = strFromU8(file)
    const changed = text.replace(from, to)
    if (changed === text) throw new Error(`${String(from)} not found in ${name}`)
    files[name] = strToU8(changed)
  }
}

export function expectSla(reading: SlaDocxReading): Extract<SlaDocxReading, { kind: 'sla' }> {
  if (reading.kind !== 'sla') throw new Error(`expected an SLA, got ${JSON.stringify(reading)}`)
  return reading
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

export interface WellFormedResult {
  ok: boolean
  /** The files the XML reader refused, with its first message for each. */
  failures: Array<{ file: string; message: string }>
}

/**
 * Well-formedness in-process, with a strict XML parser from npm (namespaces, entities, characters
 * XML forbids): `npm test` needs nothing outside npm. Validation against the Office schema with
 * xmllint and ../shared lives in the integration suite (test/integration).
 */
export function wellFormed(files: readonly string[]): WellFormedResult {
  const failures: WellFormedResult['failures'] = []
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
