import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/domain/language'
import { TEAMS } from '../../../shared/domain/workshop'
import { platform } from '../../platform/platform'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { reachableUrls } from './JoinPanel'
import { endRoom, startRoom, useRoomSession } from './room-session'

/**
 * Room mode on the workshop overview (issue 14 §1): start and end it, and while it is open the
 * addresses the phones open. The room belongs to this workshop; closing the workshop ends it.
 */
export function RoomCard({ workshopId, language }: { workshopId: string; language: Language }) {
  const { t } = useTranslation()
  const session = useRoomSession()
  const navigate = useUiStore((s) => s.navigate)
  const roomScreen = { screen: 'workshop', workshopId, section: 'room' } as const

  let body: React.ReactNode
  if (session.status === 'running' && session.workshopId === workshopId) {
    const { urls: shown, reachable } = reachableUrls(session.room.urls)
    const joined = TEAMS.reduce((sum, team) => sum + session.participants[team], 0)
    body = (
      <>
        <h3 className="room-join">{t('room.join')}</h3>
        <ul className="room-addresses" aria-label={t('room.join')}>
          {shown.map((url) => (
            <li key={url}>
              <code data-room-url={url}>{url}</code>
            </li>
          ))}
        </ul>
        {!reachable && (
          <p className="row-warning" role="alert">
            {t('room.onlyThisLaptop')}
          </p>
        )}
        <p className="field-hint">{t('room.wifiHint')}</p>
        <p role="status">
          {t('room.participants', { count: joined })} · {t('room.received', { count: session.received })}
        </p>
        {!session.connected && <p className="field-hint">{t('room.reconnecting')}</p>}
        <a
          className="button primary"
          href={formatRoute(roomScreen)}
          onClick={(event) => {
            event.preventDefault()
            navigate(roomScreen)
          }}
        >
          {t('roomScreen.openScreen')}
        </a>{' '}
        <button type="button" className="button" onClick={() => void endRoom()}>
          {t('room.end')}
        </button>
      </>
    )
  } else {
    body = (
      <>
        {session.status === 'off' && session.problem !== null && (
          <p className="field-error" role="alert">
            {session.problem === 'endFailed'
              ? t('room.endFailed')
              : platform.edition === 'browser'
                ? t('room.startFailedBrowser')
                : t('room.startFailedDesktop')}
          </p>
        )}
        <button type="button" className="button" disabled={session.status === 'starting'} onClick={() => void startRoom(workshopId, language)}>
          {session.status === 'starting' ? t('room.starting') : t('room.start')}
        </button>
      </>
    )
  }

  return (
    <section className="card room-card" aria-labelledby="room-title">
      <div className="section-head">
        <h2 id="room-title">{t('room.title')}</h2>
      </div>
      <p>{t('room.intro')}</p>
      {body}
    </section>
  )
}
