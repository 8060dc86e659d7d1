import { create } from 'zustand'
import type { RoomView } from '../../../shared/room/contract'
import type { RoomClient } from './room-client'

/**
 * Sends the room's view to the room server (PUT /f/<token>/view) one request at a time, the latest
 * view winning: views that were overtaken while one was on its way are never sent, so an older
 * view cannot arrive after a newer one. The same view is not sent twice to the same room; a new
 * room (a new token) gets it again.
 */
export interface ViewSender {
  send(client: RoomClient, view: RoomView): Promise<void>
  /** Sends the last view again after a failure. */
  retry(): Promise<void>
}

/** Whether the last view did not reach the room: the room screen says so and offers to try again. */
export const useViewProblem = create<{ failed: boolean }>(() => ({ failed: false }))

export function createViewSender(report: (failed: boolean) => void): ViewSender {
  let pending: { client: RoomClient; view: RoomView; body: string } | null = null
  let last: { client: RoomClient; view: RoomView; body: string } | null = null
  let sent: { token: string; body: string } | null = null
  let running: Promise<void> | null = null

  async function pump(): Promise<void> {
    while (pending) {
      const next = pending
      pending = null
      try {
        await next.client.setView(next.view)
        sent = { token: next.client.room.token, body: next.body }
        report(false)
      } catch {
        sent = null
        report(true)
      }
    }
  }

  function start(): Promise<void> {
    running ??= pump().finally(() => {
      running = null
      // A view that came in after the loop's last look is sent too.
      if (pending) void start()
    })
    return running
  }

  return {
    send(client, view) {
      const body = JSON.stringify(view)
      last = { client, view, body }
      if (sent?.token === client.room.token && sent.body === body && pending === null) return running ?? Promise.resolve()
      pending = last
      return start()
    },
    retry() {
      if (!last) return Promise.resolve()
      pending = last
      return start()
    }
  }
}

export const viewSender = createViewSender((failed) => useViewProblem.setState({ failed }))
