import { describe, expect, it } from 'vitest'
import type { RoomAgreement, RoomCard, RoomRating, RoomVote } from '../../../shared/domain/room-records'
import { agreementOf, cardsOf, dotsOf, heatAt, heatOf, heatRow, NO_HEAT, ratersOf, rowGap, teamRated } from '../../../shared/domain/room-tally'
import type { Team } from '../../../shared/domain/workshop'

const base = { workshopId: 'w', minute: 0 }
const rating = (voter: string, team: Team, itemId: string, value: RoomRating['rating']): RoomRating => ({
  ...base,
  kind: 'rating',
  id: `rating:${voter}:${itemId}`,
  voter,
  team,
  itemId,
  rating: value
})
const card = (seq: number, patch: Partial<RoomCard> = {}): RoomCard => ({
  ...base,
  kind: 'card',
  id: `card:run:${seq}`,
  team: 'sales',
  card: 'voice',
  text: `card ${seq}`,
  state: 'queued',
  mergedInto: null,
  itemId: null,
  ...patch
})

describe('heatOf', () => {
  it('gives per area and team the number of ratings, their average and their spread', () => {
    const heat = heatOf([
      rating('p1', 'marketing', 'a', 2),
      rating('p2', 'marketing', 'a', 5),
      rating('p3', 'marketing', 'a', 4),
      rating('p4', 'sales', 'a', 1),
      rating('p1', 'marketing', 'b', 3)
    ])
    expect(heat.get('a')).toEqual({
      marketing: { count: 3, average: 11 / 3, spread: 3 },
      sales: { count: 1, average: 1, spread: 0 },
      management: NO_HEAT,
      other: NO_HEAT
    })
    expect(heat.get('b')?.marketing).toEqual({ count: 1, average: 3, spread: 0 })
  })

  it('reads an area nobody rated as no heat for every team', () => {
    expect(heatAt(heatOf([]), 'x')).toEqual({ marketing: NO_HEAT, sales: NO_HEAT, management: NO_HEAT, other: NO_HEAT })
  })

  it('counts the phones that rated, not the ratings', () => {
    expect(ratersOf([rating('p1', 'sales', 'a', 1), rating('p1', 'sales', 'b', 2), rating('p2', 'other', 'a', 3)])).toBe(2)
  })
})

describe('heatRow', () => {
  const area = { id: 'a', ratings: { marketing: 1, sales: 5, management: null } } as const

  it('shows the room’s average, count and spread where the team’s phones rated, the typed rating elsewhere', () => {
    const row = heatRow(area, heatOf([rating('p1', 'marketing', 'a', 2), rating('p2', 'marketing', 'a', 5), rating('p3', 'other', 'a', 4)]))
    expect(row).toEqual({
      marketing: { source: 'room', value: 3.5, count: 2, spread: 3 },
      sales: { source: 'typed', value: 5 },
      management: { source: 'typed', value: null },
      other: { source: 'room', value: 4, count: 1, spread: 0 }
    })
    // The gap between what the cells show: 5 typed for sales, 3.5 from the room for marketing.
    expect(rowGap(row)).toBe(1.5)
    expect(rowGap(heatRow(area, heatOf([])))).toBe(4)
    expect(rowGap(heatRow({ ...area, ratings: { ...area.ratings, sales: null } }, heatOf([])))).toBeNull()
  })

  it('says whether a team’s phones rated any area', () => {
    const heat = heatOf([rating('p3', 'other', 'b', 4)])
    expect([teamRated(heat, 'other'), teamRated(heat, 'sales')]).toEqual([true, false])
  })
})

describe('dotsOf and agreementOf', () => {
  it('counts every dot of one vote, an option given twice twice', () => {
    const vote = (voter: string, subject: RoomVote['subject'], options: string[]): RoomVote => ({
      ...base,
      kind: 'vote',
      id: `vote:${voter}:${subject}`,
      voter,
      team: 'sales',
      subject,
      options
    })
    const dots = dotsOf([vote('p1', 'action', ['x', 'x', 'y']), vote('p2', 'action', ['y']), vote('p2', 'concern', ['x'])], 'action')
    expect([...dots]).toEqual([
      ['x', 2],
      ['y', 2]
    ])
  })

  it('counts agree and not yet per team on one subject', () => {
    const agreement = (voter: string, team: Team, subject: string, answer: RoomAgreement['answer']): RoomAgreement => ({
      ...base,
      kind: 'agreement',
      id: `agreement:${voter}:${subject}`,
      voter,
      team,
      subject,
      answer
    })
    const counts = agreementOf(
      [agreement('p1', 'sales', 'mql', 'agree'), agreement('p2', 'sales', 'mql', 'notYet'), agreement('p3', 'marketing', 'mql', 'agree'), agreement('p3', 'marketing', 'sql', 'notYet')],
      'mql'
    )
    expect(counts).toEqual({
      marketing: { agree: 1, notYet: 0 },
      sales: { agree: 1, notYet: 1 },
      management: { agree: 0, notYet: 0 },
      other: { agree: 0, notYet: 0 }
    })
  })
})

describe('cardsOf', () => {
  it('lists each card in its state, oldest first (seq as a number), merged cards beneath the card they joined', () => {
    const tally = cardsOf([
      card(10),
      card(9, { state: 'released', itemId: 'i' }),
      card(2, { mergedInto: 'card:run:9' }),
      card(3, { mergedInto: 'card:run:2' }),
      card(4, { state: 'hidden' }),
      card(1, { minute: 60_000 })
    ])
    expect(tally.queued.map((group) => group.card.id)).toEqual(['card:run:10', 'card:run:1'])
    expect(tally.released).toEqual([{ card: card(9, { state: 'released', itemId: 'i' }), merged: [card(2, { mergedInto: 'card:run:9' }), card(3, { mergedInto: 'card:run:2' })] }])
    expect(tally.hidden.map((group) => group.card.id)).toEqual(['card:run:4'])
  })

  it('lets a card merged into a missing card or into a circle stand alone', () => {
    const tally = cardsOf([card(1, { mergedInto: 'card:run:99' }), card(2, { mergedInto: 'card:run:3' }), card(3, { mergedInto: 'card:run:2' })])
    expect(tally.queued.map((group) => group.card.id)).toEqual(['card:run:1', 'card:run:2', 'card:run:3'])
  })
})
