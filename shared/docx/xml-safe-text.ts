/**
 * The one gate every text passes on its way into a Word document (SPEC §9 "characters that XML
 * forbids … no export ever produces a document Word or LibreOffice cannot open").
 *
 * XML 1.0 allows tab, line feed and carriage return but no other C0 control character, no
 * U+FFFE or U+FFFF, and no half of a surrogate pair; a single one makes Word refuse the whole
 * file. C1 controls (U+007F–U+009F) are legal XML but invisible and meaningless in a contract,
 * so they go too. Emoji (valid surrogate pairs) and right-to-left text stay exactly as typed.
 */

// With the `u` flag a surrogate range matches only halves that are not part of a pair.
// Matching control characters is this expression's purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '')
}

/**
 * The lines of a text as the room typed them (Windows, old Mac and Unix line ends alike), each
 * already safe; a document shows them as line breaks inside one paragraph.
 */
export function safeLines(text: string): string[] {
  return xmlSafe(text).split(/\r\n|\r|\n/)
}
