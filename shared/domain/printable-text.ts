/**
 * The one gate every text the room typed passes on its way into a document the app writes — Word
 * files and calendars alike (SPEC §9 "no export ever produces a document Word or LibreOffice
 * cannot open"; issue 12 §2 and §5).
 *
 * - XML 1.0 and RFC 5545 allow tab, line feed and carriage return but no other C0 control
 *   character; U+FFFE, U+FFFF and a half of a surrogate pair break parsers. C1 controls
 *   (U+007F–U+009F) are invisible and meaningless in a contract. All of them go.
 * - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) make a
 *   reader see another text than the one stored: U+202E shows "live" as "evil" and scrambles a
 *   date beside it. They go too, so every reader sees the characters in the order they were typed.
 *   Right-to-left scripts themselves (Arabic, Hebrew) stay exactly as typed, as do emoji.
 */

// With the `u` flag a surrogate range matches only halves that are not part of a pair.
// Matching control characters is this expression's purpose.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/gu

export function printableText(text: string): string {
  return text.replace(UNPRINTABLE, '')
}

/** The lines of a text as the room typed them (Windows, old Mac and Unix line ends alike), each printable. */
export function printableLines(text: string): string[] {
  return printableText(text).split(/\r\n|\r|\n/)
}
