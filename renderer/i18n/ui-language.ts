import { useTranslation } from 'react-i18next'
import { isLanguage, type Language } from '../../shared/domain/language'

/** The language the screen speaks now (the person's choice, not the workshop's); re-renders when it changes. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'en'
}
