import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderHook } from '@testing-library/react'
import { keepUnchanged, useKept } from '../../../renderer/db/keep-unchanged'

interface MiniItem {
  id: string
  list: string
  order: number
  area?: string
  text?: string
  ratings?: { marketing: number | null; sales: number | null }
}

/** A workshop's data as the live query reads it, in miniature. */
function reading() {
  return {
    workshop: { id: 'w', sharedGoal: '', updatedAt: 1, steps: { awareness: { completed: false, timeboxMinutes: 60 } }, deletedAt: null },
    participants: [{ id: 'p1', name: 'Anna', team: 'marketing' }],
    items: [
      { id: 'a', list: 'friction', order: 1, area: 'Hierarchy', ratings: { marketing: 2, sales: null } },
      { id: 'b', list: 'friction', order: 2, area: 'Information flow', ratings: { marketing: null, sales: 4 } },
      { id: 'c', list: 'voice', order: 1, text: 'They never call back' }
    ] as MiniItem[]
  }
}

describe('keepUnchanged', () => {
  it('keeps the previous reading itself when nothing changed', () => {
    const before = reading()
    expect(keepUnchanged(before, reading())).toBe(before)
  })

  it('keeps every unchanged record and part, and takes the changed ones', () => {
    const before = reading()
    const next = reading()
    next.workshop.sharedGoal = 'One team'
    next.workshop.updatedAt = 2
    const kept = keepUnchanged(before, next)
    expect(kept).toStrictEqual(next)
    expect(kept.workshop).not.toBe(before.workshop)
    expect(kept.workshop.steps).toBe(before.workshop.steps)
    expect(kept.participants).toBe(before.participants)
    expect(kept.items).toBe(before.items)
  })

  it('sees a changed item and keeps its neighbours', () => {
    const before = reading()
    const next = reading()
    next.items[1]!.ratings!.sales = 5
    const kept = keepUnchanged(before, next)
    expect(kept.items).not.toBe(before.items)
    expect(kept.items[1]).toStrictEqual(next.items[1])
    expect(kept.items[1]).not.toBe(before.items[1])
    expect(kept.items[1]?.ratings).not.toBe(before.items[1]?.ratings)
    expect(kept.items[0]).toBe(before.items[0])
    expect(kept.items[2]).toBe(before.items[2])
  })

  it('sees an added, a removed and a reordered item, keeping the others by id', () => {
    const before = reading()
    const added = reading()
    added.items.splice(1, 0, { id: 'new', list: 'benefit', order: 1, text: '' })
    const withAdded = keepUnchanged(before, added)
    expect(withAdded.items.map((item) => item.id)).toEqual(['a', 'new', 'b', 'c'])
    expect(withAdded.items[0]).toBe(before.items[0])
    expect(withAdded.items[2]).toBe(before.items[1])
    expect(withAdded.items[3]).toBe(before.items[2])

    const removed = reading()
    removed.items.splice(0, 1)
    const withRemoved = keepUnchanged(before, removed)
    expect(withRemoved.items.map((item) => item.id)).toEqual(['b', 'c'])
    expect(withRemoved.items[0]).toBe(before.items[1])

    const reordered = reading()
    reordered.items.reverse()
    const withReordered = keepUnchanged(before, reordered)
    expect(withReordered.items).not.toBe(before.items)
    expect(withReordered.items.map((item) => item.id)).toEqual(['c', 'b', 'a'])
    expect(withReordered.items[0]).toBe(before.items[2])
  })

  it('sees a field added or removed, also one that is undefined', () => {
    const before: Record<string, unknown> = { id: 'w', title: 'Kick-off' }
    const added = keepUnchanged(before, { id: 'w', title: 'Kick-off', reviewPlan: undefined })
    expect(added).not.toBe(before)
    expect(Object.hasOwn(added, 'reviewPlan')).toBe(true)
    expect(keepUnchanged(before, { id: 'w' })).toStrictEqual({ id: 'w' })
  })

  it('compares what is no plain object or array only by identity, so a change is never missed', () => {
    const before = { at: new Date(0), list: [new Date(0)] }
    const next = { at: new Date(0), list: [new Date(0)] }
    const kept = keepUnchanged(before, next)
    expect(kept.at).toBe(next.at)
    expect(kept.list[0]).toBe(next.list[0])
  })

  it('keeps a field named __proto__ a field, never a prototype', () => {
    const next = JSON.parse('{"id":"w","__proto__":{"polluted":true}}') as Record<string, unknown>
    const kept = keepUnchanged(JSON.parse('{"id":"v","__proto__":{"polluted":true}}'), next)
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype)
    expect(Object.hasOwn(kept, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('always answers a value equal to the new one, and the previous one itself when they are equal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (before, next) => {
        expect(keepUnchanged(before, next)).toStrictEqual(next)
        expect(keepUnchanged(before, structuredClone(before))).toBe(before)
      })
    )
  })
})

describe('useKept', () => {
  it('answers the value of the render before while the new one equals it, and the new one once it changed', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    const { result, rerender } = renderHook(({ value }) => useKept(value), { initialProps: { value: [a, b] } })
    const first = result.current
    rerender({ value: [a, b] })
    expect(result.current).toBe(first)

    rerender({ value: [a, c] })
    expect(result.current).toEqual([a, c])
    const second = result.current
    expect(second).not.toBe(first)
    rerender({ value: [a, c] })
    expect(result.current).toBe(second)
  })
})
