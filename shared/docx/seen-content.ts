import { sha256Hex } from '../domain/sha256'
import type { Document } from 'docx'
import { normaliseText, readAttributes, scanDocument, scanXml, type Attributes, type StoryKind, type XmlSink } from './document-text'

/**
 * What a reader of a Word file sees, read from its package the way Word finds it: the main
 * document named by the package's relationships (not by a file name), and through its
 * relationships the headers, footers, footnotes, endnotes and pictures.
 *
 * - Text: the w:t of every part, tabs and breaks as spaces, whitespace folded. Field codes are
 *   not text; the results of fields are, without their digits — Word fills in page numbers
 *   (PAGE, NUMPAGES, the table of contents) when it opens or prints a file, and those must not
 *   make a file look changed. A watermark's words count as text of its header.
 * - Pictures: the SHA-256 of every picture's bytes, in the order they appear.
 * - Hidden: text nobody reads although it is there — hidden (w:vanish, w:specVanish,
 *   w:webHidden), smaller than 6 pt, squeezed below half its width, or in a colour too close to
 *   what is behind it (white on white, black highlight on black text); also a style or the
 *   document defaults doing any of that.
 * - Foreign: what the app never writes and Word shows: tracked changes, embedded documents and
 *   objects, pictures linked from outside, relationships of kinds the app does not know
 *   (charts, diagrams, macros …).
 *
 * Comments are left aside: they annotate a document rather than change what it says.
 * A single linear scan of each part; never throws on hostile XML.
 */
export interface SeenContent {
  body: string
  /** Text of each header, footer, footnote and endnote part, as `kind: text`, sorted. */
  margins: string[]
  /** SHA-256 of each picture shown, sorted (Word may reorder parts when it saves). */
  images: string[]
  /** The first few hidden or unreadable texts, as a hint of what was hidden. */
  hidden: string[]
  /** What Word shows that the app never writes, e.g. `trackedChange`, `relationship:chart`. */
  foreign: string[]
}

/** What a document the app has not written yet will show: its text and pictures (hidden or foreign content it has none). */
export type DocumentSeen = Pick<SeenContent, 'body' | 'margins' | 'images'>

const MAIN_DOCUMENT = /\/officeDocument$/
const MARGIN_KINDS = ['header', 'footer', 'footnotes', 'endnotes'] as const
/** Relationships of the main document that show nothing by themselves, or are read here. */
const KNOWN_RELATIONSHIPS: ReadonlySet<string> = new Set([
  ...MARGIN_KINDS,
  'styles',
  'stylesWithEffects',
  'numbering',
  'settings',
  'webSettings',
  'fontTable',
  'theme',
  'image',
  'hyperlink',
  'customXml',
  'comments',
  'commentsExtended',
  'commentsIds',
  'commentsExtensible',
  'people',
  'glossaryDocument'
])
const FOREIGN_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['w:ins', 'trackedChange'],
  ['w:del', 'trackedChange'],
  ['w:moveFrom', 'trackedChange'],
  ['w:moveTo', 'trackedChange'],
  ['w:rPrChange', 'trackedChange'],
  ['w:pPrChange', 'trackedChange'],
  ['w:altChunk', 'embeddedDocument'],
  ['w:subDoc', 'embeddedDocument'],
  ['w:object', 'embeddedObject'],
  ['w:control', 'embeddedObject']
])
const MAX_HINTS = 10

/** Half-points: 12 is 6 pt. */
const MIN_SIZE = 12
/** Per cent of the normal width. */
const MIN_SCALE = 50
/** WCAG contrast ratio below which text is as good as invisible on its background. */
const MIN_CONTRAST = 1.5
const WHITE = 'FFFFFF'

const HIGHLIGHTS: Readonly<Record<string, string>> = {
  black: '000000',
  blue: '0000FF',
  cyan: '00FFFF',
  green: '00FF00',
  magenta: 'FF00FF',
  red: 'FF0000',
  yellow: 'FFFF00',
  white: 'FFFFFF',
  darkBlue: '000080',
  darkCyan: '008080',
  darkGreen: '008000',
  darkMagenta: '800080',
  darkRed: '800000',
  darkYellow: '808000',
  darkGray: '808080',
  lightGray: 'C0C0C0'
}
const LIGHT_THEME = new Set(['background1', 'light1', 'bg1'])
const DARK_THEME = new Set(['text1', 'dark1', 'tx1'])

const decoder = new TextDecoder('utf-8')

function textOf(files: ReadonlyMap<string, Uint8Array>, path: string): string | null {
  const bytes = files.get(path)
  return bytes ? decoder.decode(bytes) : null
}

/** A part name relative to the folder of the part that names it (`../media/a.png` from `word/x.xml`). */
function resolvePath(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
}

interface Relationship {
  kind: string
  path: string
  external: boolean
}

/** The attributes of every `name` element of a part's XML (relationships, for instance). */
function elementsNamed(xml: string, name: string): Array<Map<string, string>> {
  const found: Array<Map<string, string>> = []
  scanXml(xml, {
    tag: (tag, closing, _selfClosing, attributes) => void (tag === name && !closing && found.push(readAttributes(attributes))),
    text: () => undefined
  })
  return found
}

function relationshipsOf(files: ReadonlyMap<string, Uint8Array>, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/')
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
  const result = new Map<string, Relationship>()
  const xml = textOf(files, relsPath)
  if (xml === null) return result
  for (const attrs of elementsNamed(xml, 'Relationship')) {
    const id = attrs.get('Id')
    const type = attrs.get('Type') ?? ''
    const target = attrs.get('Target') ?? ''
    if (!id) continue
    const external = attrs.get('TargetMode') === 'External'
    result.set(id, { kind: type.slice(type.lastIndexOf('/') + 1), path: external ? target : resolvePath(part, target), external })
  }
  return result
}

function mainDocumentPath(files: ReadonlyMap<string, Uint8Array>): string {
  for (const attrs of elementsNamed(textOf(files, '_rels/.rels') ?? '', 'Relationship')) {
    if (MAIN_DOCUMENT.test(attrs.get('Type') ?? '')) return resolvePath('', attrs.get('Target') ?? '')
  }
  return 'word/document.xml'
}

function isOn(attrs: Map<string, string>): boolean {
  const value = attrs.get('w:val')
  return value === undefined || !['false', '0', 'off'].includes(value)
}

function hex(value: string | undefined): string | null {
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : null
}

function luminance(colour: string): number {
  const channel = (at: number) => {
    const value = parseInt(colour.slice(at, at + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Run properties as far as they decide whether text can be read. */
interface RunLook {
  hidden: boolean
  size: number | null
  scale: number | null
  colour: string | null
  background: string | null
}

const PLAIN: RunLook = { hidden: false, size: null, scale: null, colour: null, background: null }

function shading(attrs: Map<string, string>): string | null {
  return attrs.get('w:val') === 'solid' ? hex(attrs.get('w:color')) : hex(attrs.get('w:fill'))
}

/** The run properties that decide whether text can be read (withProperty); others are not looked into. */
const LOOK_PROPERTIES: ReadonlySet<string> = new Set(['w:vanish', 'w:specVanish', 'w:webHidden', 'w:sz', 'w:szCs', 'w:w', 'w:color', 'w:highlight', 'w:shd'])

/** One property element inside w:rPr, folded into the look. */
function withProperty(look: RunLook, name: string, attrs: Map<string, string>): RunLook {
  switch (name) {
    case 'w:vanish':
    case 'w:specVanish':
    case 'w:webHidden':
      return isOn(attrs) ? { ...look, hidden: true } : look
    case 'w:sz':
    case 'w:szCs': {
      const size = Number(attrs.get('w:val'))
      return Number.isFinite(size) ? { ...look, size: Math.min(look.size ?? Infinity, size) } : look
    }
    case 'w:w': {
      const scale = parseInt(attrs.get('w:val') ?? '', 10)
      return Number.isFinite(scale) ? { ...look, scale } : look
    }
    case 'w:color': {
      const theme = attrs.get('w:themeColor') ?? ''
      const colour = LIGHT_THEME.has(theme) ? WHITE : DARK_THEME.has(theme) ? '000000' : hex(attrs.get('w:val'))
      return { ...look, colour }
    }
    case 'w:highlight':
      return { ...look, background: HIGHLIGHTS[attrs.get('w:val') ?? ''] ?? look.background }
    case 'w:shd':
      return { ...look, background: look.background ?? shading(attrs) }
    default:
      return look
  }
}

/** Why text of this look cannot be read on this background, or null when it can. */
function unreadable(look: RunLook, background: string): boolean {
  if (look.hidden) return true
  if (look.size !== null && look.size < MIN_SIZE) return true
  if (look.scale !== null && look.scale < MIN_SCALE) return true
  return look.colour !== null && contrast(look.colour, look.background ?? background) < MIN_CONTRAST
}

interface PartReading {
  text: string
  images: string[]
}

/** What the stories of one package have found so far. */
interface Scan {
  hidden: string[]
  foreign: Set<string>
  pageColour: string
}

function newScan(): Scan {
  return { hidden: [], foreign: new Set(), pageColour: WHITE }
}

/** The SHA-256 of the picture a relationship id names, or null when there is none to show. */
type PictureDigest = (id: string) => string | null

/**
 * The reader of one story part (document, header, footer, notes): its text, pictures, hidden and
 * foreign content, from the elements and texts in document order (document-text.ts feeds it from
 * a file's XML or from a document not yet written).
 */
class StoryReader implements XmlSink {
  private readonly pieces: string[] = []
  private readonly images: string[] = []
  /** Per open field whether its result has begun. */
  private readonly fields: boolean[] = []
  /** Open fields whose result has begun (the result of a field inside another's counts too). */
  private fieldResults = 0
  private simpleFields = 0
  private inText = false
  private inRun = false
  private inRunProperties = false
  private inParagraphProperties = false
  private look = PLAIN
  private paragraphBackground: string | null = null
  private cellBackground: string | null = null
  private inCellProperties = false
  /** Word reads an mc:AlternateContent's choice; its fallback (e.g. VML of a watermark) is not seen twice. */
  private fallbacks = 0

  constructor(
    private readonly scan: Scan,
    private readonly picture: PictureDigest
  ) {}

  text(text: string): void {
    if (!this.inText || this.fallbacks > 0) return
    this.pieces.push(this.simpleFields > 0 || this.fieldResults > 0 ? text.replace(/[0-9]/g, '') : text)
    const { scan } = this
    // Plain text on the page's own background, the common case, needs no further look.
    if (this.look === PLAIN || scan.hidden.length >= MAX_HINTS) return
    if (unreadable(this.look, this.paragraphBackground ?? this.cellBackground ?? scan.pageColour) && text.trim()) scan.hidden.push(text.trim().slice(0, 80))
  }

  tag(name: string, closing: boolean, selfClosing: boolean, attributes: Attributes): void {
    if (name === 'mc:Fallback' && !selfClosing) this.fallbacks += closing ? -1 : 1
    if (this.fallbacks > 0) return
    const opening = !closing
    const foreign = FOREIGN_ELEMENTS.get(name)
    if (foreign && opening) this.scan.foreign.add(foreign)
    switch (name) {
      case 'w:t':
        this.inText = opening && !selfClosing
        break
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
      case 'w:ptab':
        if (!this.inRunProperties && !this.inParagraphProperties) this.pieces.push(' ')
        break
      case 'w:p':
        if (!opening) this.pieces.push('\n')
        this.paragraphBackground = null
        break
      case 'w:r':
        this.inRun = opening && !selfClosing
        this.look = PLAIN
        break
      case 'w:rPr':
        this.inRunProperties = this.inRun && opening && !selfClosing
        break
      case 'w:pPr':
        this.inParagraphProperties = opening && !selfClosing
        break
      case 'w:tc':
        this.cellBackground = null
        break
      case 'w:tcPr':
        this.inCellProperties = opening && !selfClosing
        break
      case 'w:fldChar': {
        const type = readAttributes(attributes).get('w:fldCharType')
        const open = this.fields.length
        if (type === 'begin') this.fields.push(false)
        else if (type === 'separate' && open > 0 && !this.fields[open - 1]) {
          this.fields[open - 1] = true
          this.fieldResults++
        } else if (type === 'end' && this.fields.pop()) this.fieldResults--
        break
      }
      case 'w:fldSimple':
        if (!selfClosing) this.simpleFields += opening ? 1 : -1
        break
      case 'w:background':
        if (opening) this.scan.pageColour = hex(readAttributes(attributes).get('w:color')) ?? this.scan.pageColour
        break
      case 'v:textpath': {
        const words = readAttributes(attributes).get('string')
        if (opening && words) this.pieces.push(` ${words} `)
        break
      }
      case 'a:blip':
      case 'v:imagedata': {
        if (!opening) break
        const attrs = readAttributes(attributes)
        if (attrs.has('r:link')) this.scan.foreign.add('externalImage')
        const id = attrs.get('r:embed') ?? attrs.get('r:id')
        const digest = id === undefined ? null : this.picture(id)
        if (digest) this.images.push(digest)
        break
      }
      default:
        if (!opening) break
        if (this.inRunProperties) {
          if (LOOK_PROPERTIES.has(name)) this.look = withProperty(this.look, name, readAttributes(attributes))
        }
        else if (this.inParagraphProperties && name === 'w:shd') this.paragraphBackground = shading(readAttributes(attributes))
        else if (this.inCellProperties && name === 'w:shd') this.cellBackground = shading(readAttributes(attributes))
    }
  }

  result(): PartReading {
    return { text: normaliseText(this.pieces.join('')), images: this.images }
  }
}

/** Pictures of a file: by the part's relationships, to a part of the package (one linked from outside is foreign). */
function filePictures(scan: Scan, files: ReadonlyMap<string, Uint8Array>, relationships: Map<string, Relationship>): PictureDigest {
  return (id) => {
    const relationship = relationships.get(id)
    if (!relationship) return null
    if (relationship.external) {
      scan.foreign.add('externalImage')
      return null
    }
    const bytes = files.get(relationship.path)
    return bytes ? sha256Hex(bytes) : null
  }
}

function readFilePart(scan: Scan, files: ReadonlyMap<string, Uint8Array>, part: string): PartReading {
  const reader = new StoryReader(scan, filePictures(scan, files, relationshipsOf(files, part)))
  scanXml(textOf(files, part) ?? '', reader)
  return reader.result()
}

/** A style or the document defaults that would hide or shrink whatever uses them. */
function hiddenStyles(scan: Scan, xml: string | null): void {
  if (!xml) return
  let styleName = ''
  let tableStyle = false
  let inRunProperties = false
  let look = PLAIN
  scanXml(xml, {
    text: () => undefined,
    tag: (name, closing, selfClosing, attributes) => {
      const opening = !closing
      if (name === 'w:style' && opening) {
        const attrs = readAttributes(attributes)
        styleName = attrs.get('w:styleId') ?? ''
        tableStyle = attrs.get('w:type') === 'table'
      } else if (name === 'w:rPr') {
        if (!opening || selfClosing) {
          // A table style's colours sit on its own shading, which this scan does not follow.
          const judged = tableStyle ? { ...look, colour: null } : look
          if (inRunProperties && unreadable(judged, scan.pageColour) && scan.hidden.length < MAX_HINTS) scan.hidden.push(`style ${styleName || 'defaults'}`)
          inRunProperties = false
        } else {
          inRunProperties = true
          look = PLAIN
        }
      } else if (inRunProperties && opening) look = withProperty(look, name, readAttributes(attributes))
    }
  })
}

const isMargin = (kind: string): kind is StoryKind => (MARGIN_KINDS as readonly string[]).includes(kind)

/** The stories read so far, put together: the margins as `kind: text`, sorted, and every picture, sorted. */
function seen(scan: Scan, body: PartReading, margins: ReadonlyArray<[string, PartReading]>): SeenContent {
  const images = [...body.images, ...margins.flatMap(([, reading]) => reading.images)]
  return {
    body: body.text,
    margins: margins.flatMap(([kind, reading]) => (reading.text ? [`${kind}: ${reading.text}`] : [])).sort(),
    images: images.sort(),
    hidden: scan.hidden,
    foreign: [...scan.foreign].sort()
  }
}

/** What a reader sees in the package; `files`: every part of it, as read from the zip. */
export function seenContent(files: ReadonlyMap<string, Uint8Array>): SeenContent {
  const scan = newScan()
  const main = mainDocumentPath(files)
  const relationships = relationshipsOf(files, main)
  for (const { kind } of relationships.values()) if (!KNOWN_RELATIONSHIPS.has(kind)) scan.foreign.add(`relationship:${kind.slice(0, 40)}`)
  const body = readFilePart(scan, files, main)
  const margins: Array<[string, PartReading]> = []
  const read = new Set<string>()
  for (const { kind, path, external } of relationships.values()) {
    if (!isMargin(kind) || external || read.has(path)) continue
    read.add(path)
    margins.push([kind, readFilePart(scan, files, path)])
  }
  hiddenStyles(scan, textOf(files, [...relationships.values()].find((r) => r.kind === 'styles' && !r.external)?.path ?? ''))
  return seen(scan, body, margins)
}

const MEDIA_PLACEHOLDER = /^rId\{(.+)\}$/

/**
 * What a reader will see in a document once it is written, read without writing it
 * (document-text.ts): the same rule as `seenContent` reads a file by, so the text, margins and
 * pictures of a file the app wrote equal these.
 */
export function seenContentOfDocument(doc: Document): DocumentSeen {
  const scan = newScan()
  // Until it is written, a picture names its image by the key docx keeps it under (`rId{key}`);
  // the images are known once the story that shows them is laid out.
  const picture: PictureDigest = (id) => {
    const key = MEDIA_PLACEHOLDER.exec(id)?.[1]
    const data = doc.Media.Entries.find(([entry]) => entry === key)?.[1].data
    if (!data) return null
    return sha256Hex(data instanceof Uint8Array ? data : new Uint8Array(data))
  }
  const readers: Array<[StoryKind, StoryReader]> = []
  scanDocument(doc, (kind) => {
    const reader = new StoryReader(scan, picture)
    readers.push([kind, reader])
    return reader
  })
  const [body, ...margins] = readers.map(([kind, reader]): [StoryKind, PartReading] => [kind, reader.result()])
  return seen(scan, body?.[1] ?? { text: '', images: [] }, margins)
}

/** The text a reader sees in one part's XML, whitespace folded. */
export function visibleText(xml: string): string {
  const reader = new StoryReader(newScan(), () => null)
  scanXml(xml, reader)
  return reader.result().text
}
