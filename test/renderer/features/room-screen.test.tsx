import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { encode } from 'uqr'
import { db } from '../../../renderer/db/db'
import { itemsOf, listItems } from '../../../renderer/db/item-repo'
import { keepRoomAnswers, listRoomRecords, useRoomRecords } from '../../../renderer/db/room-repo'
import { createWorkshop, workshopData } from '../../../renderer/db/workshop-repo'
import { JoinPanel } from '../../../renderer/features/room/JoinPanel'
import { ModerationQueue } from '../../../renderer/features/room/ModerationQueue'
import { ProjectorChooser } from '../../../renderer/features/room/ProjectorChooser'
import { QuestionControls } from '../../../renderer/features/room/QuestionControls'
import { useRoomChoicesStore } from '../../../renderer/features/room/room-choices'
import type { RoomClient } from '../../../renderer/features/room/room-client'
import { createViewSender } from '../../../renderer/features/room/view-sender'
import type { WorkshopData } from '../../../renderer/features/workshop/useWorkshopData'
import { DEFAULT_ROOM_CHOICES } from '../../../shared/room/room-view'
import type { Question, RoomView, Submission } from '../../../shared/room/contract'
import type { Team } from '../../../shared/domain/workshop'

const ENTRANCE = {
  urls: ['http://127.0.0.1:4321/r/abcdefabcdefabcdefabcdefabcdefab/', 'http://192.168.1.20:4321/r/abcdefabcdefabcdefabcdefabcdefab/'],
  shortUrls: ['http://127.0.0.1:4321/', 'http://192.168.1.20:4321/'],
  code: 'K7M3QX'
}

let data: WorkshopData

beforeEach(async () => {
  const workshop = await createWorkshop({ title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'en', facilitator: '', date: '2027-01-15' })
  data = (await workshopData(workshop.id))!
  useRoomChoicesStore.setState({ workshopId: null, choices: DEFAULT_ROOM_CHOICES })
})

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const choices = () => useRoomChoicesStore.getState().choices

describe('the join panel', () => {
  it('shows the QR code of the address a phone can reach, the short address and the room code', () => {
    render(<JoinPanel room={ENTRANCE} />)
    const qr = screen.getByRole('img', { name: `QR code of the address ${ENTRANCE.urls[1]}` })
    // The SVG is drawn from the encoder's modules for exactly that address: one square per dark module.
    const modules = encode(ENTRANCE.urls[1], { ecc: 'M', border: 4 })
    expect(qr.getAttribute('viewBox')).toBe(`0 0 ${modules.size} ${modules.size}`)
    expect(qr.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(modules.data.flat().filter(Boolean).length)
    expect(screen.getByText('http://192.168.1.20:4321/')).toBeInTheDocument()
    expect(screen.getByText('K7M 3QX')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('warns when the laptop is on no network: only this laptop reaches the room', () => {
    render(<JoinPanel room={{ urls: ENTRANCE.urls.slice(0, 1), shortUrls: ENTRANCE.shortUrls.slice(0, 1), code: ENTRANCE.code }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('not connected to a local network')
  })
})

describe('the question controls', () => {
  it('opens rating, a kind of card, a dot vote with its subject and dots, and agreement on a definition', async () => {
    const user = userEvent.setup()
    const withMql = { ...data, workshop: { ...data.workshop, mql: { ...data.workshop.mql, sentence: 'An MQL fits and engages.' } } }
    render(<QuestionControls data={withMql} />)
    await user.click(screen.getByRole('checkbox', { name: 'Rate the friction areas (1–5)' }))
    await user.click(screen.getByRole('checkbox', { name: 'Concerns' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vote on' }), 'concern')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vote on' }), 'friction')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dots per person' }), '5')
    await user.click(screen.getByRole('checkbox', { name: 'Open the dot vote' }))
    expect(choices()).toMatchObject({ rate: true, cards: { concern: true, voice: false }, dots: { open: true, subject: 'friction', dots: 5 } })
    await user.click(screen.getByRole('checkbox', { name: 'Ask the room' }))
    expect(choices().agree).toEqual({ open: true, subject: 'mql' })
    expect(screen.getByText('An MQL fits and engages.')).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'On' }), 'sql')
    expect(screen.getByRole('checkbox', { name: 'Ask the room' })).toBeDisabled()
    expect(screen.getByText('There is no text for this yet: write it in its step first.')).toBeInTheDocument()
  })

  it('cannot open what has nothing to answer, and says why', async () => {
    const empty = { ...data, items: [] }
    render(<QuestionControls data={empty} />)
    expect(screen.getByRole('checkbox', { name: 'Rate the friction areas (1–5)' })).toBeDisabled()
    expect(screen.getByText('Step 1 has no named friction areas yet.')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Open the dot vote' })).toBeDisabled()
  })
})

describe('the projector chooser', () => {
  it('puts the chosen content on the projector, and for cards the chosen kind', async () => {
    const user = userEvent.setup()
    render(<ProjectorChooser workshopId={data.workshop.id} />)
    await user.click(screen.getByRole('radio', { name: 'Heat map' }))
    expect(choices().projector).toBe('heatmap')
    await user.click(screen.getByRole('radio', { name: 'Released cards' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Which cards' }), 'parking')
    expect(choices()).toMatchObject({ projector: 'cards', projectorCard: 'parking' })
  })
})

let seq = 0
const cardFrom = (team: Team, text: string, question = 'cards-voice'): Submission => ({
  seq: ++seq,
  participant: `phone-${seq}`,
  team,
  question,
  answer: { kind: 'card', text },
  minute: 1_800_000_000_000
})
const QUESTIONS: Question[] = [
  { kind: 'cards', id: 'cards-voice', card: 'voice', prompt: '' },
  { kind: 'cards', id: 'cards-concern', card: 'concern', prompt: '' }
]

function LiveQueue({ workshopId }: { workshopId: string }) {
  const records = useRoomRecords(workshopId)
  return <ModerationQueue cards={records?.cards ?? []} />
}

describe('the moderation queue', () => {
  it('releases a card into its list, asking the side of a voice from management; hides; merges into a card of its kind', async () => {
    const user = userEvent.setup()
    const workshopId = data.workshop.id
    await keepRoomAnswers(
      workshopId,
      'run',
      [cardFrom('management', 'Sales never calls back'), cardFrom('sales', 'Leads are cold'), cardFrom('sales', 'Leads are too cold'), cardFrom('other', 'Budget?', 'cards-concern')],
      QUESTIONS
    )
    render(<LiveQueue workshopId={workshopId} />)
    const waiting = await screen.findByRole('list', { name: 'Waiting cards' })
    const cardOf = (text: string) => within(waiting).getByText(text, { selector: 'p' }).closest('li')!

    await user.click(within(cardOf('Sales never calls back')).getByRole('button', { name: 'Release' }))
    const side = within(cardOf('Sales never calls back')).getByRole('group', { name: 'Which side does this card belong to?' })
    await user.click(within(side).getByRole('button', { name: 'Marketing' }))
    await waitFor(async () => expect(itemsOf(await listItems(workshopId), 'voice').some((voice) => voice.text === 'Sales never calls back' && voice.team === 'marketing')).toBe(true))

    await user.selectOptions(within(cardOf('Leads are too cold')).getByRole('combobox', { name: 'Merge into …' }), 'Leads are cold')
    await user.click(within(cardOf('Leads are too cold')).getByRole('button', { name: 'Merge' }))
    await waitFor(() => expect(within(cardOf('Leads are cold')).getByRole('list', { name: 'Merged into this card' })).toHaveTextContent('Leads are too cold'))

    await user.click(within(cardOf('Budget?')).getByRole('button', { name: 'Hide' }))
    await waitFor(async () => expect((await listRoomRecords(workshopId)).cards.find((card) => card.text === 'Budget?')?.state).toBe('hidden'))
    expect(await screen.findByText('Released (1)')).toBeInTheDocument()
    expect(await screen.findByText('Hidden (1)')).toBeInTheDocument()
  })

  it('tells in words when a card is gone before it was moderated', async () => {
    const user = userEvent.setup()
    const workshopId = data.workshop.id
    await keepRoomAnswers(workshopId, 'run', [cardFrom('sales', 'Gone soon')], QUESTIONS)
    const { cards } = await listRoomRecords(workshopId)
    render(<ModerationQueue cards={cards} />)
    await db.roomAnswers.clear()
    await user.click(screen.getByRole('button', { name: 'Release' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This card no longer exists')
  })
})

describe('sending the view', () => {
  const view = (n: number): RoomView => ({ language: 'en', questions: [{ kind: 'cards', id: `cards-voice`, card: 'voice', prompt: String(n) }], shown: { kind: 'nothing' } })

  it('sends one view at a time, the latest winning; the same view not twice; and tells when the room refused', async () => {
    const sent: string[] = []
    let release: () => void = () => undefined
    const setView = vi.fn(
      (v: RoomView) =>
        new Promise<void>((resolve) => {
          sent.push(v.questions[0].kind === 'cards' ? v.questions[0].prompt : '')
          release = resolve
        })
    )
    const client = { room: { token: 't1' }, setView } as unknown as RoomClient
    const report = vi.fn()
    const sender = createViewSender(report)
    const first = sender.send(client, view(1))
    void sender.send(client, view(2))
    void sender.send(client, view(3))
    expect(sent).toEqual(['1'])
    await act(async () => release())
    await vi.waitFor(() => expect(sent).toEqual(['1', '3']))
    release()
    await first
    await sender.send(client, view(3))
    expect(sent).toEqual(['1', '3'])
    expect(sender.opened('t1').map((q) => (q.kind === 'cards' ? q.prompt : ''))).toEqual(['1', '3'])
    expect(sender.opened('other')).toEqual([])

    setView.mockImplementationOnce(async () => {
      throw new Error('room view: 400')
    })
    await sender.send(client, view(4))
    expect(report).toHaveBeenLastCalledWith(true)
    setView.mockImplementationOnce(async () => undefined)
    await sender.retry()
    expect(report).toHaveBeenLastCalledWith(false)
  })
})
