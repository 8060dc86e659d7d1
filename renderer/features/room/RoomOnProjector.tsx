import { useTranslation } from 'react-i18next'
import { itemsOf } from '../../../shared/domain/items'
import { formatNumber } from '../../../shared/domain/numbers'
import { agreementOf, cardsOf, dotsOf, heatOf } from '../../../shared/domain/room-tally'
import { TEAMS } from '../../../shared/domain/workshop'
import { agreeText, dotOptions, NO_ROOM_RECORDS, type RoomRecords } from '../../../shared/room/room-view'
import { useRoomRecords } from '../../db/room-repo'
import { HeatTable } from '../steps/HeatTable'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { JoinPanel } from './JoinPanel'
import type { ProjectedRoom } from './projected-room'
import './room.css'

/**
 * The room on the projector (issue 14): how to join, large, beside what the facilitator chose to
 * show — released cards with the cards merged into them, the heat map, the dot vote's results,
 * agreement per team. Read live from the database and counted by the same tallies as the phones' view.
 */
export function RoomOnProjector({ data, room }: { data: WorkshopData; room: ProjectedRoom }) {
  const records = useRoomRecords(data.workshop.id) ?? NO_ROOM_RECORDS
  const kind = room.choices.projector
  return (
    <div className={`room-projection ${kind === 'nothing' ? 'join-only' : ''}`} data-projector={kind}>
      <JoinPanel room={room.entrance} large />
      {kind !== 'nothing' && (
        <div className="room-projected">
          <Projected data={data} room={room} records={records} />
        </div>
      )}
    </div>
  )
}

function Projected({ data, room, records }: { data: WorkshopData; room: ProjectedRoom; records: RoomRecords }) {
  const { t } = useTranslation()
  const { workshop, items } = data
  const { choices } = room
  const number = (value: number) => formatNumber(value, workshop.language)
  switch (choices.projector) {
    case 'nothing':
      return null
    case 'cards': {
      const groups = cardsOf(records.cards).released.filter((group) => group.card.card === choices.projectorCard)
      return (
        <section aria-labelledby="room-projected-title">
          <h2 id="room-projected-title">{t(`roomScreen.questions.cardKinds.${choices.projectorCard}`)}</h2>
          {groups.length === 0 ? (
            <p className="room-empty">{t('roomScreen.projection.noCards')}</p>
          ) : (
            <ul className="room-projected-cards">
              {groups.map((group) => (
                <li key={group.card.id} className={`team-${group.card.team}`}>
                  <p>{group.card.text}</p>
                  {group.merged.length > 0 && (
                    <ul className="room-merged">
                      {group.merged.map((card) => (
                        <li key={card.id}>{card.text}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )
    }
    case 'heatmap':
      return (
        <HeatTable
          areas={itemsOf(items, 'friction').filter((area) => area.area.trim() !== '')}
          heat={heatOf(records.ratings)}
          caption={t('awareness.friction.title')}
          className="audience-table heat"
        />
      )
    case 'dots': {
      const dots = dotsOf(records.votes, choices.dots.subject)
      const options = dotOptions(items, choices.dots.subject)
        .map((option) => ({ ...option, dots: dots.get(option.id) ?? 0 }))
        .sort((a, b) => b.dots - a.dots)
      const most = Math.max(1, ...options.map((option) => option.dots))
      return (
        <section aria-labelledby="room-projected-title">
          <h2 id="room-projected-title">{t(`roomScreen.questions.subjects.${choices.dots.subject}`)}</h2>
          <ol className="room-bars">
            {options.map((option) => (
              <li key={option.id}>
                <span className="room-bar-title">{option.title}</span>
                <span className="room-bar" style={{ width: `${(option.dots / most) * 100}%` }} aria-hidden="true" />
                <strong className="room-bar-value">{t('roomScreen.projection.dots', { count: option.dots, number: number(option.dots) })}</strong>
              </li>
            ))}
          </ol>
        </section>
      )
    }
    case 'agreement': {
      const text = agreeText(workshop, items, choices.agree.subject)
      if (text === '') return null
      const counts = agreementOf(records.agreements, choices.agree.subject)
      return (
        <section aria-labelledby="room-projected-title">
          <h2 id="room-projected-title">{t('roomScreen.projector.kinds.agreement')}</h2>
          <blockquote className="room-agree-text">{text}</blockquote>
          <table className="audience-table room-agreement">
            <thead>
              <tr>
                <th scope="col">{t('roomScreen.projection.team')}</th>
                <th scope="col">{t('roomScreen.projection.agree')}</th>
                <th scope="col">{t('roomScreen.projection.notYet')}</th>
              </tr>
            </thead>
            <tbody>
              {TEAMS.map((team) => (
                <tr key={team}>
                  <th scope="row">{t(`teams.${team}`)}</th>
                  <td className="agree">{number(counts[team].agree)}</td>
                  <td className="not-yet">{number(counts[team].notYet)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )
    }
  }
}
