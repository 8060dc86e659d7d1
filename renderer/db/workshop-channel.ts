/**
 * The same workshop may be open in two windows (two tabs of the browser edition, or the desktop
 * app and a browser). Both read one database and their live queries follow each other's writes;
 * this channel tells the other window what those writes mean — an edit, or a signature that
 * froze a version — so it can drop undo steps that would reach behind it and tell the person.
 */
export const WORKSHOP_CHANNEL = 'smarketing-workshops'

export type WorkshopMessage =
  | { type: 'edited'; workshopId: string }
  /** A version or signature changed: undo history of the workshop ends here, in every window. */
  | { type: 'sla'; workshopId: string | null }
  | { type: 'signed'; workshopId: string; number: number }

type Listener = (message: WorkshopMessage) => void

let channel: BroadcastChannel | null | undefined
const listeners = new Set<Listener>()

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel
  if (typeof BroadcastChannel === 'undefined') return (channel = null)
  channel = new BroadcastChannel(WORKSHOP_CHANNEL)
  // Node (tests) would otherwise keep running for an idle channel.
  ;(channel as BroadcastChannel & { unref?: () => void }).unref?.()
  channel.onmessage = (event: MessageEvent<WorkshopMessage>) => {
    for (const listener of listeners) listener(event.data)
  }
  return channel
}

/** Tells the other windows; a window never hears its own messages. */
export function announce(message: WorkshopMessage): void {
  open()?.postMessage(message)
}

export function onWorkshopMessage(listener: Listener): () => void {
  open()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
