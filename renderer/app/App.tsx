import { lazy, Suspense, useEffect } from 'react'
import { useUiStore } from '../store/ui-store'
import { ErrorBoundary } from './ErrorBoundary'
import { AppHeader } from './AppHeader'
import { WorkshopListScreen } from '../features/workshops/WorkshopListScreen'
import { NoticeBar } from './NoticeBar'
import { installFlushOnHide } from '../db/save-queue'
import { useTranslation } from 'react-i18next'

// The work surface (steps, SLA, signing) loads on first use, so the list starts fast.
const WorkshopScreen = lazy(() => import('../features/workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })))

export function App() {
  const { t } = useTranslation()
  const route = useUiStore((s) => s.route)
  const syncFromLocation = useUiStore((s) => s.syncFromLocation)

  useEffect(() => installFlushOnHide(), [])

  useEffect(() => {
    window.addEventListener('hashchange', syncFromLocation)
    return () => window.removeEventListener('hashchange', syncFromLocation)
  }, [syncFromLocation])

  return (
    <ErrorBoundary>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        {route.screen === 'workshop' ? (
          <Suspense fallback={null}>
            <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} section={route.section} tab={route.tab} />
          </Suspense>
        ) : (
          <WorkshopListScreen />
        )}
      </main>
      <NoticeBar />
    </ErrorBoundary>
  )
}
