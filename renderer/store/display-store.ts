import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** Presentation comfort (SPEC §7): type size and a high-contrast theme, remembered per browser. */
export const SCALES = [0.85, 1, 1.15, 1.3, 1.5, 1.75] as const

interface DisplayState {
  scale: number
  contrast: boolean
  bigger(): void
  smaller(): void
  toggleContrast(): void
}

const step = (scale: number, direction: 1 | -1) => {
  const index = SCALES.findIndex((s) => s >= scale - 0.001)
  const next = Math.min(SCALES.length - 1, Math.max(0, (index === -1 ? 1 : index) + direction))
  return SCALES[next]!
}

export const useDisplayStore = create<DisplayState>()(
  persist(
    (set) => ({
      scale: 1,
      contrast: false,
      bigger: () => set((s) => ({ scale: step(s.scale, 1) })),
      smaller: () => set((s) => ({ scale: step(s.scale, -1) })),
      toggleContrast: () => set((s) => ({ contrast: !s.contrast }))
    }),
    { name: 'smarketing.display', storage: createJSONStorage(() => localStorage), version: 1 }
  )
)

/** Applies the settings to the page; the audience view applies the facilitator's settings the same way. */
export function applyDisplay(scale: number, contrast: boolean, root: HTMLElement = document.documentElement) {
  root.style.setProperty('--scale', String(scale))
  root.dataset.contrast = contrast ? 'high' : 'normal'
}
