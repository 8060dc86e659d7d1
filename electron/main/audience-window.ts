import { app, screen, type BrowserWindow, type Display, type Rectangle } from 'electron'
import { menuLanguage, type MenuLanguage } from './menu'
import { bringToFront, createSecureWindow } from './windows'

/**
 * The audience view (SPEC §7): a second window for the projector, showing the current step
 * read-only while the facilitator keeps editing on the laptop. It follows the facilitator through
 * a same-origin channel in the renderer; main only opens, places and closes it.
 */

const VIEW_NAME: Readonly<Record<MenuLanguage, string>> = {
  de: 'Publikumsansicht',
  en: 'Audience view'
}

export function audienceTitle(appName: string, language: MenuLanguage): string {
  return `${appName} – ${VIEW_NAME[language]}`
}

/** The renderer entry, routed to the audience screen (`#/audience/<id>`, see the UI's routes). */
export function audienceUrl(entryUrl: string, workshopId: string): string {
  return `${entryUrl.split('#')[0] ?? entryUrl}#/audience/${encodeURIComponent(workshopId)}`
}

/** On a single screen: 16:9, large enough to share in a video call or show on a mirrored screen. */
export const WINDOWED_SIZE = { width: 1280, height: 720 } as const

export type AudiencePlacement =
  | { fullScreen: true; displayId: number; bounds: Rectangle }
  | { fullScreen: false; bounds: Rectangle }

export type DisplayArea = Pick<Display, 'id' | 'bounds' | 'workArea'>

/**
 * Full screen on a display the facilitator's window is not on (the projector); with only one
 * display, a normal window centred over the facilitator's one.
 */
export function placeAudience(displays: readonly DisplayArea[], facilitatorDisplay: DisplayArea): AudiencePlacement {
  const projector = displays.find((display) => display.id !== facilitatorDisplay.id)
  if (projector !== undefined) return { fullScreen: true, displayId: projector.id, bounds: { ...projector.bounds } }
  const area = facilitatorDisplay.workArea
  const width = Math.min(WINDOWED_SIZE.width, area.width)
  const height = Math.min(WINDOWED_SIZE.height, area.height)
  return {
    fullScreen: false,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height
    }
  }
}

/** What the view needs of the facilitator's window: where it is, and when it closes. */
export interface OwnerWindow {
  getBounds(): Rectangle
  once(event: 'closed', listener: () => void): unknown
  removeListener(event: 'closed', listener: () => void): unknown
}

export interface AudienceWindow {
  /**
   * Shows `workshopId`: opens the window, or moves an open one to that workshop. It closes with
   * `owner`, the facilitator's window that asked for it.
   */
  open(workshopId: string, owner: OwnerWindow): void
  /** Closing a view that is not open is fine. */
  close(): void
}

interface OpenView {
  window: BrowserWindow
  placement: AudiencePlacement
  /** Removes the listeners this view put on other objects. */
  detach(): void
}

export function createAudienceWindow(entryUrl: string): AudienceWindow {
  let current: OpenView | null = null

  // Forgotten at once, not when Electron reports 'closed': an open right after a close must get
  // a new window, not the one on its way out.
  const forget = (view: OpenView): void => {
    if (current !== view) return
    current = null
    view.detach()
  }

  const close = (): void => {
    const view = current
    if (view === null) return
    forget(view)
    if (!view.window.isDestroyed()) view.window.close()
  }

  const load = (window: BrowserWindow, url: string): void => {
    window.loadURL(url).catch((error: unknown) => {
      console.error(`Could not load ${url}`, error)
    })
  }

  const open = (workshopId: string, owner: OwnerWindow): void => {
    const url = audienceUrl(entryUrl, workshopId)
    if (current !== null) {
      reveal(current)
      // Only the hash changes: the page routes to the other workshop without a full reload.
      load(current.window, url)
      return
    }
    const placement = placeAudience(screen.getAllDisplays(), screen.getDisplayMatching(owner.getBounds()))
    const window = createSecureWindow(
      {
        title: audienceTitle(app.getName(), menuLanguage(app.getPreferredSystemLanguages())),
        ...placement.bounds,
        show: false,
        backgroundColor: '#ffffff',
        // Nothing in the menu is meant for the room; Alt still shows it.
        autoHideMenuBar: true
      },
      // Read-only: it reads the shared database and listens to the facilitator, never asks main.
      'none'
    )
    // Otherwise the page's <title> replaces ours, and both windows look alike in the task bar.
    window.on('page-title-updated', (event) => event.preventDefault())
    window.once('ready-to-show', () => reveal(view))

    const onDisplayRemoved = (_event: unknown, display: Display): void => {
      // Unplugging the projector would drop a full-screen window over the facilitator's screen.
      if (placement.fullScreen && display.id === placement.displayId) close()
    }
    owner.once('closed', close)
    screen.on('display-removed', onDisplayRemoved)
    const view: OpenView = {
      window,
      placement,
      detach: () => {
        owner.removeListener('closed', close)
        screen.removeListener('display-removed', onDisplayRemoved)
      }
    }
    window.once('closed', () => forget(view))
    current = view
    load(window, url)
  }

  return { open, close }
}

/**
 * On the projector the view is shown without taking the focus, so the facilitator's next key
 * press still reaches the editing window; on a single screen it comes to the front.
 */
function reveal({ window, placement }: OpenView): void {
  if (!placement.fullScreen) {
    bringToFront(window)
    return
  }
  if (window.isMinimized()) window.restore()
  window.showInactive()
  if (!window.isFullScreen()) window.setFullScreen(true)
}
