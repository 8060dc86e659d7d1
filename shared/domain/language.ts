import { oneOf } from './one-of'

/** The two languages of the app, its documents and every workshop (SPEC §2). */
export const LANGUAGES = ['de', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export const isLanguage = oneOf(LANGUAGES)

/** BCP 47 locale used for dates, numbers and currency (de-DE: `1.234,50 €`). */
export function localeOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB'
}
