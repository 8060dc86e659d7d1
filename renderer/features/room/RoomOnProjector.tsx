import type { WorkshopData } from '../workshop/useWorkshopData'
import { JoinPanel } from './JoinPanel'
import type { ProjectedRoom } from './projected-room'
import './room.css'

/**
 * The room on the projector (issue 14): how to join, large, beside what the facilitator chose to
 * show. Read live from the database, as the rest of the audience view.
 */
export function RoomOnProjector({ room }: { data: WorkshopData; room: ProjectedRoom }) {
  return (
    <div className={`room-projection ${room.choices.projector === 'nothing' ? 'join-only' : ''}`} data-projector={room.choices.projector}>
      <JoinPanel room={room.entrance} large />
    </div>
  )
}
