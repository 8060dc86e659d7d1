import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { SmarketingDb } from '../../../renderer/db/db'
import type { Signature } from '../../../shared/domain/sla'
import { contentFingerprint } from '../../../shared/domain/sla-fingerprint'
import { checkSeal } from '../../../shared/domain/sla-seal'
import { completeContent } from '../../shared/domain/sla-fixture'
import { V5_V6_STORES } from './test-db'

describe('schema upgrade to version 6', () => {
  it('seals each signed version as it is stored, leaves one changed since signing unsealed, and a draft without a seal', async () => {
    const name = `upgrade-v6-${Date.now()}`
    const old = new Dexie(name)
    old.version(5).stores(V5_V6_STORES)
    await old.open()
    const content = completeContent()
    const fingerprint = contentFingerprint(content)
    const tampered = { ...content, organisation: 'Edited in IndexedDB GmbH' }
    const base = { workshopId: 'w1', createdAt: 1, openItems: [], openItemsConfirmed: false, reviewId: null }
    await old.table('slaVersions').bulkAdd([
      { ...base, id: 'v1', number: 1, state: 'superseded', content, fingerprint, signedAt: 100, amends: null },
      { ...base, id: 'v2', number: 2, state: 'signed', content: tampered, fingerprint, signedAt: 200, amends: 'v1' },
      { ...base, id: 'v3', number: 3, state: 'draft', content: null, fingerprint: null, signedAt: null, amends: 'v2' }
    ])
    const signatures: Signature[] = ['v1', 'v2'].flatMap((versionId) =>
      content.parties.signatories.map((signer, index) => ({
        id: `${versionId}-s${index}`,
        versionId,
        workshopId: 'w1',
        participantId: signer.participantId,
        name: signer.name,
        signerName: signer.name,
        role: signer.role,
        team: signer.team,
        place: 'Ulm',
        signedAt: 50 + index,
        fingerprint,
        method: 'typed' as const,
        image: null
      }))
    )
    await old.table('signatures').bulkAdd(signatures)
    old.close()

    const before = Date.now()
    const upgraded = new SmarketingDb(name)
    try {
      const [v1, v2, v3] = await upgraded.slaVersions.bulkGet(['v1', 'v2', 'v3'])
      expect(v1).toMatchObject({ seal: expect.stringMatching(/^[0-9a-f]{64}$/) })
      expect(v1!.sealedAt).toBeGreaterThanOrEqual(before)
      expect(checkSeal(v1!, signatures.filter((s) => s.versionId === 'v1'))).toEqual({ ok: true, problems: [] })
      // Changed before the update: never blessed with a seal, shown as not matching it.
      expect(v2).toMatchObject({ seal: null, sealedAt: null })
      expect(checkSeal(v2!, signatures.filter((s) => s.versionId === 'v2')).problems).toEqual(['contentChanged', 'noSeal'])
      expect(v3).toMatchObject({ seal: null, sealedAt: null })
    } finally {
      upgraded.close()
      await Dexie.delete(name)
    }
  })
})
