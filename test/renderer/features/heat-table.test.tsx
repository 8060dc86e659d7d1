import { render, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { HeatTable } from '../../../renderer/features/steps/HeatTable'
import type { ItemOf } from '../../../shared/domain/items'
import type { RoomRating } from '../../../shared/domain/room-records'
import { heatOf } from '../../../shared/domain/room-tally'
import type { Team } from '../../../shared/domain/workshop'

/** Issue 14 §5: step 1's heat map (and the projector's) shows what the room's phones rated. */
const area: ItemOf<'friction'> = {
  id: 'area-1',
  workshopId: 'w',
  list: 'friction',
  order: 1,
  status: 'proposed',
  area: 'Lead follow-up',
  ratings: { marketing: 2, sales: 5, management: null },
  notes: ''
}
const rating = (voter: string, team: Team, value: RoomRating['rating']): RoomRating => ({
  id: `rating:${voter}:area-1`,
  workshopId: 'w',
  team,
  minute: 0,
  kind: 'rating',
  voter,
  itemId: 'area-1',
  rating: value
})
const cells = () => within(screen.getByRole('row', { name: /Lead follow-up/ })).getAllByRole('cell').map((cell) => cell.textContent)

afterEach(async () => {
  await i18next.changeLanguage('en')
})

describe('HeatTable', () => {
  it('shows the typed ratings and their gap while the room has not rated', () => {
    render(<HeatTable areas={[area]} caption="Heat map" />)
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Friction area', 'Marketing', 'Sales', 'Management', 'Gap'])
    expect(cells()).toEqual(['2', '5', '– not rated', '3 ⚠'])
  })

  it('shows the room’s average to one decimal, the number of ratings and the spread where the phones rated, and the gap between what it shows', async () => {
    const heat = heatOf([rating('p1', 'sales', 3), rating('p2', 'sales', 4), rating('p3', 'sales', 4), rating('p4', 'other', 1)])
    const { rerender } = render(<HeatTable areas={[area]} heat={heat} caption="Heat map" />)
    expect(screen.getByRole('columnheader', { name: 'Other' })).toBeInTheDocument()
    expect(cells()).toEqual(['2', '3.73 ratings from the room · spread 1', '– not rated', '1.01 rating from the room', '1.7'])
    await i18next.changeLanguage('de')
    rerender(<HeatTable areas={[area]} heat={heat} caption="Heatmap" />)
    expect(cells()).toEqual(['2', '3,73 Bewertungen aus dem Raum · Streuung 1', '– nicht bewertet', '1,01 Bewertung aus dem Raum', '1,7'])
  })

  it('shows each change when drawn again: a rating typed, an area renamed, a room rating, the areas reordered', () => {
    const other: ItemOf<'friction'> = { ...area, id: 'area-2', order: 2, area: 'Hierarchy', ratings: { marketing: 1, sales: 1, management: 3 } }
    const rowTexts = () => screen.getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent))
    const { rerender } = render(<HeatTable areas={[area, other]} caption="Heat map" />)
    expect(rowTexts()).toEqual([
      ['Lead follow-up', '2', '5', '– not rated', '3 ⚠'],
      ['Hierarchy', '1', '1', '3', '0']
    ])

    const retyped: ItemOf<'friction'> = { ...area, ratings: { ...area.ratings, sales: 3 } }
    rerender(<HeatTable areas={[retyped, other]} caption="Heat map" />)
    expect(rowTexts()[0]).toEqual(['Lead follow-up', '2', '3', '– not rated', '1'])

    const renamed = { ...other, area: 'Hierarchy & reporting line' }
    rerender(<HeatTable areas={[retyped, renamed]} caption="Heat map" />)
    expect(rowTexts()[1]![0]).toBe('Hierarchy & reporting line')

    rerender(<HeatTable areas={[retyped, renamed]} heat={heatOf([rating('p1', 'marketing', 5)])} caption="Heat map" />)
    expect(rowTexts()[0]).toEqual(['Lead follow-up', '5.01 rating from the room', '3', '– not rated', '2 ⚠'])
    expect(rowTexts()[1]![1]).toBe('1')

    rerender(<HeatTable areas={[renamed, retyped]} heat={heatOf([rating('p1', 'marketing', 5)])} caption="Heat map" />)
    expect(rowTexts().map((row) => row[0])).toEqual(['Hierarchy & reporting line', 'Lead follow-up'])
  })
})
