import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract'
import { REQUEST_SCHEMAS } from '../../shared/ipc/request-schemas'
import { isTrustedUrl } from '../main/renderer-source'

/** What main needs to know to decide whether an IPC message comes from our own UI. */
export interface SenderPolicy {
  trustedOrigins: readonly string[]
  /** Our window that shows these webContents, if any. */
  windowFor(contents: WebContents): BrowserWindow | undefined
}

/** Handed to a handler once the sender passed the guard, e.g. as parent of a dialog. */
export interface TrustedSender {
  window: BrowserWindow
}

export type IpcHandler<C extends Channel> = (
  request: RequestOf<C>,
  sender: TrustedSender
) => Promise<ResponseOf<C>>

/** The handlers of some channels of the contract, each bound to its own request and response. */
export type IpcHandlers<K extends Channel> = { readonly [C in K]: IpcHandler<C> }

/**
 * The window behind an IPC message, or null unless the message comes from the main frame of one
 * of our windows, showing our own origin. Anything else (an iframe, a page that navigated away,
 * a webContents we did not create) could be foreign content.
 */
export function trustedSenderWindow(event: IpcMainInvokeEvent, policy: SenderPolicy): BrowserWindow | null {
  const window = policy.windowFor(event.sender)
  if (window === undefined) return null
  const frame = event.senderFrame
  // Null once the frame navigated away or was destroyed: then nobody can say who sent it.
  if (frame === null) return null
  if (!isTrustedUrl(frame.url, policy.trustedOrigins)) return null
  // The main frame, compared by token (Electron does not promise one JS object per frame).
  const mainFrame = event.sender.mainFrame
  if (frame.processId !== mainFrame.processId || frame.frameToken !== mainFrame.frameToken) return null
  return window
}

/**
 * Registers the handler of one contract channel. The channel fixes the request and response
 * types at compile time; at run time the sender is checked and the request parsed with the
 * channel's schema before the handler sees it. Refusals reject with an Error and never echo the
 * renderer's input.
 */
export function handle<C extends Channel>(channel: C, handler: IpcHandler<C>, policy: SenderPolicy): void {
  const schema = REQUEST_SCHEMAS[channel]
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    const window = trustedSenderWindow(event, policy)
    if (window === null) throw new Error(`${channel} refused: the sender is not an app window`)
    const parsed = args.length <= 1 ? schema.safeParse(args[0]) : null
    if (parsed === null || !parsed.success) throw new Error(`${channel} refused: invalid request`)
    return handler(parsed.data, { window })
  })
}
