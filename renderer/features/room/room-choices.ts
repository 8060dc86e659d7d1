import { z } from 'zod'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { VOTE_SUBJECTS } from '../../../shared/domain/room-records'
import { ROOM_LIMITS } from '../../../shared/room/contract'
import { CARD_KINDS } from '../../../shared/room/kinds'
import { DEFAULT_ROOM_CHOICES, PROJECTOR_KINDS, type RoomChoices } from '../../../shared/room/room-view'

/**
 * What the facilitator has opened on the phones and put on the projector, for the open workshop.
 * UI state only (STYLE: saved data in Dexie, UI state in zustand): another workshop starts afresh.
 * Remembered by this tab across a reload, like the room itself (room-run.ts): a reload must not
 * close the questions on every phone.
 */
interface ChoicesState {
  workshopId: string | null
  choices: RoomChoices
  change(workshopId: string, change: (choices: RoomChoices) => RoomChoices): void
}

const choicesSchema = z.object({
  workshopId: z.string().nullable(),
  choices: z.object({
    rate: z.boolean(),
    cards: z.object(Object.fromEntries(CARD_KINDS.map((kind) => [kind, z.boolean()])) as Record<(typeof CARD_KINDS)[number], z.ZodBoolean>),
    dots: z.object({ open: z.boolean(), subject: z.enum(VOTE_SUBJECTS), dots: z.number().int().min(1).max(ROOM_LIMITS.maxDots) }),
    agree: z.object({ open: z.boolean(), subject: z.string() }),
    projector: z.enum(PROJECTOR_KINDS),
    projectorCard: z.enum(CARD_KINDS)
  })
})

export const useRoomChoicesStore = create<ChoicesState>()(
  persist(
    (set) => ({
      workshopId: null,
      choices: DEFAULT_ROOM_CHOICES,
      change(workshopId, change) {
        set((state) => ({ workshopId, choices: change(state.workshopId === workshopId ? state.choices : DEFAULT_ROOM_CHOICES) }))
      }
    }),
    {
      name: 'smarketing.room-choices',
      storage: createJSONStorage(() => sessionStorage),
      version: 1,
      partialize: ({ workshopId, choices }) => ({ workshopId, choices }),
      // Whatever does not fit today's shape is forgotten: the questions start closed, as in a new tab.
      merge: (stored, current) => {
        const parsed = choicesSchema.safeParse(stored)
        return parsed.success ? { ...current, ...parsed.data } : current
      }
    }
  )
)

export function useRoomChoices(workshopId: string): RoomChoices {
  return useRoomChoicesStore((state) => (state.workshopId === workshopId ? state.choices : DEFAULT_ROOM_CHOICES))
}

export function changeRoomChoices(workshopId: string, change: (choices: RoomChoices) => RoomChoices): void {
  useRoomChoicesStore.getState().change(workshopId, change)
}
