import type { Channel } from '../../shared/ipc/contract'
import type { AudienceWindow } from '../main/audience-window'
import { appInfo } from './app-info'
import { audienceHandlers } from './audience'
import { openFile, saveFile } from './files'
import { handle, type IpcHandlers, type SenderPolicy } from './guard'
import type { RoomHost } from '../room/room-host'
import { roomHandlers } from './room'

/** What some handlers act on, made once by the app's start-up. */
export interface IpcServices {
  audience: AudienceWindow
  room: RoomHost
}

/** One handler per contract channel: a channel added to the contract fails to compile until here. */
function handlersFor(services: IpcServices, policy: SenderPolicy): IpcHandlers<Channel> {
  return {
    'file:save': saveFile,
    'file:open': openFile,
    'app:info': appInfo,
    ...audienceHandlers(services.audience),
    ...roomHandlers(services.room, policy.trustedOrigins)
  }
}

/** Call once, before any window opens. */
export function registerIpcHandlers(policy: SenderPolicy, services: IpcServices): void {
  const handlers = handlersFor(services, policy)
  const register = <C extends Channel>(channel: C): void => handle(channel, handlers[channel], policy)
  // Object.keys loses the key type; the handlers have exactly the Channel keys by their type.
  for (const channel of Object.keys(handlers) as Channel[]) register(channel)
}
