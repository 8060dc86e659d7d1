import { useTranslation } from 'react-i18next'
import { LANGUAGES, isLanguage } from '../../shared/domain/language'
import { changeUiLanguage } from '../i18n'
import { useUiStore } from '../store/ui-store'
import { SaveIndicator } from './SaveIndicator'
import { useDisplayStore } from '../store/display-store'

export function AppHeader() {
  const { t, i18n } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const { bigger, smaller, toggleContrast } = useDisplayStore.getState()
  const contrast = useDisplayStore((s) => s.contrast)

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
        <div className="display-tools" role="group" aria-label={t('layout.displayTools')}>
          {/* The name starts with what is seen (A−, A+), so speech control finds the button by it. */}
          <button type="button" className="header-button" onClick={smaller} title={t('display.smaller')}>
            A−<span className="visually-hidden"> {t('display.smaller')}</span>
          </button>
          <button type="button" className="header-button" onClick={bigger} title={t('display.bigger')}>
            A+<span className="visually-hidden"> {t('display.bigger')}</span>
          </button>
          <button type="button" className="header-button" aria-pressed={contrast} onClick={toggleContrast} title={t('display.contrast')}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
            </svg>
            <span className="visually-hidden">{t('display.contrast')}</span>
          </button>
        </div>
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
