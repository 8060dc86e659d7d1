import { describe, expect, it } from 'vitest'
import { blankItem } from '../../../shared/domain/blank-items'
import type { Item, ItemOf, ListKind } from '../../../shared/domain/items'
import { newWorkshop } from '../../../shared/domain/new-workshop'
import type { RoomAgreement, RoomCard, RoomRating, RoomVote } from '../../../shared/domain/room-records'
import type { Language } from '../../../shared/domain/language'
import { roomViewSchema, ROOM_LIMITS } from '../../../shared/room/contract'
import { DEFAULT_ROOM_CHOICES, NO_ROOM_RECORDS, roomViewOf, type RoomChoices, type RoomRecords } from '../../../shared/room/room-view'

let order = 0
function item<K extends ListKind>(list: K, id: string, fields: Partial<ItemOf<K>>): Item {
  return { id, workshopId: 'w', list, order: order++, status: 'proposed', ...blankItem(list), ...fields } as unknown as Item
}

function workshopIn(language: Language) {
  const workshop = newWorkshop('w', { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language, facilitator: '', date: '2027-01-15' }, 0)
  return { ...workshop, mql: { ...workshop.mql, sentence: 'An MQL is a lead that fits and engages.' }, sql: { ...workshop.sql, sentence: '' } }
}

const items: Item[] = [
  item('friction', 'f1', { area: 'Lead follow-up' }),
  item('friction', 'f2', { area: '   ' }),
  item('friction', 'f3', { area: 'Information flow' }),
  item('action', 'a1', { title: 'Joint lead review' }),
  item('concern', 'c1', { text: 'x'.repeat(900) }),
  item('commitment', 'k1', { description: 'Sales contacts a new MQL', value: 24, unit: 'hours', direction: 'atMost' }),
  item('commitment', 'k2', { description: 'Contact attempts', value: 1, unit: 'attempts', direction: 'atLeast' })
]

const everything: RoomChoices = {
  ...DEFAULT_ROOM_CHOICES,
  rate: true,
  cards: { voice: true, giveGet: true, concern: true, parking: true },
  dots: { open: true, subject: 'concern', dots: 5 },
  agree: { open: true, subject: 'k1' }
}

const base = { workshopId: 'w', minute: 0 }
const rating = (voter: string, team: RoomRating['team'], itemId: string, value: RoomRating['rating']): RoomRating => ({ ...base, id: `rating:${voter}:${itemId}`, kind: 'rating', voter, team, itemId, rating: value })
const card = (id: string, state: RoomCard['state'], mergedInto: string | null = null): RoomCard => ({ ...base, id, kind: 'card', team: 'sales', card: 'voice', text: `text of ${id}`, state, mergedInto, itemId: null })
const records: RoomRecords = {
  ratings: [rating('p1', 'sales', 'f1', 5), rating('p2', 'sales', 'f1', 2), rating('p3', 'marketing', 'f1', 3)],
  cards: [card('card:r:1', 'released'), card('card:r:2', 'queued'), card('card:r:3', 'released', 'card:r:1'), card('card:r:4', 'hidden')],
  votes: [{ ...base, id: 'vote:p1:concern', kind: 'vote', voter: 'p1', team: 'sales', subject: 'concern', options: ['c1', 'c1'] } satisfies RoomVote],
  agreements: [
    { ...base, id: 'agreement:p1:k1', kind: 'agreement', voter: 'p1', team: 'sales', subject: 'k1', answer: 'agree' } satisfies RoomAgreement,
    { ...base, id: 'agreement:p2:k1', kind: 'agreement', voter: 'p2', team: 'marketing', subject: 'k1', answer: 'notYet' } satisfies RoomAgreement
  ]
}

describe('the room’s view', () => {
  it('opens nothing and shows nothing by default', () => {
    expect(roomViewOf({ workshop: workshopIn('en'), items, records: NO_ROOM_RECORDS, choices: DEFAULT_ROOM_CHOICES, showing: true })).toEqual({
      language: 'en',
      questions: [],
      shown: { kind: 'nothing' }
    })
  })

  it('opens the chosen questions with their fixed ids, the named areas only, long titles cut to the limit — and the room server’s schema accepts it', () => {
    const view = roomViewOf({ workshop: workshopIn('en'), items, records, choices: everything, showing: true })
    expect(view.questions.map((question) => question.id)).toEqual(['rate', 'cards-voice', 'cards-giveGet', 'cards-concern', 'cards-parking', 'dots-concern', 'agree-k1'])
    expect(view.questions[0]).toEqual({ kind: 'rate', id: 'rate', areas: [{ id: 'f1', title: 'Lead follow-up' }, { id: 'f3', title: 'Information flow' }] })
    const dots = view.questions.find((question) => question.kind === 'dots')
    expect(dots).toMatchObject({ dots: 5, prompt: 'Which concerns should we address first?' })
    expect(dots?.kind === 'dots' && dots.options[0].title).toHaveLength(500)
    expect(view.questions.at(-1)).toEqual({ kind: 'agree', id: 'agree-k1', text: 'Sales contacts a new MQL — at most 24 hours' })
    expect(roomViewSchema.parse(view)).toEqual(view)
    expect(view.questions.length).toBeLessThanOrEqual(ROOM_LIMITS.maxOpenQuestions)
  })

  it('words a commitment’s level in the workshop’s language, as the SLA document does', () => {
    const view = roomViewOf({ workshop: workshopIn('de'), items, records, choices: { ...everything, agree: { open: true, subject: 'k2' } }, showing: true })
    expect(view.questions.at(-1)).toMatchObject({ text: 'Contact attempts — mindestens 1 Versuch' })
  })

  it('keeps a question closed that has nothing to answer: no areas, an empty definition', () => {
    const view = roomViewOf({ workshop: workshopIn('en'), items: [], records, choices: { ...everything, agree: { open: true, subject: 'sql' } }, showing: true })
    expect(view.questions.map((question) => question.kind)).toEqual(['cards', 'cards', 'cards', 'cards'])
  })

  it('shows what the projector shows, counted by the room’s tallies — and nothing while the projector shows something else', () => {
    const workshop = workshopIn('en')
    const show = (projector: RoomChoices['projector'], showing = true) =>
      roomViewOf({ workshop, items, records, choices: { ...everything, projector }, showing }).shown
    expect(show('cards')).toEqual({ kind: 'cards', title: 'Voices', cards: [{ id: 'c1', text: 'text of card:r:1' }] })
    expect(show('heatmap')).toMatchObject({
      kind: 'heatmap',
      areas: [
        { id: 'f1', teams: { sales: { count: 2, average: 3.5, spread: 3 }, marketing: { count: 1, average: 3, spread: 0 }, other: { count: 0, average: null } } },
        { id: 'f3', teams: { sales: { count: 0 } } }
      ]
    })
    expect(show('dots')).toMatchObject({ kind: 'dots', options: [{ id: 'c1', dots: 2 }] })
    expect(show('agreement')).toMatchObject({ kind: 'agreement', teams: { sales: { agree: 1, notYet: 0 }, marketing: { agree: 0, notYet: 1 } } })
    expect(show('cards', false)).toEqual({ kind: 'nothing' })
    for (const projector of ['cards', 'heatmap', 'dots', 'agreement'] as const) {
      const view = roomViewOf({ workshop, items, records, choices: { ...everything, projector }, showing: true })
      expect(roomViewSchema.safeParse(view).success, projector).toBe(true)
    }
  })
})
