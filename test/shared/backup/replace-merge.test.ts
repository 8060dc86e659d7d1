import { describe, expect, it } from 'vitest'
import { isConsistentChain } from '../../../shared/backup/replace-merge'
import type { SlaState, SlaVersion } from '../../../shared/domain/sla'

const version = (number: number, state: SlaState): SlaVersion => ({
  id: `v${number}-${state}`,
  workshopId: 'w',
  number,
  state,
  createdAt: number,
  content: null,
  fingerprint: null,
  seal: null,
  sealedAt: null,
  signedAt: state === 'draft' ? null : number,
  openItems: [],
  openItemsConfirmed: false,
  amends: null,
  reviewId: null
})

describe('one current version chain', () => {
  it('accepts what the app creates: superseded versions, one signed, a draft on top', () => {
    expect(isConsistentChain([])).toBe(true)
    expect(isConsistentChain([version(1, 'draft')])).toBe(true)
    expect(isConsistentChain([version(2, 'signed'), version(1, 'superseded'), version(3, 'draft')])).toBe(true)
  })

  it('refuses two versions with one number, a draft under a signed one, two signed ones, a superseded one on top', () => {
    expect(isConsistentChain([version(1, 'superseded'), version(2, 'signed'), { ...version(2, 'signed'), id: 'other' }])).toBe(false)
    expect(isConsistentChain([version(1, 'draft'), version(2, 'signed')])).toBe(false)
    expect(isConsistentChain([version(1, 'signed'), version(2, 'signed')])).toBe(false)
    expect(isConsistentChain([version(1, 'signed'), version(2, 'superseded')])).toBe(false)
  })
})
