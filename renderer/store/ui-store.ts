import { create } from 'zustand'

/**
 * UI state only (STYLE "Saved data in Dexie, UI state in zustand"): what is on screen. Saved
 * content is never copied in here; the save indicator's state lives with the save queue.
 */
export type Route =
  | { screen: 'workshops' }
  | { screen: 'workshop'; workshopId: string; section: string; tab?: string }
  | { screen: 'audience'; workshopId: string }

function segments(hash: string): string[] | null {
  try {
    return hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    // A malformed escape (`%E0%A4%A`): decodeURIComponent throws a URIError.
    return null
  }
}

/** An address whose escapes cannot be read: the app shows the list and says so. */
export function isMalformedRoute(hash: string): boolean {
  return segments(hash) === null
}

export function parseRoute(hash: string): Route {
  const parts = segments(hash) ?? []
  if (parts[0] === 'audience' && parts[1]) return { screen: 'audience', workshopId: parts[1] }
  if (parts[0] === 'workshop' && parts[1]) {
    return { screen: 'workshop', workshopId: parts[1], section: parts[2] ?? 'overview', ...(parts[3] ? { tab: parts[3] } : {}) }
  }
  return { screen: 'workshops' }
}

export function formatRoute(route: Route): string {
  if (route.screen === 'audience') return `#/audience/${encodeURIComponent(route.workshopId)}`
  return route.screen === 'workshop'
    ? `#/workshop/${encodeURIComponent(route.workshopId)}/${encodeURIComponent(route.section)}${
        route.tab ? `/${encodeURIComponent(route.tab)}` : ''
      }`
    : '#/'
}

interface UiState {
  route: Route
  /** A section to scroll to once the new screen is rendered (e.g. from a completeness finding). */
  pendingAnchor: string | null
  parkingOpen: boolean
  shortcutsOpen: boolean
  audienceOpen: boolean
  audienceBlank: boolean
  setAudience(open: boolean): void
  toggleAudienceBlank(): void
  setParkingOpen(open: boolean): void
  setShortcutsOpen(open: boolean): void
  navigate(route: Route, anchor?: string): void
  anchorReached(): void
  syncFromLocation(): void
}

export const useUiStore = create<UiState>()((set) => ({
  route: parseRoute(globalThis.location?.hash ?? ''),
  pendingAnchor: null,
  parkingOpen: false,
  shortcutsOpen: false,
  audienceOpen: false,
  audienceBlank: false,
  setAudience(audienceOpen) {
    set({ audienceOpen })
  },
  toggleAudienceBlank() {
    set((s) => ({ audienceBlank: !s.audienceBlank }))
  },
  setParkingOpen(parkingOpen) {
    set({ parkingOpen })
  },
  setShortcutsOpen(shortcutsOpen) {
    set({ shortcutsOpen })
  },
  navigate(route, anchor) {
    const hash = formatRoute(route)
    if (globalThis.location && globalThis.location.hash !== hash) globalThis.location.hash = hash
    set({ route, pendingAnchor: anchor ?? null })
  },
  anchorReached() {
    set({ pendingAnchor: null })
  },
  syncFromLocation() {
    set({ route: parseRoute(globalThis.location?.hash ?? '') })
  }
}))
