import type { Language } from '../domain/language'

/**
 * The one contract between the renderer and the main process (SPEC §8, STYLE "One narrow, typed
 * bridge"). Channel names, request and response types live here and nowhere else: the preload
 * exposes exactly the functions of `BridgeApi`, and main registers exactly the handlers of
 * `IpcContract`, so a wrong channel or payload fails to compile.
 */

export interface FileFilter {
  /** Shown in the native dialog, already in the user's language. */
  name: string
  /** Without the dot, e.g. `docx`. */
  extensions: string[]
}

export interface SaveFileRequest {
  /** A file name without folders; main puts it into the user's documents folder. */
  suggestedName: string
  filters: FileFilter[]
  data: Uint8Array
}

/**
 * Why a chosen file could not be written, as a code the renderer words in the person's language
 * (never the operating system's English text):
 * - `folderMissing`: the folder is gone (a USB stick pulled, a network drive disconnected)
 * - `noPermission`: no right to write there, or the medium is read-only
 * - `diskFull`: no space left on the disk (or the user's quota is used up)
 * - `fileInUse`: another program holds the file open (Word on Windows)
 * - `unknown`: anything else
 */
export const SAVE_FILE_ERRORS = ['folderMissing', 'noPermission', 'diskFull', 'fileInUse', 'unknown'] as const
export type SaveFileError = (typeof SAVE_FILE_ERRORS)[number]

export type SaveFileResult =
  | { canceled: true }
  | { canceled: false; path: string }
  | { canceled: false; error: SaveFileError; name: string }

export interface OpenFileRequest {
  filters: FileFilter[]
  /** Files larger than this are refused before they are read. */
  maxBytes: number
}

export type OpenFileResult =
  | { canceled: true }
  | { canceled: false; name: string; data: Uint8Array }
  | { canceled: false; error: 'too-large'; name: string; size: number }
  | { canceled: false; error: 'unreadable'; name: string }

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** The operating system's preferred languages, most preferred first (e.g. `de-DE`). */
  locales: string[]
}

export interface OpenAudienceRequest {
  /** The workshop the audience view shows; it follows the facilitator from there. */
  workshopId: string
}

export interface StartRoomRequest {
  /** The workshop's language: what the phones see until the facilitator's page sends its view. */
  language: Language
}

/**
 * How phones get into the room (issue 14 §1), as the facilitator's screen and the projector show it;
 * new with every secret ("everybody out" answers with it again, `POST /f/<token>/rotate`).
 */
export interface RoomEntrance {
  /** What the QR code holds: the page under the secret, one URL per address (the first one on loopback). */
  urls: string[]
  /** The short address to type, `http://<ip>:<port>/`, one per address in the order of `urls`: it asks for the code. */
  shortUrls: string[]
  /** The room code, six characters of shared/room/code.ts's alphabet (displayRoomCode writes it for the screen). */
  code: string
}

/**
 * The running room (issue 14), as both editions hand it to the facilitator's page: how the phones
 * get in, and the facilitator's own API on loopback with the token it needs (already part of
 * `facilitatorUrl`).
 */
export interface RoomStarted extends RoomEntrance {
  facilitatorUrl: string
  token: string
}

/**
 * The browser edition has no main process: its dev and preview servers answer `POST <this>/start`
 * (a StartRoomRequest, giving RoomStarted) and `POST <this>/stop` for the page's own origin.
 */
export const WEB_ROOM_ENDPOINT = '/__room'

export interface IpcContract {
  'file:save': { request: SaveFileRequest; response: SaveFileResult }
  'file:open': { request: OpenFileRequest; response: OpenFileResult }
  'app:info': { request: void; response: AppInfo }
  'audience:open': { request: OpenAudienceRequest; response: { open: true } }
  'audience:close': { request: void; response: { open: false } }
  'room:start': { request: StartRoomRequest; response: RoomStarted }
  'room:stop': { request: void; response: { running: false } }
}

export type Channel = keyof IpcContract
export type RequestOf<C extends Channel> = IpcContract[C]['request']
export type ResponseOf<C extends Channel> = IpcContract[C]['response']

/** Each bridge function and the one channel it calls. */
export const BRIDGE_CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  appInfo: 'app:info',
  openAudienceWindow: 'audience:open',
  closeAudienceWindow: 'audience:close',
  startRoom: 'room:start',
  stopRoom: 'room:stop'
} as const satisfies Record<string, Channel>

export type BridgeFunction = keyof typeof BRIDGE_CHANNELS

/** What the preload puts on `window[BRIDGE_GLOBAL]`, nothing more. */
export type BridgeApi = {
  [F in BridgeFunction]: RequestOf<(typeof BRIDGE_CHANNELS)[F]> extends void
    ? () => Promise<ResponseOf<(typeof BRIDGE_CHANNELS)[F]>>
    : (request: RequestOf<(typeof BRIDGE_CHANNELS)[F]>) => Promise<ResponseOf<(typeof BRIDGE_CHANNELS)[F]>>
}

export const BRIDGE_GLOBAL = 'smarketing'

/** Limits that main enforces on every request, whatever the renderer claims. */
export const IPC_LIMITS = {
  maxSaveBytes: 64 * 1024 * 1024,
  maxOpenBytes: 64 * 1024 * 1024,
  maxNameLength: 200,
  maxFilters: 10,
  maxIdLength: 100
} as const
