import { sha256Hex } from '../domain/sha256'
import { decodeEntities, normaliseText } from './document-text'

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
const FOREIGN_ELEMENTS: Readonly<Record<string, string>> = {
  'w:ins': 'trackedChange',
  'w:del': 'trackedChange',
  'w:moveFrom': 'trackedChange',
  'w:moveTo': 'trackedChange',
  'w:rPrChange': 'trackedChange',
  'w:pPrChange': 'trackedChange',
  'w:altChunk': 'embeddedDocument',
  'w:subDoc': 'embeddedDocument',
  'w:object': 'embeddedObject',
  'w:control': 'embeddedObject'
}
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

// After the name comes whitespace, "/" or ">": the name and the attributes cannot trade
// characters, so a hostile part costs linear time.
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s[^<>]*?)?)(\/?)>|([^<]+)/g
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributes(text: string): Map<string, string> {
  const result = new Map<string, string>()
  for (const match of text.matchAll(ATTRIBUTE)) result.set(match[1]!, decodeEntities(match[2] ?? match[3] ?? ''))
  return result
}

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

function relationshipsOf(files: ReadonlyMap<string, Uint8Array>, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/')
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
  const result = new Map<string, Relationship>()
  const xml = textOf(files, relsPath)
  if (xml === null) return result
  for (const match of xml.matchAll(TOKEN)) {
    if (match[2] !== 'Relationship' || match[1] === '/') continue
    const attrs = attributes(match[3] ?? '')
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
  const xml = textOf(files, '_rels/.rels') ?? ''
  for (const match of xml.matchAll(TOKEN)) {
    if (match[2] !== 'Relationship') continue
    const attrs = attributes(match[3] ?? '')
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

interface Scan {
  files: ReadonlyMap<string, Uint8Array>
  hidden: string[]
  foreign: Set<string>
  pageColour: string
}

function pictureDigest(scan: Scan, relationships: Map<string, Relationship>, id: string | undefined): string | null {
  const relationship = id === undefined ? undefined : relationships.get(id)
  if (!relationship) return null
  if (relationship.external) {
    scan.foreign.add('externalImage')
    return null
  }
  const bytes = scan.files.get(relationship.path)
  return bytes ? sha256Hex(bytes) : null
}

/** One story part (document, header, footer, notes): its text, pictures, hidden and foreign content. */
function readPart(scan: Scan, part: string): PartReading {
  const xml = textOf(scan.files, part) ?? ''
  const relationships = relationshipsOf(scan.files, part)
  const pieces: string[] = []
  const images: string[] = []
  /** 0 outside a field; per open field whether its result has begun. */
  const fields: boolean[] = []
  let simpleFields = 0
  let inText = false
  let inRun = false
  let inRunProperties = false
  let inParagraphProperties = false
  let look = PLAIN
  let paragraphBackground: string | null = null
  let cellBackground: string | null = null
  let inCellProperties = false
  /** Word reads an mc:AlternateContent's choice; its fallback (e.g. VML of a watermark) is not seen twice. */
  let fallbacks = 0
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name = '', attrText = '', selfClosing, text] = match
    if (name === 'mc:Fallback' && selfClosing !== '/') fallbacks += closing === '/' ? -1 : 1
    if (fallbacks > 0) continue
    if (text !== undefined) {
      if (!inText) continue
      const decoded = decodeEntities(text)
      const inResult = simpleFields > 0 || fields.some((result) => result)
      pieces.push(inResult ? decoded.replace(/[0-9]/g, '') : decoded)
      if (decoded.trim() && unreadable(look, paragraphBackground ?? cellBackground ?? scan.pageColour) && scan.hidden.length < MAX_HINTS) {
        scan.hidden.push(decoded.trim().slice(0, 80))
      }
      continue
    }
    const opening = closing !== '/'
    const empty = selfClosing === '/'
    const foreign = FOREIGN_ELEMENTS[name]
    if (foreign && opening) scan.foreign.add(foreign)
    switch (name) {
      case 'w:t':
        inText = opening && !empty
        break
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
      case 'w:ptab':
        if (!inRunProperties && !inParagraphProperties) pieces.push(' ')
        break
      case 'w:p':
        if (!opening) pieces.push('\n')
        paragraphBackground = null
        break
      case 'w:r':
        inRun = opening && !empty
        look = PLAIN
        break
      case 'w:rPr':
        inRunProperties = inRun && opening && !empty
        break
      case 'w:pPr':
        inParagraphProperties = opening && !empty
        break
      case 'w:tc':
        cellBackground = null
        break
      case 'w:tcPr':
        inCellProperties = opening && !empty
        break
      case 'w:fldChar': {
        const type = attributes(attrText).get('w:fldCharType')
        if (type === 'begin') fields.push(false)
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = true
        else if (type === 'end') fields.pop()
        break
      }
      case 'w:fldSimple':
        if (!empty) simpleFields += opening ? 1 : -1
        break
      case 'w:background':
        if (opening) scan.pageColour = hex(attributes(attrText).get('w:color')) ?? scan.pageColour
        break
      case 'v:textpath': {
        const words = attributes(attrText).get('string')
        if (opening && words) pieces.push(` ${words} `)
        break
      }
      case 'a:blip':
      case 'v:imagedata': {
        if (!opening) break
        const attrs = attributes(attrText)
        if (attrs.has('r:link')) scan.foreign.add('externalImage')
        const digest = pictureDigest(scan, relationships, attrs.get('r:embed') ?? attrs.get('r:id'))
        if (digest) images.push(digest)
        break
      }
      default:
        if (!opening) break
        if (inRunProperties) look = withProperty(look, name, attributes(attrText))
        else if (inParagraphProperties && name === 'w:shd') paragraphBackground = shading(attributes(attrText))
        else if (inCellProperties && name === 'w:shd') cellBackground = shading(attributes(attrText))
    }
  }
  return { text: normaliseText(pieces.join('')), images }
}

/** A style or the document defaults that would hide or shrink whatever uses them. */
function hiddenStyles(scan: Scan, stylesPart: string | undefined): void {
  const xml = stylesPart ? textOf(scan.files, stylesPart) : null
  if (!xml) return
  let styleName = ''
  let tableStyle = false
  let inRunProperties = false
  let look = PLAIN
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name = '', attrText = '', selfClosing] = match
    if (!name) continue
    const opening = closing !== '/'
    if (name === 'w:style' && opening) {
      const attrs = attributes(attrText)
      styleName = attrs.get('w:styleId') ?? ''
      tableStyle = attrs.get('w:type') === 'table'
    } else if (name === 'w:rPr') {
      if (!opening || selfClosing === '/') {
        // A table style's colours sit on its own shading, which this scan does not follow.
        const judged = tableStyle ? { ...look, colour: null } : look
        if (inRunProperties && unreadable(judged, scan.pageColour) && scan.hidden.length < MAX_HINTS) scan.hidden.push(`style ${styleName || 'defaults'}`)
        inRunProperties = false
      } else {
        inRunProperties = true
        look = PLAIN
      }
    } else if (inRunProperties && opening) look = withProperty(look, name, attributes(attrText))
  }
}

/** What a reader sees in the package; `files`: every part of it, as read from the zip. */
export function seenContent(files: ReadonlyMap<string, Uint8Array>): SeenContent {
  const scan: Scan = { files, hidden: [], foreign: new Set(), pageColour: WHITE }
  const main = mainDocumentPath(files)
  const relationships = relationshipsOf(files, main)
  for (const { kind } of relationships.values()) if (!KNOWN_RELATIONSHIPS.has(kind)) scan.foreign.add(`relationship:${kind.slice(0, 40)}`)
  const body = readPart(scan, main)
  const margins: string[] = []
  const images = [...body.images]
  const seen = new Set<string>()
  for (const { kind, path, external } of relationships.values()) {
    if (!(MARGIN_KINDS as readonly string[]).includes(kind) || external || seen.has(path)) continue
    seen.add(path)
    const reading = readPart(scan, path)
    if (reading.text) margins.push(`${kind}: ${reading.text}`)
    images.push(...reading.images)
  }
  hiddenStyles(scan, [...relationships.values()].find((r) => r.kind === 'styles' && !r.external)?.path)
  return { body: body.text, margins: margins.sort(), images: images.sort(), hidden: scan.hidden, foreign: [...scan.foreign].sort() }
}
