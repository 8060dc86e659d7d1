import type { Document, IXmlableObject } from 'docx'
import { forgetPrebuiltTables, takePrebuiltTables } from './table-xml'

/**
 * The text a reader sees in a WordprocessingML part: the content of its w:t elements, with tabs
 * and line breaks as spaces and paragraphs as line ends; field instructions, deleted text and
 * attributes (such as a picture's description) are not part of it. Whitespace is then folded, so
 * the same words laid out differently (runs split by Word when it saves, a non-breaking space
 * from Intl) compare equal.
 *
 * Two readers feed one rule (TextCollector): `visibleText` reads a part's XML, as a file holds
 * it; `visibleTextOfDocument` reads a docx Document before it is written out, in the object form
 * docx serialises — the same elements, without writing, zipping and unzipping megabytes of XML
 * only to read them back (that cost seconds when a large SLA was opened from its Word file).
 */

const BREAKS: ReadonlySet<string> = new Set(['w:tab', 'w:br', 'w:cr', 'w:ptab'])

/** What the reader sees, tag by tag and text by text, in document order. */
class TextCollector {
  private readonly parts: string[] = []
  private inText = false

  /** `fill` turns a text as it is held into the text as it is written (see visibleTextOfDocument). */
  constructor(private readonly fill: (text: string) => string = (text) => text) {}

  tag(name: string, closing: boolean, selfClosing: boolean): void {
    if (name === 'w:t') this.inText = !closing && !selfClosing
    else if (BREAKS.has(name)) this.parts.push(' ')
    else if (name === 'w:p' && closing) this.parts.push('\n')
  }

  text(text: string): void {
    if (this.inText) this.parts.push(this.fill(text))
  }

  /** Text that reaches the file as it is: a prebuilt table's XML is put in after docx's placeholder pass. */
  rawText(text: string): void {
    if (this.inText) this.parts.push(text)
  }

  result(): string {
    return normaliseText(this.parts.join(''))
  }
}

// After the name comes whitespace, "/" or ">", never another name character: the name and
// the attributes cannot trade characters, which would make a long name cost quadratic time.
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^<>]*?)?(\/?)>|([^<]+)/g
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, entity: string) => {
    if (!entity.startsWith('#')) return NAMED[entity] ?? ''
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/**
 * The visible text of a part's XML. A single linear scan with regular expressions that cannot
 * backtrack: a hostile part of any size is read in time proportional to its length.
 */
export function visibleText(xml: string): string {
  const collector = new TextCollector()
  collectXml(xml, collector)
  return collector.result()
}

function collectXml(xml: string, collector: TextCollector): void {
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing, text] = match
    if (text !== undefined) collector.rawText(decodeEntities(text))
    else collector.tag(name ?? '', closing === '/', selfClosing === '/')
  }
}

/** What docx's writer drops from a text: the control characters XML 1.0 forbids. */
const UNWRITABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g // eslint-disable-line no-control-regex -- they are the point

/** A text or value as docx writes it and a reader decodes it again. */
function written(value: unknown): string {
  if (value === undefined) return ''
  return typeof value === 'string' ? value.replace(UNWRITABLE, '') : String(value)
}

/**
 * One element of docx's object form, `{ name: content }`, read the way docx's writer lays it out
 * (its `resolve` and `format`): an array holds attributes (`{ _attr }`), child elements and
 * texts — where a text follows, it takes the place of the entry before it, as in the writer —
 * anything else is the element's only text. An element without content is written
 * self-closing.
 */
function collect(element: IXmlableObject, collector: TextCollector, tables: readonly string[]): void {
  const name = Object.keys(element)[0]
  if (name === undefined) return
  if (name === PREBUILT_TABLE) {
    // A table written as XML ahead of time (table-xml.ts): read as the file will hold it.
    const { n } = (element[name] as { _attr: { n: number } })._attr
    return collectXml(tables[n] ?? '', collector)
  }
  const values: unknown = element[name]
  const content: Array<IXmlableObject | string> = []
  if (Array.isArray(values)) {
    let hasText = false
    content.push('')
    for (const value of values as unknown[]) {
      if (typeof value === 'object' && value !== null) {
        if (Object.keys(value)[0] !== '_attr') content.push(value as IXmlableObject)
      } else {
        content.pop()
        hasText = true
        content.push(written(value))
      }
    }
    if (!hasText) content.push('')
  } else if (typeof values !== 'object') {
    content.push(written(values))
  }
  if (content.length === 0) return collector.tag(name, false, true)
  collector.tag(name, false, false)
  for (const child of content) {
    if (typeof child === 'string') collector.text(child)
    else collect(child, collector, tables)
  }
  collector.tag(name, true, false)
}

const PLACEHOLDER = /\{([^{}]+)\}/g
const PREBUILT_TABLE = 'smarketing:table'

/** docx's own `{key}` → value replacement, which it runs over the written XML. */
function replacePlaceholders(text: string, values: ReadonlyMap<string, string>): string {
  return values.size === 0 || !text.includes('{') ? text : text.replace(PLACEHOLDER, (placeholder, key: string) => values.get(key) ?? placeholder)
}

/**
 * The `{key}` placeholders docx fills in word/document.xml once the body is laid out: first the
 * images (numbered after the document's relationships, in the order they were added), then the
 * list instances. A text the room typed that spells such a key is filled too; mirrored here so
 * the two readings agree even then (the hostile-document tests type one).
 */
function placeholderPasses(doc: Document): ReadonlyArray<ReadonlyMap<string, string>> {
  const firstImageId = doc.Document.Relationships.RelationshipCount + 1
  const images = new Map(doc.Media.Entries.map(([key], index) => [key, String(firstImageId + index)]))
  const lists = new Map(
    doc.Numbering.ConcreteNumbering.map(({ reference, instance, restartedListId, numId }) => [
      // docx's listKey(): the key a paragraph's list placeholder carries.
      restartedListId === undefined ? `${reference}-${instance}` : `${reference}-restart ${restartedListId}`,
      String(numId)
    ])
  )
  return [images, lists]
}

/**
 * The visible text of a Document's body, exactly as `visibleText` reads it from the
 * word/document.xml that packing would write: the body is laid out (prepForXml, as docx's
 * compiler does) and its object form read with the writer's rules.
 */
export function visibleTextOfDocument(doc: Document): string {
  forgetPrebuiltTables(doc)
  const body = doc.Document.View.prepForXml({ file: doc, viewWrapper: doc.Document, stack: [] })
  const tables = takePrebuiltTables(doc)
  const passes = placeholderPasses(doc)
  const collector = new TextCollector((text) => passes.reduce((filled, values) => replacePlaceholders(filled, values), text))
  if (body) collect(body, collector, tables)
  return collector.result()
}

/** NFC, and every run of whitespace (including no-break and narrow spaces) as one space. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}
