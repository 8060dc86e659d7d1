import { useTranslation } from 'react-i18next'
import { LANGUAGES, isLanguage } from '../../shared/domain/language'
import { changeUiLanguage } from '../i18n'
import { useUiStore } from '../store/ui-store'
import { SaveIndicator } from './SaveIndicator'

export function AppHeader() {
  const { t, i18n } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)

  return (
    <header className="app-header">
      <a
        className="brand"
        href="#/"
        onClick={(event) => {
          event.preventDefault()
          navigate({ screen: 'workshops' })
        }}
      >
        <img src="./favicon.svg" alt="" width="36" height="36" />
        <span className="brand-name">{t('app.name')}</span>
      </a>
      <div className="header-tools">
        <SaveIndicator />
        <label className="language-switch">
          <span>{t('app.language')}</span>
          <select
            value={i18n.language}
            onChange={(event) => {
              if (isLanguage(event.target.value)) void changeUiLanguage(event.target.value)
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`app.languageNames.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  )
}
