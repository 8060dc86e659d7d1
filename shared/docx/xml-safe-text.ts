import { printableLines, printableText } from '../domain/printable-text'

/**
 * Texts on their way into a Word document pass the app's one gate for printable text
 * (shared/domain/printable-text.ts): no character XML forbids, no bidirectional override.
 */
export function xmlSafe(text: string): string {
  return printableText(text)
}

/** The lines of a text, each already safe; a document shows them as line breaks inside one paragraph. */
export function safeLines(text: string): string[] {
  return printableLines(text)
}
