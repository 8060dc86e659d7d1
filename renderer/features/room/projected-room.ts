import { useMemo } from 'react'
import type { RoomStarted } from '../../../shared/ipc/contract'
import type { RoomChoices } from '../../../shared/room/room-view'
import { useRoomChoices } from './room-choices'
import { useRoomSession } from './room-session'

/** What the audience view needs of the open room to show it: the way in, and the facilitator's choices. */
export interface ProjectedRoom {
  entrance: Pick<RoomStarted, 'urls'>
  choices: RoomChoices
}

/** The open room of this workshop as the audience channel carries it; null while no room of it is open. */
export function useProjectedRoom(workshopId: string): ProjectedRoom | null {
  const urls = useRoomSession((session) => (session.status === 'running' && session.workshopId === workshopId ? session.room.urls : null))
  const choices = useRoomChoices(workshopId)
  return useMemo(() => (urls ? { entrance: { urls }, choices } : null), [urls, choices])
}
