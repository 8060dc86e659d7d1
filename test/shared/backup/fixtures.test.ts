import { readdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, BACKUP_FILE_EXTENSION, type BackupData, type BackupWorkshop } from '../../../shared/backup/format'
import { parseBackup, type ParseResult } from '../../../shared/backup/parse-backup'
import { FIELD_LIMITS } from '../../../shared/domain/field-limits'
import { itemsOf } from '../../../shared/domain/items'
import { cardsOf, heatOf } from '../../../shared/domain/room-tally'
import { CARD_TEXT_FIELD } from '../../../shared/room/kinds'
import { slaDefaultItems } from '../../../shared/domain/sla-defaults'
import type { SlaVersion } from '../../../shared/domain/sla'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { checkSeal, sealedLater } from '../../../shared/domain/sla-seal'
import { STEP_IDS } from '../../../shared/domain/workshop'

/**
 * STYLE "Append-only migrations": one real backup file of every format version, kept as it was
 * written, must import with today's code.
 */
const DIR = resolve(import.meta.dirname, '../../fixtures/backup')
const FIXTURES: Record<number, string> = {
  1: 'v1-before-step-4.smarketing',
  2: 'v2-signed-sla.smarketing',
  3: 'v3-reviews.smarketing',
  4: 'v4-agenda.smarketing',
  5: 'v5-signer-snapshot.smarketing',
  6: 'v6-seal.smarketing',
  7: 'v7-field-limits.smarketing',
  8: 'v8-crm-import.smarketing',
  9: 'v9-room-answers.smarketing'
}

/** The moment the fixtures are imported in these tests: what a migration seals is sealed then. */
const IMPORTED_AT = Date.UTC(2027, 11, 1, 9)

async function load(version: number): Promise<{ text: string; result: Extract<ParseResult, { ok: true }> }> {
  const text = await readFile(resolve(DIR, FIXTURES[version]!), 'utf8')
  const result = await parseBackup(text, { newId: counter(), now: IMPORTED_AT })
  if (!result.ok) throw new Error(`Fixture v${version} refused: ${JSON.stringify(result.error)}`)
  return { text, result }
}

function withoutSeal({ seal: _seal, sealedAt: _sealedAt, ...version }: SlaVersion): Omit<SlaVersion, 'seal' | 'sealedAt'> {
  return version
}

/** A file from before room mode reads back with no room answers; without them, it is the file's data. */
function beforeRoom(data: BackupData): { workshops: Array<Omit<BackupWorkshop, 'roomAnswers'>> } {
  for (const entry of data.workshops) expect(entry.roomAnswers).toEqual([])
  return { workshops: data.workshops.map(({ roomAnswers: _r, ...entry }) => entry) }
}

function counter() {
  let n = 0
  return () => `migrated-${++n}`
}

describe('backup files of every format version', () => {
  it('has a fixture for every version up to the current one', async () => {
    const files = (await readdir(DIR)).filter((name) => name.endsWith(`.${BACKUP_FILE_EXTENSION}`)).sort()
    expect(Object.keys(FIXTURES).map(Number)).toEqual(Array.from({ length: BACKUP_FORMAT_VERSION }, (_, i) => i + 1))
    expect(files).toEqual(Object.values(FIXTURES).sort())
    for (const [version, name] of Object.entries(FIXTURES)) {
      expect((JSON.parse(await readFile(resolve(DIR, name), 'utf8')) as { version: number }).version).toBe(Number(version))
    }
  })

  it('version 1: gets step 4 — currency, calculator, governance and the example items — like the database upgrade', async () => {
    const { text, result } = await load(1)
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 1, to: BACKUP_FORMAT_VERSION } }])
    expect(result.info.version).toBe(1)
    const [entry] = result.data.workshops
    const original = (JSON.parse(text) as { data: { workshops: Array<{ items: unknown[] }> } }).data.workshops[0]!
    expect(entry!.workshop).toMatchObject({ currency: 'EUR', governance: { startDate: '2026-10-05', termMonths: 12, reviewCadence: 'quarterly' } })
    expect(entry!.workshop.governance.escalation).toMatch(/Geschäftsleitung/)
    const seeds = slaDefaultItems('de', 'v2')
    expect(entry!.items).toHaveLength(original.items.length + seeds.length)
    // The examples come after the existing items, in order, with fresh ids.
    const raci = itemsOf(entry!.items, 'raci')
    expect(raci[0]).toMatchObject({ id: 'migrated-1', status: 'proposed', activity: 'Relevanten Website-Traffic gewinnen (Inbound)' })
    expect(raci.map((item) => item.order)).toEqual(raci.map((_, i) => i + 1 + Math.max(...(original.items as Array<{ order: number }>).map((o) => o.order))))
    expect([entry!.slaVersions, entry!.signatures, entry!.reviews]).toEqual([[], [], []])
  })

  it('version 2: signed versions unchanged, no reviews yet', async () => {
    const { text, result } = await load(2)
    expect(result.warnings).toEqual([
      { code: 'migrated', params: { from: 2, to: BACKUP_FORMAT_VERSION } },
      { code: 'sealedOnImport', params: { count: 2 } }
    ])
    const file = JSON.parse(text) as { data: { workshops: Array<Record<string, unknown>> } }
    const asInFile = beforeRoom(result.data).workshops.map(({ reviews: _r, signatures, slaVersions, workshop: { agenda: _a, ...workshop }, ...rest }) => ({
      ...rest,
      workshop,
      slaVersions: slaVersions.map(withoutSeal),
      signatures: signatures.map(({ signerName: _s, ...signature }) => signature)
    }))
    expect(asInFile).toEqual(file.data.workshops)
    for (const version of result.data.workshops.flatMap((w) => w.slaVersions).filter((v) => v.content)) {
      expect(await slaFingerprint(version.content!)).toBe(version.fingerprint)
    }
  })

  it('version 3: reviews of signed versions, read back exactly; the agenda is the steps in order; signatures get their signer’s name', async () => {
    const { text, result } = await load(3)
    expect(result.warnings).toEqual([
      { code: 'migrated', params: { from: 3, to: BACKUP_FORMAT_VERSION } },
      { code: 'sealedOnImport', params: { count: 2 } }
    ])
    const file = JSON.parse(text) as { data: { workshops: Array<{ workshop: Record<string, unknown>; signatures: Array<{ name: string }> }> } }
    const expected = file.data.workshops.map((w) => ({ ...w, signatures: w.signatures.map((s) => ({ ...s, signerName: s.name })) }))
    expect(beforeRoom(result.data).workshops.map(({ workshop: { agenda: _a, ...workshop }, slaVersions, ...rest }) => ({ ...rest, slaVersions: slaVersions.map(withoutSeal), workshop }))).toEqual(
      expected
    )
    for (const { workshop } of result.data.workshops) {
      expect(workshop.agenda).toEqual({ startTime: '09:00', entries: STEP_IDS.map((step) => ({ kind: 'step', step })) })
    }
    const [entry] = result.data.workshops
    expect(entry!.reviews.map((r) => [r.period, r.state])).toEqual([
      ['2027-Q2', 'closed'],
      ['2027-Q3', 'open']
    ])
    expect(entry!.slaVersions.find((v) => v.number === 2)!.reviewId).toBe(entry!.reviews[0]!.id)
  })

  it('version 4: the agenda with its start time and breaks, read back exactly', async () => {
    const { result } = await load(4)
    expect(result.warnings).toEqual([
      { code: 'migrated', params: { from: 4, to: BACKUP_FORMAT_VERSION } },
      { code: 'sealedOnImport', params: { count: 2 } }
    ])
    const agenda = result.data.workshops[0]!.workshop.agenda
    expect(agenda.startTime).toBe('08:30')
    expect(agenda.entries.filter((e) => e.kind === 'break').map((e) => e.kind === 'break' && [e.name, e.minutes])).toEqual([
      ['Kaffeepause', 20],
      ['Mittagspause', 50]
    ])
  })

  it('version 5: a signature keeps the signer as they were when signing, though the participant was renamed since', async () => {
    const { text, result } = await load(5)
    expect(result.warnings).toEqual([
      { code: 'migrated', params: { from: 5, to: BACKUP_FORMAT_VERSION } },
      { code: 'sealedOnImport', params: { count: 2 } }
    ])
    expect(beforeRoom(result.data).workshops.map(({ slaVersions, ...rest }) => ({ ...rest, slaVersions: slaVersions.map(withoutSeal) }))).toEqual(
      (JSON.parse(text) as { data: { workshops: unknown[] } }).data.workshops
    )
    const [entry] = result.data.workshops
    const tom = entry!.participants.find((p) => p.name === 'Tom Weber-Schulz')!
    expect(entry!.signatures.filter((s) => s.participantId === tom.id).map((s) => s.signerName)).toEqual(['Tom Weber', 'Tom Weber'])
  })

  it('version 5 → 6: each signed version is sealed at the import, as it is; one changed since signing stays unsealed', async () => {
    const { result } = await load(5)
    for (const { slaVersions, signatures } of result.data.workshops) {
      for (const version of slaVersions.filter((v) => v.state !== 'draft')) {
        expect(version).toMatchObject({ seal: expect.stringMatching(/^[0-9a-f]{64}$/), sealedAt: IMPORTED_AT })
        expect(sealedLater(version)).toBe(true)
        expect(checkSeal(version, signatures.filter((s) => s.versionId === version.id))).toEqual({ ok: true, problems: [] })
      }
    }
    const file = JSON.parse(await readFile(resolve(DIR, FIXTURES[5]!), 'utf8')) as { data: { workshops: Array<{ slaVersions: Array<{ content: { title: string } }> }> } }
    file.data.workshops[0]!.slaVersions[1]!.content.title = 'Changed in the file'
    const changed = await parseBackup(JSON.stringify(file), { now: IMPORTED_AT })
    if (!changed.ok) throw new Error(JSON.stringify(changed.error))
    expect(changed.data.workshops[0]!.slaVersions[1]).toMatchObject({ seal: null, sealedAt: null })
    expect(changed.warnings).toContainEqual({ code: 'sealBroken', params: { workshop: expect.any(String), number: 2 } })
  })

  it('version 6: every signed version carries the seal it was signed with, and reads back exactly', async () => {
    const { text, result } = await load(6)
    expect(result.warnings).toEqual([])
    expect(beforeRoom(result.data)).toEqual((JSON.parse(text) as { data: unknown }).data)
    const signed = result.data.workshops.flatMap((w) => w.slaVersions.filter((v) => v.state !== 'draft').map((v) => ({ v, signatures: w.signatures })))
    expect(signed.length).toBeGreaterThan(0)
    for (const { v, signatures } of signed) expect(checkSeal(v, signatures.filter((s) => s.versionId === v.id)).ok).toBe(true)
  })

  it('version 6: texts longer than their fields take today (typed before the limits) read back as they are', async () => {
    const text = await readFile(resolve(DIR, FIXTURES[6]!), 'utf8')
    const file = JSON.parse(text) as { data: { workshops: Array<{ workshop: { sharedGoal: string }; participants: Array<{ name: string }> }> } }
    const entry = file.data.workshops[0]!
    entry.workshop.sharedGoal = 'Gemeinsam gewinnen wir Kunden. '.repeat(1000)
    entry.participants[0]!.name = 'Anna '.repeat(1000)
    const result = await parseBackup(JSON.stringify(file), { now: IMPORTED_AT })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.warnings).toEqual([])
    expect(beforeRoom(result.data)).toEqual(file.data)
  })

  it('version 7: every text within its field’s limit reads back exactly; a field beyond it is damage', async () => {
    const { text, result } = await load(7)
    expect(result.warnings).toEqual([])
    expect(beforeRoom(result.data)).toEqual((JSON.parse(text) as { data: unknown }).data)
    expect(result.data.workshops[0]!.workshop.sharedGoal).toHaveLength(FIELD_LIMITS.long)
    const file = JSON.parse(text) as { data: { workshops: Array<{ participants: Array<{ name: string }> }> } }
    file.data.workshops[0]!.participants[0]!.name = 'A'.repeat(FIELD_LIMITS.short + 1)
    const beyond = await parseBackup(JSON.stringify(file), { now: IMPORTED_AT })
    expect(beyond.ok && beyond.warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'participant', count: 1 } }])
  })

  it('version 8: the workshop’s remembered CRM columns and a review’s CRM figures read back exactly; figures per owner are damage', async () => {
    const { text, result } = await load(8)
    expect(result.warnings).toEqual([])
    expect(beforeRoom(result.data)).toEqual((JSON.parse(text) as { data: unknown }).data)
    const [entry] = result.data.workshops
    expect(entry!.workshop.crmMapping).toMatchObject({ preset: 'hubspot', columns: { id: 'Record ID' }, stages: { customer: 'Kunde' } })
    expect(entry!.reviews[1]!.crm).toMatchObject({ fileName: 'hubspot-kontakte-q3.csv', figures: { period: '2027-Q3', mqls: { count: 213 } } })
    // A backup never holds figures per owner: a review that has them is refused, the rest restores.
    const file = JSON.parse(text) as { data: { workshops: Array<{ reviews: Array<{ crm: { figures: Record<string, unknown> } | null }> }> } }
    file.data.workshops[0]!.reviews[1]!.crm!.figures.owners = [{ owner: 'Ute Übel', mqls: 3, sqls: 1 }]
    const withOwners = await parseBackup(JSON.stringify(file), { now: IMPORTED_AT })
    expect(withOwners.ok && withOwners.warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'review', count: 1 } }])
  })

  it('version 9: the room’s ratings, cards, votes and agreements read back exactly and add up; a card beyond its kind’s limit is damage', async () => {
    const { text, result } = await load(9)
    expect(result.warnings).toEqual([])
    expect(result.data).toEqual((JSON.parse(text) as { data: unknown }).data)
    const [entry, other] = result.data.workshops
    expect(other!.roomAnswers).toEqual([])
    const answers = entry!.roomAnswers
    const ratings = answers.filter((answer) => answer.kind === 'rating')
    const firstArea = itemsOf(entry!.items, 'friction')[0]!.id
    expect(heatOf(ratings).get(firstArea)).toEqual({
      marketing: { count: 2, average: 4.5, spread: 1 },
      sales: { count: 2, average: 1.5, spread: 1 },
      management: { count: 1, average: 3, spread: 0 },
      other: { count: 0, average: null, spread: null }
    })
    const cards = cardsOf(answers.filter((answer) => answer.kind === 'card'))
    expect(cards.released.map((group) => [group.card.text, group.merged.length])).toEqual([['Marketing-Leads sind oft zu früh im Kaufprozess.', 1]])
    expect(itemsOf(entry!.items, 'voice').some((item) => item.id === cards.released[0]!.card.itemId)).toBe(true)

    const file = JSON.parse(text) as { data: { workshops: Array<{ roomAnswers: Array<{ kind: string; card?: string; text?: string; mergedInto?: string | null }> }> } }
    const roomAnswers = file.data.workshops[0]!.roomAnswers
    const voice = roomAnswers.find((answer) => answer.card === 'voice' && answer.mergedInto === null)!
    voice.text = 'x'.repeat(FIELD_LIMITS[CARD_TEXT_FIELD.voice] + 1)
    const tooLong = await parseBackup(JSON.stringify(file), { now: IMPORTED_AT })
    // The card merged into it stands alone again.
    expect(tooLong.ok && tooLong.warnings).toEqual([
      { code: 'recordsRepaired', params: { kind: 'roomAnswer', count: 1, fields: 'mergedInto' } },
      { code: 'recordsDropped', params: { kind: 'roomAnswer', count: 1 } }
    ])
  })

  it('version 7 read by today’s app: a workshop without remembered columns and reviews without CRM figures', async () => {
    const { result } = await load(7)
    expect(result.data.workshops[0]!.workshop.crmMapping).toBeUndefined()
    expect(result.data.workshops[0]!.reviews.map((review) => review.crm)).toEqual([undefined, undefined])
  })

  it('version 3 → 5: the signer’s name comes from the signed version, not from a participant deleted or renamed since', async () => {
    const text = await readFile(resolve(DIR, FIXTURES[3]!), 'utf8')
    const file = JSON.parse(text) as {
      data: { workshops: Array<{ participants: Array<{ id: string; name: string }>; signatures: Array<{ participantId: string; name: string; method: string }> }> }
    }
    const entry = file.data.workshops[0]!
    const [anna, tom] = entry.participants
    // Anna left the company; Tom married; Tom's typed signature was written in lower case.
    entry.participants = entry.participants.filter((p) => p.id !== anna!.id).map((p) => (p.id === tom!.id ? { ...p, name: 'Tom Weber-Schulz' } : p))
    for (const signature of entry.signatures) if (signature.method === 'typed' && signature.participantId === tom!.id) signature.name = 'tom weber'
    const result = await parseBackup(JSON.stringify(file), { newId: counter() })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const signatures = result.data.workshops[0]!.signatures
    expect(signatures.map((s) => [s.participantId === anna!.id ? 'anna' : 'tom', s.signerName])).toEqual([
      ['anna', 'Anna Schmidt'],
      ['tom', 'Tom Weber'],
      ['anna', 'Anna Schmidt'],
      ['tom', 'Tom Weber']
    ])
  })
})
