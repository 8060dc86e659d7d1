import { describe, expect, it } from 'vitest'
import { exportMinutesDocx } from '../../../shared/docx/index'
import { itemsOf } from '../../../shared/domain/items'
import type { RoomRating } from '../../../shared/domain/room-records'
import type { Team } from '../../../shared/domain/workshop'
import { minutesInput } from './docx-fixtures'
import { part, textOf } from './docx-test-support'

/** Issue 14 §5: the minutes' heat map shows what the room's phones rated, and how many people rated. */
function withRoom(language: 'de' | 'en') {
  const input = minutesInput(language)
  const [area] = itemsOf(input.items, 'friction')
  const rating = (voter: string, team: Team, value: RoomRating['rating']): RoomRating => ({
    id: `rating:${voter}:${area!.id}`,
    workshopId: input.workshop.id,
    team,
    minute: 0,
    kind: 'rating',
    voter,
    itemId: area!.id,
    rating: value
  })
  return { ...input, roomRatings: [rating('p1', 'sales', 3), rating('p2', 'sales', 4), rating('p3', 'other', 5)] }
}

const documentText = async (input: Parameters<typeof exportMinutesDocx>[0]) => textOf(part(await exportMinutesDocx(input), 'word/document.xml'))

describe('the minutes’ heat map with the room’s ratings', () => {
  it.each([
    ['en', '3 people rated the friction areas on their phones.', '3.5 n = 2, Δ 1', '5.0 n = 1, Δ 0', '1.5', 'Other'],
    ['de', '3 Personen haben die Reibungsfelder auf dem eigenen Handy bewertet.', '3,5 n = 2, Δ 1', '5,0 n = 1, Δ 0', '1,5', 'Sonstige']
  ] as const)('(%s) say how many people rated and show the average, the count and the spread, the gap between what they show', async (language, people, average, one, gap, other) => {
    const bytes = await exportMinutesDocx(withRoom(language))
    const text = textOf(part(bytes, 'word/document.xml'))
    for (const words of [people, average, one, gap, other]) expect(text).toContain(words)
    // With a column more, every word still fits its column: none is broken by a hyphen.
    expect(part(bytes, 'word/document.xml')).not.toContain('w:softHyphen')
  })

  it('say nothing of the room when it did not rate, and keep the typed ratings', async () => {
    const input = minutesInput('en')
    const text = await documentText(input)
    expect(text).not.toContain('on their phones')
    expect(text).not.toContain('Other')
    expect(await documentText({ ...input, roomRatings: [] })).toBe(text)
  })
})
