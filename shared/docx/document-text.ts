/**
 * The text a reader sees in a WordprocessingML part: the content of its w:t elements, with tabs
 * and line breaks as spaces and paragraphs as line ends; field instructions, deleted text and
 * attributes (such as a picture's description) are not part of it. Whitespace is then folded, so
 * the same words laid out differently (runs split by Word when it saves, a non-breaking space
 * from Intl) compare equal.
 *
 * A single linear scan with regular expressions that cannot backtrack: a hostile part of any
 * size is read in time proportional to its length.
 */
// After the name comes whitespace, "/" or ">", never another name character: the name and
// the attributes cannot trade characters, which would make a long name cost quadratic time.
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^<>]*?)?(\/?)>|([^<]+)/g
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The five named entities and numeric character references of XML text. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, entity: string) => {
    if (!entity.startsWith('#')) return NAMED[entity] ?? ''
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

const BREAKS: ReadonlySet<string> = new Set(['w:tab', 'w:br', 'w:cr', 'w:ptab'])

export function visibleText(xml: string): string {
  const parts: string[] = []
  let inText = false
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing, text] = match
    if (text !== undefined) {
      if (inText) parts.push(decodeEntities(text))
      continue
    }
    if (name === 'w:t') inText = closing !== '/' && selfClosing !== '/'
    else if (BREAKS.has(name ?? '')) parts.push(' ')
    else if (name === 'w:p' && closing === '/') parts.push('\n')
  }
  return normaliseText(parts.join(''))
}

/** NFC, and every run of whitespace (including no-break and narrow spaces) as one space. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}
