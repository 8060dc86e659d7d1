import { useTranslation } from 'react-i18next'
import { TEAMS } from '../../../shared/domain/workshop'
import { useUiStore } from '../../store/ui-store'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { EverybodyOut } from './EverybodyOut'
import { JoinPanel } from './JoinPanel'
import { ModerationQueue } from './ModerationQueue'
import { useRoomRecords } from '../../db/room-repo'
import { NetworkHelp } from './NetworkHelp'
import { ProjectorChooser } from './ProjectorChooser'
import { QuestionControls } from './QuestionControls'
import { endRoom, useRoomSession } from './room-session'
import { useViewProblem, viewSender } from './view-sender'
import './room.css'

/**
 * The facilitator's room screen (issue 14): how phones join and how the network must be, what is
 * open on the phones, the moderation queue, and what the projector shows.
 */
export function RoomSection({ data }: { data: WorkshopData }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const session = useRoomSession()
  const viewFailed = useViewProblem((s) => s.failed)
  const workshopId = data.workshop.id
  const records = useRoomRecords(workshopId)

  if (session.status === 'starting' && session.workshopId === workshopId) {
    // After a reload the room is found again (room-session resumeRoom): a moment, not "not open".
    return (
      <div className="card room-off">
        <h1>{t('room.title')}</h1>
        <p role="status">{t('room.starting')}</p>
      </div>
    )
  }
  if (session.status !== 'running' || session.workshopId !== workshopId) {
    return (
      <div className="card room-off">
        <h1>{t('room.title')}</h1>
        <p>{t('roomScreen.notRunning')}</p>
        <button type="button" className="button" onClick={() => navigate({ screen: 'workshop', workshopId, section: 'overview' })}>
          {t('roomScreen.toOverview')}
        </button>
      </div>
    )
  }

  const joined = TEAMS.reduce((sum, team) => sum + session.participants[team], 0)
  return (
    <div className="room-screen">
      <div className="section-head room-head">
        <h1>{t('room.title')}</h1>
        <p role="status" className="room-count">
          {t('room.participants', { count: joined })}
        </p>
        <button type="button" className="button" onClick={() => void endRoom()}>
          {t('room.end')}
        </button>
      </div>
      {!session.connected && <p className="field-hint">{t('room.reconnecting')}</p>}
      {viewFailed && (
        <p className="field-error" role="alert">
          {t('roomScreen.sync.failed')}{' '}
          <button type="button" className="button quiet" onClick={() => void viewSender.retry()}>
            {t('roomScreen.sync.retry')}
          </button>
        </p>
      )}
      <div className="room-grid">
        <div className="room-column">
          <section className="card">
            <JoinPanel room={session.room} />
            <EverybodyOut workshopId={workshopId} />
          </section>
          <QuestionControls data={data} />
        </div>
        <div className="room-column">
          <ProjectorChooser workshopId={workshopId} />
          <ModerationQueue cards={records?.cards ?? []} />
          <NetworkHelp />
        </div>
      </div>
    </div>
  )
}
