import { useEffect } from 'react'
import { NO_ROOM_RECORDS, roomViewOf } from '../../../shared/room/room-view'
import { useRoomRecords } from '../../db/room-repo'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { useRoomChoices } from './room-choices'
import { roomClientOf, useRoomSession } from './room-session'
import { viewSender } from './view-sender'

/**
 * Keeps the phones in step with the facilitator (issue 14): whenever the workshop, the room's
 * answers or the facilitator's choices change, the view is built anew and sent (an unchanged view
 * is not sent again). The projector shows the room's content only while the facilitator is in the
 * room section and the screen is not blanked; the phones show exactly that, so nothing otherwise.
 *
 * A component that renders nothing, so that the phones' answers re-render only it, never the
 * workshop screen around it; and it reads the answers only while the projector shows them — the
 * facilitator typing in a step while 200 phones answer must not wait for either.
 */
export function RoomViewSync({ workshopId, data, section, blank }: { workshopId: string; data: WorkshopData; section: string; blank: boolean }) {
  const token = useRoomSession((session) => (session.status === 'running' && session.workshopId === workshopId ? session.room.token : null))
  const choices = useRoomChoices(workshopId)
  const showing = section === 'room' && !blank && token !== null
  const shown = useRoomRecords(showing ? workshopId : null)
  const records = showing ? shown : NO_ROOM_RECORDS
  useEffect(() => {
    const client = roomClientOf(workshopId)
    // While the records for what is shown are loading, the previous view stays.
    if (token === null || client === null || records === undefined) return
    void viewSender.send(client, roomViewOf({ workshop: data.workshop, items: data.items, records, choices, showing }))
  }, [workshopId, data, records, token, choices, showing])
  return null
}
