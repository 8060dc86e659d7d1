import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRoomHost, type RoomHost } from '../../../../electron/room/room-host'
import { db } from '../../../../renderer/db/db'
import { createWorkshop, workshopData } from '../../../../renderer/db/workshop-repo'
import { RoomSection } from '../../../../renderer/features/room/RoomSection'
import { endRoom, startRoom, useRoomSession } from '../../../../renderer/features/room/room-session'
import type { WorkshopData } from '../../../../renderer/features/workshop/useWorkshopData'
import { platform } from '../../../../renderer/platform/platform'

/**
 * "Everybody out" on the facilitator's room screen against the real room server: the room session
 * starts a room on a real host on 127.0.0.1, the screen rotates it through the facilitator's API.
 * jsdom has no EventSource; the facilitator's stream is not what this is about, so it stays silent.
 */
class SilentSource {
  addEventListener() {}
  close() {}
}

let host: RoomHost
let data: WorkshopData

beforeEach(async () => {
  host = createRoomHost({ hosts: ['127.0.0.1'] })
  vi.spyOn(platform, 'startRoom').mockImplementation((language) => host.start({ language, facilitatorOrigins: [] }))
  vi.spyOn(platform, 'stopRoom').mockImplementation(() => host.stop())
  vi.stubGlobal('EventSource', SilentSource)
  const workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  data = (await workshopData(workshop.id))!
  await startRoom(workshop.id, 'en')
  expect(useRoomSession.getState().status).toBe('running')
})

afterEach(async () => {
  await endRoom()
  await host.stop()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  await Promise.all(db.tables.map((table) => table.clear()))
})

const shownCode = () => document.querySelector('[data-room-code]')?.getAttribute('data-room-code') ?? ''
const shownJoinUrl = () => document.querySelector('[data-room-join]')?.getAttribute('data-room-join') ?? ''
const join = (url: string) =>
  fetch(new URL('join', url).href, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ team: 'sales' }) })

describe('"everybody out" on the room screen', () => {
  it('asks first; then the join panel shows the new address and code, the old address is dead and the new one lets phones in', async () => {
    const user = userEvent.setup()
    render(<RoomSection data={data} />)
    const oldCode = shownCode()
    const oldUrl = shownJoinUrl()
    expect((await join(oldUrl)).status).toBe(200)

    // Cancelling changes nothing.
    await user.click(screen.getByRole('button', { name: 'Everybody out' }))
    const dialog = screen.getByRole('dialog', { name: 'Everybody out?' })
    expect(dialog).toHaveTextContent('All phones leave the room and must scan the new code.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(shownCode()).toBe(oldCode)
    expect((await join(oldUrl)).status).toBe(200)

    await user.click(screen.getByRole('button', { name: 'Everybody out' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Everybody out' }))
    await screen.findByText('New address and room code: every phone must join again.')
    const newUrl = shownJoinUrl()
    expect(shownCode()).not.toBe(oldCode)
    expect(shownCode()).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    expect(newUrl).not.toBe(oldUrl)
    expect(screen.getByRole('img', { name: `QR code of the address ${newUrl}` })).toBeInTheDocument()
    // The projector reads the same session: it shows the new way in too.
    const session = useRoomSession.getState()
    expect(session.status === 'running' && session.room).toMatchObject({ code: shownCode(), urls: [newUrl] })
    expect((await join(oldUrl)).status).toBe(404)
    expect((await join(newUrl)).status).toBe(200)
  })

  it('tells the facilitator when the room could not be reached, and keeps showing the way in that still works', async () => {
    const user = userEvent.setup()
    render(<RoomSection data={data} />)
    const oldCode = shownCode()
    const oldUrl = shownJoinUrl()
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await user.click(screen.getByRole('button', { name: 'Everybody out' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Everybody out' }))
    await screen.findByText('The room did not get a new address, so the phones are still in. Please try again.')
    expect(shownCode()).toBe(oldCode)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Everybody out' })).toBeEnabled())
    vi.mocked(globalThis.fetch).mockRestore()
    expect((await join(oldUrl)).status).toBe(200)
  })
})
