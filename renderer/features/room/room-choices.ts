import { create } from 'zustand'
import { DEFAULT_ROOM_CHOICES, type RoomChoices } from '../../../shared/room/room-view'

/**
 * What the facilitator has opened on the phones and put on the projector, for the open workshop.
 * UI state only (STYLE: saved data in Dexie, UI state in zustand): another workshop starts afresh.
 */
interface ChoicesState {
  workshopId: string | null
  choices: RoomChoices
  change(workshopId: string, change: (choices: RoomChoices) => RoomChoices): void
}

export const useRoomChoicesStore = create<ChoicesState>()((set) => ({
  workshopId: null,
  choices: DEFAULT_ROOM_CHOICES,
  change(workshopId, change) {
    set((state) => ({ workshopId, choices: change(state.workshopId === workshopId ? state.choices : DEFAULT_ROOM_CHOICES) }))
  }
}))

export function useRoomChoices(workshopId: string): RoomChoices {
  return useRoomChoicesStore((state) => (state.workshopId === workshopId ? state.choices : DEFAULT_ROOM_CHOICES))
}

export function changeRoomChoices(workshopId: string, change: (choices: RoomChoices) => RoomChoices): void {
  useRoomChoicesStore.getState().change(workshopId, change)
}
