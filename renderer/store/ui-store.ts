import { create } from 'zustand'

/**
 * UI state only (STYLE "Saved data in Dexie, UI state in zustand"): what is on screen and the
 * save indicator. Saved content is never copied in here.
 */
export type Route =
  | { screen: 'workshops' }
  | { screen: 'workshop'; workshopId: string; section: string }

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  if (parts[0] === 'workshop' && parts[1]) {
    return { screen: 'workshop', workshopId: parts[1], section: parts[2] ?? 'overview' }
  }
  return { screen: 'workshops' }
}

export function formatRoute(route: Route): string {
  return route.screen === 'workshop'
    ? `#/workshop/${encodeURIComponent(route.workshopId)}/${encodeURIComponent(route.section)}`
    : '#/'
}

interface UiState {
  route: Route
  pendingSaves: number
  saveError: boolean
  navigate(route: Route): void
  syncFromLocation(): void
  saveStarted(): void
  saveFinished(ok: boolean): void
}

export const useUiStore = create<UiState>()((set) => ({
  route: parseRoute(globalThis.location?.hash ?? ''),
  pendingSaves: 0,
  saveError: false,
  navigate(route) {
    const hash = formatRoute(route)
    if (globalThis.location && globalThis.location.hash !== hash) globalThis.location.hash = hash
    set({ route })
  },
  syncFromLocation() {
    set({ route: parseRoute(globalThis.location?.hash ?? '') })
  },
  saveStarted() {
    set((s) => ({ pendingSaves: s.pendingSaves + 1 }))
  },
  saveFinished(ok) {
    set((s) => ({ pendingSaves: Math.max(0, s.pendingSaves - 1), saveError: !ok }))
  }
}))
