import { Component, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'
import { forgetListSnapshot } from '../db/list-snapshot'

interface State {
  failed: boolean
}

/** Last line of defence: the user sees a message in their language, never a white screen. */
class ErrorBoundaryInner extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch() {
    // Should the list's first frame have come from a copy it could not draw, "Reload" reads the database instead.
    forgetListSnapshot()
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
