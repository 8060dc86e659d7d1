import { Component, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'

interface State {
  failed: boolean
}

/** Last line of defence: the user sees a message in their language, never a white screen. */
class ErrorBoundaryInner extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    const { t, children } = this.props
    if (!this.state.failed) return children
    return (
      <div role="alert" className="fatal">
        <h1>{t('errors.unexpectedTitle')}</h1>
        <p>{t('errors.unexpectedBody')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    )
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner)
