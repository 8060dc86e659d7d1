import type {
  AppInfo,
  BridgeApi,
  OpenFileRequest,
  OpenFileResult,
  RoomStarted,
  SaveFileError,
  SaveFileRequest,
  SaveFileResult
} from '../../shared/ipc/contract'
import { BRIDGE_GLOBAL } from '../../shared/ipc/contract'
import type { Language } from '../../shared/domain/language'
import { browserPlatform } from './browser-platform'

/**
 * The renderer's only way to the outside world. In the desktop app it calls the preload's
 * typed bridge (native dialogs); in the browser edition it falls back to downloads and a file
 * input. Features import `platform` and never look at `window.smarketing` themselves.
 */
/** Where a save went, or that the person cancelled the dialog. */
export type SavedFile = Exclude<SaveFileResult, { error: SaveFileError }>

/**
 * The file the person chose could not be written: main's typed reason (folder gone, no
 * permission, disk full …), which renderer/app/failure-message.ts words for the person.
 */
export class FileSaveFailure extends Error {
  constructor(
    readonly reason: SaveFileError,
    readonly fileName: string
  ) {
    super(`The file could not be written: ${reason}`)
    this.name = 'FileSaveFailure'
  }
}

export interface Platform {
  edition: 'desktop' | 'browser'
  /** Resolves once the file is written or the dialog cancelled; rejects with FileSaveFailure. */
  saveFile(request: SaveFileRequest): Promise<SavedFile>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  appInfo(): Promise<AppInfo>
  /** The audience view: a second window on the projector (desktop) or a second tab (browser). */
  openAudience(workshopId: string): Promise<void>
  closeAudience(): Promise<void>
  /**
   * Opens room mode (issue 14), or finds the room already open: main's room server in the desktop
   * app, the one beside the page in the browser edition. Rejects when there is none to open.
   */
  startRoom(language: Language): Promise<RoomStarted>
  /** Ends room mode; fine when none is open. */
  stopRoom(): Promise<void>
}

function desktopPlatform(bridge: BridgeApi): Platform {
  return {
    edition: 'desktop',
    saveFile: async (request) => {
      const result = await bridge.saveFile(request)
      if ('error' in result) throw new FileSaveFailure(result.error, result.name)
      return result
    },
    openFile: (request) => bridge.openFile(request),
    appInfo: () => bridge.appInfo(),
    openAudience: async (workshopId) => {
      await bridge.openAudienceWindow({ workshopId })
    },
    closeAudience: async () => {
      await bridge.closeAudienceWindow()
    },
    startRoom: (language) => bridge.startRoom({ language }),
    stopRoom: async () => {
      await bridge.stopRoom()
    }
  }
}

function findBridge(): BridgeApi | undefined {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL]
  return candidate && typeof candidate === 'object' ? (candidate as BridgeApi) : undefined
}

export function createPlatform(bridge: BridgeApi | undefined = findBridge()): Platform {
  return bridge ? desktopPlatform(bridge) : browserPlatform()
}

export const platform: Platform = createPlatform()
