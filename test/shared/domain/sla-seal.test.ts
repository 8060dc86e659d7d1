import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Signature, SlaVersion } from '../../../shared/domain/sla'
import { contentFingerprint } from '../../../shared/domain/sla-fingerprint'
import { canonicalSealJson, checkSeal, imageDigest, sealGroups, sealOf, sealOnUpgrade, sealedLater } from '../../../shared/domain/sla-seal'
import { completeContent, copy } from './sla-fixture'

/** Two real PNGs of one pixel each (black and red), as the signature pad delivers them (much larger). */
const BLACK = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='
const RED = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
const SIGNED_AT = Date.UTC(2027, 3, 16, 14, 30)
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

function signedVersion(): { version: SlaVersion; signatures: Signature[] } {
  const content = completeContent()
  const fingerprint = contentFingerprint(content)
  const signature = (participantId: string, index: number, drawn: boolean): Signature => {
    const signer = content.parties.signatories.find((s) => s.participantId === participantId)!
    return {
      id: `s${index}`,
      versionId: 'v1',
      workshopId: 'w1',
      participantId,
      name: signer.name,
      signerName: signer.name,
      role: signer.role,
      team: signer.team,
      place: 'Hamburg',
      signedAt: SIGNED_AT - (2 - index) * 60_000,
      fingerprint,
      method: drawn ? 'drawn' : 'typed',
      image: drawn ? `data:image/png;base64,${BLACK}` : null
    }
  }
  const signatures = [signature('p1', 0, true), signature('p2', 1, false)]
  const facts = { number: 2, signedAt: SIGNED_AT, fingerprint, openItems: [{ code: 'noSqlDefinition', params: { count: 0 } }] }
  const version: SlaVersion = {
    id: 'v1',
    workshopId: 'w1',
    state: 'signed',
    createdAt: 1,
    content,
    ...facts,
    seal: sealOf(facts, signatures),
    sealedAt: SIGNED_AT,
    openItemsConfirmed: true,
    amends: null,
    reviewId: null
  }
  return { version, signatures }
}

describe('the seal of a signed version', () => {
  it('is the SHA-256 of the canonical JSON of the content’s fingerprint, number, signing time, open items and every signature', () => {
    const { version, signatures } = signedVersion()
    const json = canonicalSealJson({ ...version, fingerprint: version.fingerprint! }, signatures)
    expect(version.seal).toBe(sha256(json))
    const parsed = JSON.parse(json) as Record<string, unknown>
    expect(Object.keys(parsed)).toEqual(['content', 'number', 'openItems', 'seal', 'signatures', 'signedAt'])
    expect(parsed.content).toBe(version.fingerprint)
    // Ids are storage, not what was signed: a copy restored elsewhere keeps its seal.
    expect(json).not.toMatch(/"(id|versionId|workshopId|participantId)"/)
    // The drawn image enters as the SHA-256 of its PNG bytes — the bytes a Word file embeds.
    expect(json).toContain(`"image":"${sha256(Buffer.from(BLACK, 'base64'))}"`)
  })

  it('keeps its canonical form (golden value): seals printed on paper must stay comparable for years', () => {
    const signature = { participantId: 'p1', name: 'Anna', signerName: 'Anna', role: 'CMO', team: 'marketing', place: 'Ulm', signedAt: 5, method: 'typed', fingerprint: 'ab', image: null } as const
    const json = canonicalSealJson({ number: 1, signedAt: 6, fingerprint: 'ab', openItems: [] }, [signature])
    expect(json).toBe(
      '{"content":"ab","number":1,"openItems":[],"seal":1,"signatures":[{"fingerprint":"ab","image":null,"method":"typed","name":"Anna","place":"Ulm","role":"CMO","signedAt":5,"signerName":"Anna","team":"marketing"}],"signedAt":6}'
    )
  })

  it('does not depend on the order the signatures are stored in, nor on ids', () => {
    const { version, signatures } = signedVersion()
    const elsewhere = signatures.map((s, i) => ({ ...s, id: `x${i}`, versionId: 'v9', workshopId: 'w9' })).reverse()
    expect(sealOf({ ...version, fingerprint: version.fingerprint! }, elsewhere)).toBe(version.seal)
  })

  it.each<[string, (v: SlaVersion, s: Signature[]) => void]>([
    ['the version number', (v) => (v.number = 3)],
    ['the signing time', (v) => (v.signedAt = SIGNED_AT + 1)],
    ['the open items', (v) => (v.openItems = [])],
    ['a signature’s place', (_, s) => (s[0]!.place = 'Berlin')],
    ['a signature’s time', (_, s) => (s[1]!.signedAt -= 86_400_000)],
    ['a signer’s name', (_, s) => (s[0]!.signerName = 'Anna Other')],
    ['the typed name', (_, s) => (s[1]!.name = 'Bernd V.')],
    ['a signer’s role', (_, s) => (s[0]!.role = 'Intern')],
    ['a signer’s team', (_, s) => (s[0]!.team = 'sales')],
    ['how a signature was given', (_, s) => (s[1]!.method = 'drawn')],
    ['the drawn image', (_, s) => (s[0]!.image = `data:image/png;base64,${RED}`)],
    ['a signature added', (_, s) => s.push({ ...s[0]!, id: 's9', participantId: 'p3', name: 'Clara Chef', signerName: 'Clara Chef' })]
  ])('changes with %s, and the version then does not match its seal', (_what, change) => {
    const { version, signatures } = signedVersion()
    const changed = copy(version)
    const changedSignatures = copy(signatures)
    change(changed, changedSignatures)
    expect(sealOf({ ...changed, fingerprint: changed.fingerprint! }, changedSignatures)).not.toBe(version.seal)
    expect(checkSeal(changed, changedSignatures)).toEqual({ ok: false, problems: ['sealMismatch'] })
  })
})

describe('checking a version against its seal', () => {
  it('passes a version as it was signed, and any draft', () => {
    const { version, signatures } = signedVersion()
    expect(checkSeal(version, signatures)).toEqual({ ok: true, problems: [] })
    expect(checkSeal({ ...version, state: 'superseded' }, signatures).ok).toBe(true)
    expect(checkSeal({ ...version, state: 'draft', content: null, fingerprint: null, seal: null }, []).ok).toBe(true)
  })

  it('says the content changed when it no longer gives its fingerprint, and that the seal does not match either', () => {
    const { version, signatures } = signedVersion()
    const changed = copy(version)
    changed.content!.targets[0]!.value = 1
    expect(checkSeal(changed, signatures)).toEqual({ ok: false, problems: ['contentChanged'] })
    // Recomputing the fingerprint (and the signatures' copies of it) does not help: the seal covers it.
    changed.fingerprint = contentFingerprint(changed.content!)
    expect(checkSeal(changed, signatures.map((s) => ({ ...s, fingerprint: changed.fingerprint! })))).toEqual({ ok: false, problems: ['sealMismatch'] })
  })

  it('says signatures are missing when a required signature is gone or was given for other content', () => {
    const { version, signatures } = signedVersion()
    expect(checkSeal(version, signatures.slice(1)).problems).toEqual(['signaturesMissing', 'sealMismatch'])
    const moved = [signatures[0]!, { ...signatures[1]!, fingerprint: 'f'.repeat(64) }]
    expect(checkSeal(version, moved).problems).toEqual(['signaturesMissing', 'sealMismatch'])
  })

  it('leaves out a signature given for other content (it is not part of the signed version)', () => {
    const { version, signatures } = signedVersion()
    const stale = { ...signatures[0]!, id: 'old', participantId: 'p3', fingerprint: 'e'.repeat(64) }
    expect(checkSeal(version, [...signatures, stale])).toEqual({ ok: true, problems: [] })
  })

  it('says a signed version has no seal', () => {
    const { version, signatures } = signedVersion()
    expect(checkSeal({ ...version, seal: null }, signatures)).toEqual({ ok: false, problems: ['noSeal'] })
  })
})

describe('sealing a version signed before seals existed', () => {
  it('seals it now when its content and signatures pass the checks of its time', () => {
    const { version, signatures } = signedVersion()
    const later = Date.UTC(2027, 10, 1)
    expect(sealOnUpgrade({ ...version, seal: null }, signatures, later)).toEqual({ seal: version.seal, sealedAt: later })
    expect(sealedLater({ signedAt: SIGNED_AT, sealedAt: later })).toBe(true)
    expect(sealedLater(version)).toBe(false)
  })

  it('leaves it without a seal when its content was changed or a signature is missing — never blessing a forgery', () => {
    const { version, signatures } = signedVersion()
    const changed = copy(version)
    changed.content!.organisation = 'Other GmbH'
    expect(sealOnUpgrade(changed, signatures, 9)).toEqual({ seal: null, sealedAt: null })
    expect(sealOnUpgrade(version, signatures.slice(0, 1), 9)).toEqual({ seal: null, sealedAt: null })
    expect(sealOnUpgrade({ ...version, state: 'draft' }, signatures, 9)).toEqual({ seal: null, sealedAt: null })
  })
})

describe('the seal for reading aloud', () => {
  it('is all 64 hex digits, upper case, in two lines of eight groups of four', () => {
    const seal = '1bcc4f2a91c05b7e0d44aa00bb11cc22dd33ee44ff5566778899aabbccddeeff'
    expect(sealGroups(seal)).toEqual(['1BCC 4F2A 91C0 5B7E 0D44 AA00 BB11 CC22', 'DD33 EE44 FF55 6677 8899 AABB CCDD EEFF'])
  })

  it('hashes a drawn signature by its PNG bytes, a typed one not at all', () => {
    expect(imageDigest(`data:image/png;base64,${RED}`)).toBe(sha256(Buffer.from(RED, 'base64')))
    expect(imageDigest(null)).toBeNull()
    expect(imageDigest('not a data url')).toBe(sha256('not a data url'))
  })
})
