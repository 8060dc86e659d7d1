import { useEffect } from 'react'
import { roomViewOf } from '../../../shared/room/room-view'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { useRoomChoices } from './room-choices'
import { roomClientOf, useRoomSession } from './room-session'
import { viewSender } from './view-sender'

/**
 * Keeps the phones in step with the facilitator (issue 14): whenever the workshop, the room's
 * answers or the facilitator's choices change, the view is built anew and sent (an unchanged view
 * is not sent again). The projector shows the room's content only while the facilitator is in the
 * room section and the screen is not blanked; the phones show exactly that, so nothing otherwise.
 */
export function useRoomViewSync(workshopId: string, data: WorkshopData | null | undefined, section: string, blank: boolean): void {
  const token = useRoomSession((session) => (session.status === 'running' && session.workshopId === workshopId ? session.room.token : null))
  const choices = useRoomChoices(workshopId)
  const showing = section === 'room' && !blank
  useEffect(() => {
    const client = roomClientOf(workshopId)
    if (!data || token === null || client === null) return
    void viewSender.send(client, roomViewOf({ workshop: data.workshop, items: data.items, choices, showing }))
  }, [workshopId, data, token, choices, showing])
}
