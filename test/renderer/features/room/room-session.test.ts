import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RoomStarted } from '../../../../shared/ipc/contract'
import type { Question } from '../../../../shared/room/contract'

/**
 * A reload of the facilitator's page (issue 14 acceptance): the room this tab had open goes on —
 * same address, same run, the questions opened before still known — and ends when the page
 * opens elsewhere. A reload is a fresh import of the module with the tab's sessionStorage kept.
 */
const platform = vi.hoisted(() => ({ startRoom: vi.fn(), stopRoom: vi.fn() }))
vi.mock('../../../../renderer/platform/platform', () => ({ platform }))

const room = (token: string): RoomStarted => ({
  urls: ['http://192.168.1.20:4321/r/abcdefabcdefabcdefabcdef/'],
  shortUrls: ['http://192.168.1.20:4321/'],
  code: 'K7M3QX',
  facilitatorUrl: `http://127.0.0.1:4321/f/${token}/`,
  token
})
const RATE: Question = { kind: 'rate', id: 'rate', areas: [{ id: 'a1', title: 'Lead quality' }] }

class FakeEventSource {
  addEventListener() {}
  close() {}
}

const reload = async () => {
  vi.resetModules()
  return import('../../../../renderer/features/room/room-session')
}
const remembered = () => JSON.parse(sessionStorage.getItem('smarketing.room-run') ?? 'null') as { runId: string; questions: Question[] } | null

beforeEach(() => {
  sessionStorage.clear()
  vi.stubGlobal('EventSource', FakeEventSource)
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}')))
  platform.startRoom.mockReset().mockResolvedValue(room('t1'))
  platform.stopRoom.mockReset().mockResolvedValue(undefined)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

async function openWithRating() {
  const session = await reload()
  await session.startRoom('w1', 'de')
  await session.roomClientOf('w1')!.setView({ language: 'de', questions: [RATE], shown: { kind: 'nothing' } })
  return remembered()!
}

describe('the room across a reload of the facilitator’s page', () => {
  it('goes on in its workshop: the same room, the same run, the questions opened before', async () => {
    const before = await openWithRating()
    expect(before.questions).toEqual([RATE])
    const session = await reload()
    expect(session.useRoomSession.getState().status).toBe('off')
    session.resumeRoom('w1')
    await vi.waitFor(() => expect(session.useRoomSession.getState().status).toBe('running'))
    expect(platform.startRoom).toHaveBeenLastCalledWith('de')
    expect(remembered()).toEqual(before)
    expect(platform.stopRoom).not.toHaveBeenCalled()
  })

  it('is a new run when the room found is another one (the server started anew meanwhile)', async () => {
    const before = await openWithRating()
    platform.startRoom.mockResolvedValue(room('t2'))
    const session = await reload()
    session.resumeRoom('w1')
    await vi.waitFor(() => expect(session.useRoomSession.getState().status).toBe('running'))
    expect(remembered()?.runId).not.toBe(before.runId)
    expect(remembered()?.questions).toEqual([])
  })

  it('ends when the page opens elsewhere: the room belongs to its workshop', async () => {
    await openWithRating()
    const session = await reload()
    session.resumeRoom(null)
    expect(platform.stopRoom).toHaveBeenCalledOnce()
    expect(remembered()).toBeNull()
    expect(platform.startRoom).toHaveBeenCalledOnce()
  })

  it('is forgotten once ended: a reload then finds no room', async () => {
    await openWithRating()
    const session = await reload()
    session.resumeRoom('w1')
    await vi.waitFor(() => expect(session.useRoomSession.getState().status).toBe('running'))
    await session.endRoom()
    expect(remembered()).toBeNull()
    const again = await reload()
    again.resumeRoom('w1')
    expect(again.useRoomSession.getState().status).toBe('off')
  })
})
