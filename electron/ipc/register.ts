import type { Channel } from '../../shared/ipc/contract'
import { appInfo } from './app-info'
import { openFile, saveFile } from './files'
import { handle, type IpcHandler, type SenderPolicy } from './guard'

/** One handler per contract channel: a channel added to the contract fails to compile until here. */
const HANDLERS: { readonly [C in Channel]: IpcHandler<C> } = {
  'file:save': saveFile,
  'file:open': openFile,
  'app:info': appInfo
}

/** Call once, before any window opens. */
export function registerIpcHandlers(policy: SenderPolicy): void {
  const register = <C extends Channel>(channel: C): void => handle(channel, HANDLERS[channel], policy)
  // Object.keys loses the key type; HANDLERS has exactly the Channel keys by its annotation.
  for (const channel of Object.keys(HANDLERS) as Channel[]) register(channel)
}
