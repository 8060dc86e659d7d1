/**
 * Which way a text runs, as the Unicode bidirectional algorithm decides a paragraph's direction
 * (rules P2–P3): by its first strong character, a letter. A name or an item typed in Arabic or
 * Hebrew is then set right-to-left in the documents (issue 12 §2), as the app's fields show it
 * with `dir="auto"`; a text that starts with a Latin letter stays left-to-right even when it
 * quotes an Arabic word, and one without letters (a number, a dash) has no direction of its own.
 */
export type TextDirection = 'ltr' | 'rtl'

/** The scripts written from right to left that the Unicode standard encodes. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Mende_Kikakui}\p{Script=Old_South_Arabian}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}]/u
const FIRST_LETTER = /\p{L}/u

export function textDirection(text: string): TextDirection | null {
  const letter = FIRST_LETTER.exec(text)?.[0]
  if (letter === undefined) return null
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr'
}

export function isRightToLeft(text: string): boolean {
  return textDirection(text) === 'rtl'
}
