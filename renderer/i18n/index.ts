import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { de } from './list/de'
import { en } from './list/en'
import type { Language } from '../../shared/domain/language'
import { isLanguage, LANGUAGES } from '../../shared/domain/language'
import { LOADERS, type LazyPart } from './messages'
import { localStore } from '../platform/web-storage'

/**
 * The list's texts, in both languages, come with the first page; the other parts load with their
 * screens. i18next merges those into the object it holds, so it holds copies: the modules stay as written.
 */
const firstPage = () => ({ de: { translation: structuredClone(de) }, en: { translation: structuredClone(en) } })

const STORAGE_KEY = 'smarketing.uiLanguage'

/** The remembered choice, else the first OS/browser language we speak, else English. */
export function detectUiLanguage(
  preferred: readonly string[] = navigator.languages,
  storage: Pick<Storage, 'getItem'> | null = localStore()
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
  localStore()?.setItem(STORAGE_KEY, language)
}

export async function initI18n(language: Language = detectUiLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: firstPage(),
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A text that is not there shows its key on screen; say so loudly (the end-to-end tests fail on it).
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing UI text: ${key}`)
  })
  document.documentElement.lang = language
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng
  })
  return i18next
}

const loadedParts = new Set<LazyPart>()
const loading = new Map<string, Promise<void>>()

function loadPart(part: LazyPart, language: Language): Promise<void> {
  const key = `${part}/${language}`
  let promise = loading.get(key)
  if (!promise) {
    promise = LOADERS[part][language]().then((messages) => {
      i18next.addResourceBundle(language, 'translation', messages, true, false)
    })
    // A failed load (a chunk missing after an update) may be tried again by the next screen.
    promise.catch(() => loading.delete(key))
    loading.set(key, promise)
  }
  return promise
}

/** The texts of these parts in the language on screen; the screen that speaks them waits for this. */
export async function loadMessages(parts: readonly LazyPart[]): Promise<void> {
  const language = isLanguage(i18next.language) ? i18next.language : 'en'
  await Promise.all(parts.map((part) => loadPart(part, language)))
  for (const part of parts) loadedParts.add(part)
}

/** Every part in both languages: for tests that render a screen's parts without the screen. */
export async function loadAllMessages(): Promise<void> {
  const parts = Object.keys(LOADERS) as LazyPart[]
  await Promise.all(parts.flatMap((part) => LANGUAGES.map((language) => loadPart(part, language))))
  for (const part of parts) loadedParts.add(part)
}

/** The person's choice of UI language: remembered for the next start, spoken at once. */
export async function changeUiLanguage(language: Language): Promise<void> {
  rememberUiLanguage(language)
  await speakUiLanguage(language)
}

/**
 * Switches the texts on screen without remembering a choice: the projector speaks the language
 * of the facilitator's screen, whose window has remembered it already.
 */
export async function speakUiLanguage(language: Language): Promise<void> {
  if (i18next.language === language) return
  // The screens already open speak the new language at once: their parts load before the switch.
  await Promise.all([...loadedParts].map((part) => loadPart(part, language)))
  await i18next.changeLanguage(language)
}
