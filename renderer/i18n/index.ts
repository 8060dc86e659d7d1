import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { de } from './de'
import { en } from './en'
import type { Language } from '../../shared/domain/language'
import { isLanguage } from '../../shared/domain/language'

export const resources = { de: { translation: de }, en: { translation: en } } as const

const STORAGE_KEY = 'smarketing.uiLanguage'

/** The remembered choice, else the first OS/browser language we speak, else English. */
export function detectUiLanguage(
  preferred: readonly string[] = navigator.languages,
  storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()
): Language {
  const remembered = storage?.getItem(STORAGE_KEY)
  if (isLanguage(remembered)) return remembered
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

export function rememberUiLanguage(language: Language): void {
  safeLocalStorage()?.setItem(STORAGE_KEY, language)
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // Storage can be blocked by browser settings; the app still works, it only forgets.
    return null
  }
}

export async function initI18n(language: Language = detectUiLanguage()) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false
  })
  document.documentElement.lang = language
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng
  })
  return i18next
}

export async function changeUiLanguage(language: Language): Promise<void> {
  rememberUiLanguage(language)
  await i18next.changeLanguage(language)
}
