import type { Document, IXmlableObject } from 'docx'
import { forgetPrebuiltTables, takePrebuiltTables } from './table-xml'

/**
 * A WordprocessingML part read the way a reader meets it: element by element and text by text,
 * in document order. What the reader makes of them is one rule (seen-content.ts); it is fed from
 * either of two forms of a part:
 *
 * - `scanXml` reads a part's XML, as a file holds it;
 * - `scanDocument` reads a docx Document before it is written out, story by story (body,
 *   headers, footers, notes) in the object form docx serialises — the same elements, without
 *   writing, zipping and unzipping megabytes of XML only to read them back (that cost seconds
 *   when a large SLA was opened from its Word file).
 */

/** An element's attributes as the form holds them: the attribute text of a tag, or docx's `_attr` object. */
export type Attributes = string | Readonly<Record<string, unknown>> | undefined

export interface XmlSink {
  /** An element begins (closing false), ends (closing true), or is empty (selfClosing true). */
  tag(name: string, closing: boolean, selfClosing: boolean, attributes: Attributes): void
  /** Text between tags, as a reader sees it: entities decoded, placeholders filled. */
  text(text: string): void
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The five named entities and numeric character references of XML text. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (_, entity: string) => {
    if (!entity.startsWith('#')) return NAMED[entity] ?? ''
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/** Attribute names and their values as a reader decodes them, from either form. */
export function readAttributes(attributes: Attributes): Map<string, string> {
  const result = new Map<string, string>()
  if (typeof attributes === 'string') {
    for (const match of attributes.matchAll(ATTRIBUTE)) result.set(match[1]!, decodeEntities(match[2] ?? match[3] ?? ''))
  } else if (attributes) {
    for (const [name, value] of Object.entries(attributes)) if (value !== undefined) result.set(name, String(value))
  }
  return result
}

const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
/** `[\w.:-]`: letters, digits, "_", ".", ":", "-". */
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45
const SPACE = /\s/

const LT = 60
const GT = 62
const SLASH = 47

/**
 * A part's XML into `sink`: tags `<name attributes>`, `</name>`, `<name/>` and the text between
 * them; a "<" that begins no such tag is skipped, and what follows it is text — exactly the
 * tokens of `<(\/?)([A-Za-z_][\w.:-]*)((?:\s[^<>]*?)?)(\/?)>|([^<]+)` (a test compares them), but
 * written by hand: a large SLA's body is megabytes, and matching the expression token by token
 * cost a good part of reading it back.
 * Every position is looked at a bounded number of times (the next "<" and ">" are remembered,
 * and only ever move forward), so a hostile part of any size is read in time proportional to
 * its length.
 */
export function scanXml(xml: string, sink: XmlSink): void {
  const end = xml.length
  let nextLt = -1
  let nextGt = -1
  const lessThanFrom = (from: number): number => {
    if (nextLt < from) {
      const found = xml.indexOf('<', from)
      nextLt = found === -1 ? end : found
    }
    return nextLt
  }
  const greaterThanFrom = (from: number): number => {
    if (nextGt < from) {
      const found = xml.indexOf('>', from)
      nextGt = found === -1 ? end : found
    }
    return nextGt
  }
  /** The tag that begins at `at` (a "<"), given to the sink; where it ends, or -1 when none begins there. */
  const tag = (at: number): number => {
    let start = at + 1
    const closing = xml.charCodeAt(start) === SLASH
    if (closing) start++
    if (!isNameStart(xml.charCodeAt(start))) return -1
    let after = start + 1
    while (after < end && isNameChar(xml.charCodeAt(after))) after++
    const name = xml.slice(start, after)
    const next = xml.charCodeAt(after)
    if (next === GT) {
      sink.tag(name, closing, false, '')
      return after + 1
    }
    if (next === SLASH && xml.charCodeAt(after + 1) === GT) {
      sink.tag(name, closing, true, '')
      return after + 2
    }
    if (after >= end || !SPACE.test(xml[after]!)) return -1
    const close = greaterThanFrom(after)
    if (close >= end || lessThanFrom(after) < close) return -1
    const selfClosing = xml.charCodeAt(close - 1) === SLASH
    sink.tag(name, closing, selfClosing, xml.slice(after, selfClosing ? close - 1 : close))
    return close + 1
  }
  let at = 0
  while (at < end) {
    if (xml.charCodeAt(at) === LT) {
      const past = tag(at)
      at = past === -1 ? at + 1 : past
    } else {
      const stop = lessThanFrom(at)
      sink.text(decodeEntities(xml.slice(at, stop)))
      at = stop
    }
  }
}

/** What docx's writer drops from a text: the control characters XML 1.0 forbids. */
const UNWRITABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g // eslint-disable-line no-control-regex -- they are the point

/** A text or value as docx writes it and a reader decodes it again. */
function written(value: unknown): string {
  if (value === undefined) return ''
  return typeof value === 'string' ? value.replace(UNWRITABLE, '') : String(value)
}

const PREBUILT_TABLE = 'smarketing:table'

/** How the texts of one story are written: `{key}` placeholders filled; the prebuilt tables' XML by number. */
interface Story {
  fill: (text: string) => string
  tables: readonly string[]
}

/**
 * One element of docx's object form, `{ name: content }`, read the way docx's writer lays it out
 * (its `resolve` and `format`): an array holds attributes (`{ _attr }`), child elements and
 * texts — where a text follows, it takes the place of the entry before it, as in the writer —
 * anything else is the element's only text. An element without content is written
 * self-closing.
 */
function walk(element: IXmlableObject, sink: XmlSink, story: Story): void {
  const name = Object.keys(element)[0]
  if (name === undefined) return
  if (name === PREBUILT_TABLE) {
    // A table written as XML ahead of time (table-xml.ts): read as the file will hold it.
    const { n } = (element[name] as { _attr: { n: number } })._attr
    return scanXml(story.tables[n] ?? '', sink)
  }
  const values: unknown = element[name]
  const content: Array<IXmlableObject | string> = []
  let attributes: Record<string, unknown> | undefined
  if (Array.isArray(values)) {
    let hasText = false
    content.push('')
    for (const value of values as unknown[]) {
      if (typeof value === 'object' && value !== null) {
        const own = (value as { _attr?: Record<string, unknown> })._attr
        if (Object.keys(value)[0] !== '_attr') content.push(value as IXmlableObject)
        else attributes = attributes ? { ...attributes, ...own } : own
      } else {
        content.pop()
        hasText = true
        content.push(written(value))
      }
    }
    if (!hasText) content.push('')
  } else if (typeof values === 'object' && values !== null) {
    attributes = (values as { _attr?: Record<string, unknown> })._attr
  } else {
    content.push(written(values))
  }
  if (content.length === 0) return sink.tag(name, false, true, attributes)
  sink.tag(name, false, false, attributes)
  for (const child of content) {
    if (typeof child === 'string') sink.text(story.fill(child))
    else walk(child, sink, story)
  }
  sink.tag(name, true, false, undefined)
}

const PLACEHOLDER = /\{([^{}]+)\}/g

/** docx's own `{key}` → value replacement, which it runs over the written XML. */
function replacePlaceholders(text: string, values: ReadonlyMap<string, string>): string {
  return values.size === 0 || !text.includes('{') ? text : text.replace(PLACEHOLDER, (placeholder, key: string) => values.get(key) ?? placeholder)
}

function listNumbers(doc: Document): ReadonlyMap<string, string> {
  return new Map(
    doc.Numbering.ConcreteNumbering.map(({ reference, instance, restartedListId, numId }) => [
      // docx's listKey(): the key a paragraph's list placeholder carries.
      restartedListId === undefined ? `${reference}-${instance}` : `${reference}-restart ${restartedListId}`,
      String(numId)
    ])
  )
}

/** Every `{key}` in the texts and attribute values of a (small) part, as docx finds them in its XML. */
function placeholdersIn(element: unknown, found = new Set<string>()): Set<string> {
  if (typeof element === 'string') for (const [, key] of element.matchAll(PLACEHOLDER)) found.add(key!)
  else if (Array.isArray(element)) for (const entry of element as unknown[]) placeholdersIn(entry, found)
  else if (typeof element === 'object' && element !== null) for (const value of Object.values(element)) placeholdersIn(value, found)
  return found
}

/**
 * The `{key}` placeholders docx fills once a part is laid out: first the images, numbered from
 * `firstImageId` in the order they were added (`used`: the keys the part holds; all, for the
 * body), then the list instances. A text the room typed that spells such a key is filled too;
 * mirrored here so the two readings agree even then (the hostile-document tests type one).
 */
function filler(doc: Document, firstImageId: number, used: (key: string) => boolean): (text: string) => string {
  const images = new Map(
    doc.Media.Entries.filter(([key]) => used(key)).map(([key], index) => [key, String(firstImageId + index)])
  )
  const passes = [images, listNumbers(doc)]
  return (text) => passes.reduce((filled, values) => replacePlaceholders(filled, values), text)
}

/** Where a story of a document is written: the main document, or one of the parts it refers to. */
export type StoryKind = 'body' | 'header' | 'footer' | 'footnotes' | 'endnotes'

interface Wrapper {
  View: { prepForXml(context: object): IXmlableObject | undefined }
}

/**
 * Each story of a Document — the body first (headers and footers take their page numbers from
 * its layout), then every header, footer and the notes — laid out as docx's compiler does and
 * read into the sink `open` gives for it, exactly as `scanXml` reads the parts that packing
 * would write.
 */
export function scanDocument(doc: Document, open: (kind: StoryKind) => XmlSink): void {
  forgetPrebuiltTables(doc)
  const body = doc.Document.View.prepForXml({ file: doc, viewWrapper: doc.Document, stack: [] })
  const tables = takePrebuiltTables(doc)
  if (body) walk(body, open('body'), { fill: filler(doc, doc.Document.Relationships.RelationshipCount + 1, () => true), tables })
  const parts: Array<[StoryKind, Wrapper]> = [
    ...doc.Headers.map((wrapper): [StoryKind, Wrapper] => ['header', wrapper]),
    ...doc.Footers.map((wrapper): [StoryKind, Wrapper] => ['footer', wrapper]),
    ['footnotes', doc.FootNotes],
    ['endnotes', doc.Endnotes]
  ]
  for (const [kind, wrapper] of parts) {
    const part = wrapper.View.prepForXml({ file: doc, viewWrapper: wrapper, stack: [] })
    if (!part) continue
    // A header's or footer's own pictures are numbered from 0; the notes' after their relationships.
    const used = placeholdersIn(part)
    const first = kind === 'header' || kind === 'footer' ? 0 : (wrapper as unknown as { Relationships: { RelationshipCount: number } }).Relationships.RelationshipCount + 1
    walk(part, open(kind), { fill: filler(doc, first, (key) => used.has(key)), tables: [] })
  }
}

/** NFC, and every run of whitespace (including no-break and narrow spaces) as one space. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}
