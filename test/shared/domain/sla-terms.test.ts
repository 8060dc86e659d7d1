import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackup } from '../../../shared/backup/format'
import { parseBackup } from '../../../shared/backup/parse-backup'
import { slaContentSchema, workshopSchema } from '../../../shared/backup/schemas'
import { TEXT_BEFORE_LIMITS } from '../../../shared/domain/field-limits'
import { exportSlaDocx, readSlaDocx } from '../../../shared/docx/index'
import { defaultItems } from '../../../shared/domain/defaults'
import type { Item } from '../../../shared/domain/items'
import { newWorkshop } from '../../../shared/domain/new-workshop'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { restoreSlaFromDocument } from '../../../shared/domain/sla-restore'
import { slaDefaultItems } from '../../../shared/domain/sla-defaults'
import type { SlaVersion } from '../../../shared/domain/sla'
import { finishedWorkshop, signedSlaInput } from '../docx/docx-fixtures'
import { SAMPLE_META } from '../backup/sample-backup'

/** Issue 12 §4: what a marketing–sales SLA contains, from the defaults to the files it travels in. */

const FIXTURES = ['v2-signed-sla.smarketing', 'v3-reviews.smarketing', 'v4-agenda.smarketing', 'v5-signer-snapshot.smarketing']

const counter = () => {
  let n = 0
  return () => `id-${++n}`
}

function bavarianContent(language: 'de' | 'en' = 'de') {
  const { workshop, participants, items } = finishedWorkshop(language)
  return buildSlaContent({ ...workshop, reviewPlan: { holidayRegion: 'BY' } }, participants, items)
}

describe('the defaults of a new workshop', () => {
  it.each(['de', 'en'] as const)('(%s) give marketing as many commitments as sales: lead volume, lead quality, data completeness, content', (language) => {
    const commitments = defaultItems(language).filter((seed) => seed.list === 'commitment')
    const kinds = commitments.map((c) => (c.list === 'commitment' ? c.kind : null))
    expect(kinds).toEqual(['firstContact', 'acceptReject', 'attempts', 'leadVolume', 'leadQuality', 'dataCompleteness', 'salesContent', 'feedback', 'reporting', 'review'])
    const teams = commitments.map((c) => (c.list === 'commitment' ? c.team : null))
    expect(teams.filter((team) => team === 'marketing').length).toBeGreaterThanOrEqual(teams.filter((team) => team === 'sales').length)
    // Every one has a value, so the completeness check finds none of them missing.
    expect(commitments.every((c) => c.list === 'commitment' && c.value !== null && c.description.trim() !== '' && c.measuredBy.trim() !== '')).toBe(true)
  })

  it('leave what older workshops and the v1 → v2 migration get exactly as it was', () => {
    const v2 = slaDefaultItems('de', 'v2').filter((seed) => seed.list === 'commitment')
    expect(v2.map((c) => (c.list === 'commitment' ? c.kind : null))).toEqual(['firstContact', 'acceptReject', 'attempts', 'feedback', 'reporting', 'review'])
    expect(defaultItems('de', 'v2').length).toBe(defaultItems('de').length - 4)
  })

  it.each([
    ['de', 'Einwilligung zur Kontaktaufnahme mit Datum', 'BetrVG', 'Geschäftsleitung'],
    ['en', 'Consent to be contacted, with its date', 'BetrVG', 'management']
  ] as const)('(%s) propose scope, hand-over data, the clock, consequences, renewal, end and data protection', (language, consent, law, who) => {
    const { governance } = newWorkshop('w', { title: 'T', organisation: 'O', unit: '', language, facilitator: '', date: '2027-01-15' }, 0)
    expect(governance.clock).toEqual({ mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin' })
    expect(governance.handoverData?.split('\n')).toHaveLength(6)
    expect(governance.handoverData).toContain(consent)
    expect(governance.dataProtection).toContain(law)
    expect(governance.consequences).toContain(who)
    for (const text of [governance.scopeLeads, governance.scopeRegions, governance.renewal, governance.termination]) expect(text?.trim()).toBeTruthy()
  })
})

describe('the clock in the SLA content', () => {
  it('names the workshop’s federal state, the one its review dates use, frozen with the version', () => {
    const content = bavarianContent()
    expect(content.governance.clock).toEqual({ mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BY' })
    const { workshop, participants, items } = finishedWorkshop('de')
    expect(buildSlaContent(workshop, participants, items).governance.clock?.holidayRegion).toBe('BUND')
  })

  it('goes back into the workshop when an SLA is opened from its Word file: the state to the review plan, the rest to governance', () => {
    const content = bavarianContent()
    const restored = restoreSlaFromDocument(
      { content, version: { number: 1, state: 'draft', signedAt: null, fingerprint: null, openItems: [] }, signatures: [] },
      { workshopId: 'w2', versionId: 'v1', newId: counter() },
      0,
      true
    )
    expect(restored.workshop.reviewPlan?.holidayRegion).toBe('BY')
    expect(restored.workshop.governance.clock).toEqual({ mode: 'business', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin' })
    expect(workshopSchema.safeParse(restored.workshop).success).toBe(true)
    // The same content again from the restored workshop: nothing lost on the way.
    expect(buildSlaContent(restored.workshop, restored.participants, restored.items).governance).toEqual(content.governance)
  })
})

describe('signed versions from before', () => {
  it.each(FIXTURES)('%s: every signed version keeps its fingerprint and has none of the new fields', async (name) => {
    const text = await readFile(resolve(import.meta.dirname, '../../fixtures/backup', name), 'utf8')
    const result = await parseBackup(text, { newId: counter() })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const signed = result.data.workshops.flatMap((w) => w.slaVersions).filter((v): v is SlaVersion & { content: NonNullable<SlaVersion['content']> } => v.content !== null)
    expect(signed.length).toBeGreaterThan(0)
    for (const version of signed) {
      expect(await slaFingerprint(version.content)).toBe(version.fingerprint)
      expect(Object.keys(version.content.governance).sort()).toEqual(['amendments', 'escalation', 'reviewCadence', 'startDate', 'status', 'termMonths'])
    }
  })
})

describe('the files the new fields travel in', () => {
  it('a backup keeps them: workshop and signed content read back equal, fingerprint intact', async () => {
    const { workshop, participants, items } = finishedWorkshop('de')
    const withRegion = { ...workshop, reviewPlan: { holidayRegion: 'BY' as const } }
    const content = buildSlaContent(withRegion, participants, items)
    const fingerprint = await slaFingerprint(content)
    const version: SlaVersion = {
      id: 'v1',
      workshopId: workshop.id,
      number: 1,
      state: 'signed',
      createdAt: 1,
      content,
      fingerprint,
      signedAt: 2,
      openItems: [],
      openItemsConfirmed: false,
      amends: null,
      reviewId: null,
      seal: null,
      sealedAt: null
    }
    const text = createBackup({ workshops: [{ workshop: withRegion, participants, items: items as Item[], slaVersions: [version], signatures: [], reviews: [], roomAnswers: [] }] }, SAMPLE_META)
    const result = await parseBackup(text, { newId: counter() })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const [entry] = result.data.workshops
    expect(entry?.workshop.governance).toEqual(workshop.governance)
    expect(entry?.slaVersions[0]?.content).toEqual(content)
    expect(await slaFingerprint(entry!.slaVersions[0]!.content!)).toBe(fingerprint)
  })

  it('a backup refuses what no workshop can hold: an over-long text, no working day, a day ending before it starts, a bad time zone', () => {
    const { workshop } = finishedWorkshop('en')
    const clock = workshop.governance.clock!
    const broken = [
      { ...workshop.governance, scopeLeads: 'x'.repeat(TEXT_BEFORE_LIMITS + 1) },
      { ...workshop.governance, clock: { ...clock, workingDays: [] } },
      { ...workshop.governance, clock: { ...clock, workingDays: [1, 1] } },
      { ...workshop.governance, clock: { ...clock, workingDays: [0] } },
      { ...workshop.governance, clock: { ...clock, dayStart: '17:00', dayEnd: '08:00' } },
      { ...workshop.governance, clock: { ...clock, dayEnd: '25:00' } },
      { ...workshop.governance, clock: { ...clock, timeZone: '../../etc/passwd' } },
      { ...workshop.governance, clock: { ...clock, mode: 'lunar' } },
      { ...workshop.governance, clock: { ...clock, holidayRegion: 'BY' } }
    ]
    for (const governance of broken) expect(workshopSchema.safeParse({ ...workshop, governance }).success, JSON.stringify(governance).slice(0, 200)).toBe(false)
    expect(workshopSchema.safeParse(workshop).success).toBe(true)
    // The content's clock must name its federal state.
    const content = bavarianContent('en')
    expect(slaContentSchema.safeParse(content).success).toBe(true)
    expect(slaContentSchema.safeParse({ ...content, governance: { ...content.governance, clock: { ...content.governance.clock, holidayRegion: 'XX' } } }).success).toBe(false)
  })

  it('the Word file keeps them: opened again it gives back the same content and says it is unchanged', async () => {
    const content = bavarianContent('de')
    const input = await signedSlaInput('de', content)
    const reading = await readSlaDocx(await exportSlaDocx(input))
    if (reading.kind !== 'sla') throw new Error(reading.reason)
    expect(reading.integrity).toBe('unchanged')
    expect(reading.data.content.governance).toEqual(content.governance)
    expect(await slaFingerprint(reading.data.content)).toBe(input.version.fingerprint)
  })

  it('a Word file with a changed clock in its data no longer matches its fingerprint', async () => {
    const content = bavarianContent('en')
    const input = await signedSlaInput('en', content)
    const bytes = await exportSlaDocx(input)
    const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate')
    const files = unzipSync(bytes)
    const name = Object.keys(files).find((file) => /^customXml\/item\d+\.xml$/.test(file) && strFromU8(files[file]!).includes('holidayRegion'))!
    files[name] = strToU8(strFromU8(files[name]!).replace('"holidayRegion":"BY"', '"holidayRegion":"BE"'))
    const reading = await readSlaDocx(zipSync(files))
    if (reading.kind !== 'sla') throw new Error(reading.reason)
    expect(reading.integrity).toBe('changed')
  })
})

