import { readdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, BACKUP_FILE_EXTENSION } from '../../../shared/backup/format'
import { parseBackup, type ParseResult } from '../../../shared/backup/parse-backup'
import { itemsOf } from '../../../shared/domain/items'
import { slaDefaultItems } from '../../../shared/domain/sla-defaults'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
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
  4: 'v4-agenda.smarketing'
}

async function load(version: number): Promise<{ text: string; result: Extract<ParseResult, { ok: true }> }> {
  const text = await readFile(resolve(DIR, FIXTURES[version]!), 'utf8')
  const result = await parseBackup(text, { newId: counter() })
  if (!result.ok) throw new Error(`Fixture v${version} refused: ${JSON.stringify(result.error)}`)
  return { text, result }
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
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 1, to: 4 } }])
    expect(result.info.version).toBe(1)
    const [entry] = result.data.workshops
    const original = (JSON.parse(text) as { data: { workshops: Array<{ items: unknown[] }> } }).data.workshops[0]!
    expect(entry!.workshop).toMatchObject({ currency: 'EUR', governance: { startDate: '2026-10-05', termMonths: 12, reviewCadence: 'quarterly' } })
    expect(entry!.workshop.governance.escalation).toMatch(/Geschäftsleitung/)
    const seeds = slaDefaultItems('de')
    expect(entry!.items).toHaveLength(original.items.length + seeds.length)
    // The examples come after the existing items, in order, with fresh ids.
    const raci = itemsOf(entry!.items, 'raci')
    expect(raci[0]).toMatchObject({ id: 'migrated-1', status: 'proposed', activity: 'Relevanten Website-Traffic gewinnen (Inbound)' })
    expect(raci.map((item) => item.order)).toEqual(raci.map((_, i) => i + 1 + Math.max(...(original.items as Array<{ order: number }>).map((o) => o.order))))
    expect([entry!.slaVersions, entry!.signatures, entry!.reviews]).toEqual([[], [], []])
  })

  it('version 2: signed versions unchanged, no reviews yet', async () => {
    const { text, result } = await load(2)
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 2, to: 4 } }])
    const file = JSON.parse(text) as { data: { workshops: Array<Record<string, unknown>> } }
    expect(result.data.workshops.map(({ reviews: _r, workshop: { agenda: _a, ...workshop }, ...rest }) => ({ ...rest, workshop }))).toEqual(file.data.workshops)
    for (const version of result.data.workshops.flatMap((w) => w.slaVersions).filter((v) => v.content)) {
      expect(await slaFingerprint(version.content!)).toBe(version.fingerprint)
    }
  })

  it('version 3: reviews of signed versions, read back exactly; the agenda is the steps in order, no breaks invented', async () => {
    const { text, result } = await load(3)
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 3, to: 4 } }])
    const file = JSON.parse(text) as { data: { workshops: Array<{ workshop: Record<string, unknown> }> } }
    expect(result.data.workshops.map(({ workshop: { agenda: _a, ...workshop }, ...rest }) => ({ ...rest, workshop }))).toEqual(file.data.workshops)
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
    const { text, result } = await load(4)
    expect(result.warnings).toEqual([])
    expect(result.data).toEqual((JSON.parse(text) as { data: unknown }).data)
    const agenda = result.data.workshops[0]!.workshop.agenda
    expect(agenda.startTime).toBe('08:30')
    expect(agenda.entries.filter((e) => e.kind === 'break').map((e) => e.kind === 'break' && [e.name, e.minutes])).toEqual([
      ['Kaffeepause', 20],
      ['Mittagspause', 50]
    ])
  })
})
