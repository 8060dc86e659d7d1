import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { installFlushOnHide } from '../save/save-queue'
import { WorkshopListScreen } from '../features/workshops/WorkshopListScreen'
import { applyDisplay, useDisplayStore } from '../store/display-store'
import { useUiStore } from '../store/ui-store'
import { AppHeader } from './AppHeader'
import { installGlobalErrorHandlers, recoverFromMalformedAddress } from './global-errors'
import { ErrorBoundary } from './ErrorBoundary'
import { loadMessages } from '../i18n'
import { SCREEN_PARTS } from '../i18n/messages'
import { NoticeBar } from './NoticeBar'
import { hasRoomRun } from '../features/room/room-run'

// The work surface (steps, SLA, signing) and the audience view load on first use, with their texts, so the list starts fast.
const WorkshopScreen = lazy(async () => {
  const [screen] = await Promise.all([import('../features/workshop/WorkshopScreen'), loadMessages(SCREEN_PARTS.workshop)])
  return { default: screen.WorkshopScreen }
})
const AudienceScreen = lazy(async () => {
  const [screen] = await Promise.all([import('../features/audience/AudienceScreen'), loadMessages(SCREEN_PARTS.audience)])
  return { default: screen.AudienceScreen }
})

export function App() {
  const { t } = useTranslation()
  const route = useUiStore((s) => s.route)
  const syncFromLocation = useUiStore((s) => s.syncFromLocation)
  const scale = useDisplayStore((s) => s.scale)
  const contrast = useDisplayStore((s) => s.contrast)

  useEffect(() => installFlushOnHide(), [])
  useEffect(() => installGlobalErrorHandlers(), [])

  useEffect(() => {
    const sync = () => {
      recoverFromMalformedAddress()
      syncFromLocation()
    }
    sync()
    window.addEventListener('hashchange', sync)
    return () => window.removeEventListener('hashchange', sync)
  }, [syncFromLocation])

  useEffect(() => {
    // Reloaded away from the workshop whose room this tab had open: the room ends (it belongs to its workshop).
    if (route.screen === 'workshops' && hasRoomRun()) void import('../features/room/room-session').then((room) => room.resumeRoom(null))
  }, [route.screen])

  useEffect(() => {
    // The audience view takes its display settings from the facilitator instead.
    if (route.screen !== 'audience') applyDisplay(scale, contrast)
  }, [scale, contrast, route.screen])

  if (route.screen === 'audience') {
    return (
      <ErrorBoundary>
        <Suspense fallback={null}>
          <AudienceScreen workshopId={route.workshopId} />
        </Suspense>
      </ErrorBoundary>
    )
  }

  return (
    <ErrorBoundary>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route; jump by focus instead.
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
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
