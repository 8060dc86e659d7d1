import { render, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { ItemList } from '../../../renderer/features/items/ItemList'
import type { ItemOf } from '../../../shared/domain/items'

/** Issue 14: a keystroke's save redraws the row of the item it changed, not every row of the list. */
const benefit = (id: string, order: number, text: string): ItemOf<'benefit'> => ({ id, workshopId: 'w', list: 'benefit', order, status: 'proposed', text })
const quoted = (_t: TFunction, item: ItemOf<'benefit'>) => `“${item.text}”`
const onAdd = () => Promise.resolve()

function list(items: ItemOf<'benefit'>[], renderItem: (item: ItemOf<'benefit'>) => ReactNode) {
  return <ItemList label="Benefits" items={items} addLabel="Add benefit" describe={quoted} onAdd={onAdd} renderItem={renderItem} ordered />
}

const rows = () => within(screen.getByRole('list', { name: 'Benefits' })).getAllByRole('listitem')

describe('ItemList', () => {
  it('draws again only the row whose item changed', () => {
    const drawn = vi.fn((item: ItemOf<'benefit'>) => <span>{item.text}</span>)
    const items = [benefit('a', 1, 'Fewer lost leads'), benefit('b', 2, 'Shorter sales cycle'), benefit('c', 3, 'One forecast')]
    const { rerender } = render(list(items, drawn))
    expect(drawn).toHaveBeenCalledTimes(3)

    drawn.mockClear()
    rerender(list([items[0]!, { ...items[1]!, text: 'Shorter cycle' }, items[2]!], drawn))
    expect(drawn.mock.calls.map(([item]) => item.id)).toEqual(['b'])
    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringContaining('Fewer lost leads'),
      expect.stringContaining('Shorter cycle'),
      expect.stringContaining('One forecast')
    ])
  })

  it('draws a row again when its place changed, and every row when it is drawn with another function', () => {
    const drawn = vi.fn((item: ItemOf<'benefit'>) => <span>{item.text}</span>)
    const [a, b, c] = [benefit('a', 1, 'A'), benefit('b', 2, 'B'), benefit('c', 3, 'C')]
    const { rerender } = render(list([a, b, c], drawn))

    drawn.mockClear()
    rerender(list([a, b], drawn))
    // b is last now: its "Move down" is disabled without its item having changed.
    expect(within(rows()[1]!).getByRole('button', { name: 'Move down: “B”' })).toBeDisabled()

    rerender(list([b, a], drawn))
    expect(rows().map((row) => within(row).getByText(/^[AB]$/).textContent)).toEqual(['B', 'A'])
    expect(within(rows()[0]!).getByRole('button', { name: 'Move up: “B”' })).toBeDisabled()

    drawn.mockClear()
    const other = vi.fn((item: ItemOf<'benefit'>) => <strong>{item.text}!</strong>)
    rerender(list([b, a], other))
    expect(drawn).not.toHaveBeenCalled()
    expect(other).toHaveBeenCalledTimes(2)
    expect(rows().map((row) => row.querySelector('strong')?.textContent)).toEqual(['B!', 'A!'])
  })
})
