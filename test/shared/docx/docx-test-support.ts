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

/**
 * The Heading 1 and 2 paragraphs of a document as a reader sees them: each with the number Word
 * gives it from the list its style is linked to (styles.xml → numbering.xml), counted in document
 * order as Word counts (a level restarts under a new heading above it), then its own text.
 */
export function numberedHeadings(bytes: Uint8Array, style: 'Heading1' | 'Heading2'): string[] {
  const styles = part(bytes, 'word/styles.xml')
  const numbering = part(bytes, 'word/numbering.xml')
  const listOf = (styleId: string) => {
    const definition = new RegExp(`<w:style [^>]*w:styleId="${styleId}".*?</w:style>`).exec(styles)?.[0] ?? ''
    const numPr = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(definition)
    if (!numPr) return null
    const abstractId = new RegExp(`<w:num w:numId="${numPr[2]}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1]
    const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>.*?</w:abstractNum>`).exec(numbering)?.[0] ?? ''
    const level = Number(numPr[1])
    const text = new RegExp(`<w:lvl w:ilvl="${level}"[^>]*>.*?<w:lvlText w:val="([^"]*)"/>`).exec(abstract)?.[1] ?? ''
    return { level, text }
  }
  const lists = { Heading1: listOf('Heading1'), Heading2: listOf('Heading2') }
  const counters = [0, 0]
  const found: string[] = []
  for (const [paragraph, styleId] of part(bytes, 'word/document.xml').matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading[12])"\/>.*?<\/w:p>/g)) {
    const list = lists[styleId as 'Heading1' | 'Heading2']
    const title = textOf(paragraph).trim()
    let number = ''
    if (list) {
      counters[list.level] = (counters[list.level] ?? 0) + 1
      counters.fill(0, list.level + 1)
      number = list.text.replace(/%(\d)/g, (_, n: string) => String(counters[Number(n) - 1] ?? 0))
    }
    if (styleId === style) found.push(number ? `${number} ${title}` : title)
  }
  return found
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
