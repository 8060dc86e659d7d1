import type {
  AppInfo,
  BridgeApi,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult
} from '../../shared/ipc/contract'
import { BRIDGE_GLOBAL } from '../../shared/ipc/contract'
import { browserPlatform } from './browser-platform'

/**
 * The renderer's only way to the outside world. In the desktop app it calls the preload's
 * typed bridge (native dialogs); in the browser edition it falls back to downloads and a file
 * input. Features import `platform` and never look at `window.smarketing` themselves.
 */
export interface Platform {
  edition: 'desktop' | 'browser'
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  appInfo(): Promise<AppInfo>
  /** The audience view: a second window on the projector (desktop) or a second tab (browser). */
  openAudience(workshopId: string): Promise<void>
  closeAudience(): Promise<void>
}

function desktopPlatform(bridge: BridgeApi): Platform {
  return {
    edition: 'desktop',
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    appInfo: () => bridge.appInfo(),
    openAudience: async (workshopId) => {
      await bridge.openAudienceWindow({ workshopId })
    },
    closeAudience: async () => {
      await bridge.closeAudienceWindow()
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
