import { FIELD_LIMITS, TEXT_BEFORE_LIMITS } from '../../../shared/domain/field-limits'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, createBackup, encodeBackup } from '../../../shared/backup/format'
import { BACKUP_LIMITS } from '../../../shared/backup/limits'
import { parseBackup, parseBackupBytes, type ParseResult } from '../../../shared/backup/parse-backup'
import type { BackupError } from '../../../shared/backup/problems'
import type { SlaContent } from '../../../shared/domain/sla'
import { contentFingerprint } from '../../../shared/domain/sla-fingerprint'
import { PNG_DATA_URL, SAMPLE_META, sampleBackup, sampleJson, sampleText, type SampleFile } from './sample-backup'

async function parse(file: unknown): Promise<ParseResult> {
  return parseBackup(typeof file === 'string' ? file : JSON.stringify(file))
}

async function errorOf(file: unknown): Promise<BackupError> {
  const result = await parse(file)
  if (result.ok) throw new Error(`Expected a refusal, got warnings ${JSON.stringify(result.warnings)}`)
  return result.error
}

async function accepted(file: unknown): Promise<Extract<ParseResult, { ok: true }>> {
  const result = await parse(file)
  if (!result.ok) throw new Error(`Expected acceptance, got ${JSON.stringify(result.error)}`)
  return result
}

const entry = (file: SampleFile, index = 0) => file.data.workshops[index]!

/** Another 1×1 PNG (a red pixel): a signature image swapped for a different picture. */
const OTHER_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='

describe('backup round trip', () => {
  it('gives back exactly what was exported, without warnings', async () => {
    const result = await accepted(await sampleText())
    expect(result.warnings).toEqual([])
    expect(result.data).toEqual(await sampleBackup())
    expect(result.info).toEqual({ version: BACKUP_FORMAT_VERSION, exportedAt: '2027-02-01T10:00:00.000Z', app: SAMPLE_META.app })
  })

  it('reads the file from its bytes, with or without a byte order mark', async () => {
    const text = await sampleText()
    const fromBytes = await parseBackupBytes(encodeBackup(text))
    const withBom = await parseBackup(`\uFEFF${text}`)
    expect(fromBytes.ok && fromBytes.data).toEqual(await sampleBackup())
    expect(withBom.ok && withBom.data).toEqual(await sampleBackup())
  })

  it('writes the wrapper the format describes', async () => {
    const file = JSON.parse(createBackup({ workshops: [] }, SAMPLE_META)) as Record<string, unknown>
    expect(Object.keys(file)).toEqual(['type', 'version', 'exportedAt', 'app', 'data'])
    expect(file).toMatchObject({ type: 'smarketing-studio-backup', version: 9, exportedAt: '2027-02-01T10:00:00.000Z' })
  })
})

describe('the wrapper', () => {
  it.each([
    ['a JSON array', [], 'notABackup'],
    ['a number', 42, 'notABackup'],
    ['null', null, 'notABackup'],
    ['an object without type', { version: 2, data: {} }, 'notABackup'],
    ['another program’s file', { type: 'excalidraw', version: 2 }, 'notABackup']
  ])('refuses %s as not a backup', async (_name, file, code) => {
    expect((await errorOf(file)).code).toBe(code)
  })

  it.each([0, -1, 1.5, '2', null, true, [2], 2 ** 60])('refuses the version %j', async (version) => {
    const file = await sampleJson()
    file.version = version
    expect((await errorOf(file)).code).toBe('invalidVersion')
  })

  it('refuses a file of a newer app with both versions named', async () => {
    const file = await sampleJson()
    file.version = BACKUP_FORMAT_VERSION + 1
    expect(await errorOf(file)).toEqual({ code: 'newerVersion', params: { version: BACKUP_FORMAT_VERSION + 1, supported: BACKUP_FORMAT_VERSION } })
  })

  it.each([
    ['exportedAt', (f: SampleFile) => void (f.exportedAt = 'yesterday')],
    ['exportedAt', (f: SampleFile) => void (f.exportedAt = 1_700_000_000)],
    ['exportedAt', (f: SampleFile) => void (f.exportedAt = '2027-02-30T10:00:00Z')],
    ['app', (f: SampleFile) => void (f.app = 'Smarketing')],
    ['app', (f: SampleFile) => void (f.app = { name: 'x', version: '1', extra: true })],
    ['app', (f: SampleFile) => void delete f.app],
    ['data', (f: SampleFile) => void (f.data = [] as unknown as SampleFile['data'])],
    ['comment', (f: SampleFile) => void (f.comment = 'hello')]
  ])('refuses a damaged header field %s', async (field, damage) => {
    const file = await sampleJson()
    damage(file)
    expect(await errorOf(file)).toEqual({ code: 'invalidWrapper', params: { field } })
  })
})

describe('the layout of the data', () => {
  it.each([
    ['data.workshops', (f: SampleFile) => void delete (f.data as Partial<SampleFile['data']>).workshops],
    ['data.extra', (f: SampleFile) => void Object.assign(f.data, { extra: [] })],
    ['data.workshops[0]', (f: SampleFile) => void (f.data.workshops[0] = 'w-a' as unknown as SampleFile['data']['workshops'][0])],
    ['data.workshops[1].items', (f: SampleFile) => void Reflect.deleteProperty(entry(f, 1), 'items')],
    ['data.workshops[0].signatures', (f: SampleFile) => void (entry(f).signatures = {} as unknown as [])],
    ['data.workshops[0].comments', (f: SampleFile) => void (entry(f).comments = [])],
    ['data.workshops[1].reviews', (f: SampleFile) => void Reflect.deleteProperty(entry(f, 1), 'reviews')]
  ])('refuses a file whose layout breaks at %s', async (path, damage) => {
    const file = await sampleJson()
    damage(file)
    expect(await errorOf(file)).toEqual({ code: 'invalidStructure', params: { path } })
  })

  it('refuses more records than the caps allow before validating any of them', async () => {
    const file = await sampleJson()
    entry(file).participants = Array.from({ length: BACKUP_LIMITS.maxParticipants + 1 }, () => ({}))
    expect(await errorOf(file)).toEqual({ code: 'tooManyRecords', params: { kind: 'participant', max: BACKUP_LIMITS.maxParticipants } })
  })

  it('refuses a file with no workshops to import', async () => {
    expect((await errorOf(createBackup({ workshops: [] }, SAMPLE_META))).code).toBe('nothingToImport')
  })
})

describe('repairing what is missing', () => {
  it('fills missing workshop fields with the defaults of a new workshop, down to nested fields', async () => {
    const file = await sampleJson()
    delete entry(file).workshop.currency
    delete (entry(file).workshop.funnel as Record<string, unknown>).reps
    delete (entry(file).workshop.steps as Record<string, unknown>).keepAtIt
    const result = await accepted(file)
    expect(result.warnings).toEqual([
      { code: 'recordsRepaired', params: { kind: 'workshop', count: 1, fields: 'currency, funnel.reps, steps.keepAtIt' } }
    ])
    const { workshop } = result.data.workshops[0]!
    expect(workshop.currency).toBe('EUR')
    expect(workshop.funnel.reps).toBeNull()
    expect(workshop.steps.keepAtIt).toEqual({ completed: false, timeboxMinutes: 30 })
  })

  it('repairs items, participants and drafts, counting them per kind', async () => {
    const file = await sampleJson()
    delete entry(file).items[0]!.status
    delete entry(file).items[1]!.status
    delete entry(file).participants[2]!.email
    delete entry(file).slaVersions[2]!.openItems
    const result = await accepted(file)
    expect(result.warnings).toEqual([
      { code: 'recordsRepaired', params: { kind: 'participant', count: 1, fields: 'email' } },
      { code: 'recordsRepaired', params: { kind: 'item', count: 2, fields: 'status' } },
      { code: 'recordsRepaired', params: { kind: 'slaVersion', count: 1, fields: 'openItems' } }
    ])
    expect(result.data.workshops[0]!.items[0]!.status).toBe('proposed')
  })

  it('lets a draft that amends a version missing from the file start afresh', async () => {
    const file = await sampleJson()
    entry(file).slaVersions[2]!.amends = 'not-in-the-file'
    const result = await accepted(file)
    expect(result.data.workshops[0]!.slaVersions[2]!.amends).toBeNull()
    expect(result.warnings).toEqual([{ code: 'recordsRepaired', params: { kind: 'slaVersion', count: 1, fields: 'amends' } }])
  })

  it('does not guess values that are present but wrong', async () => {
    const file = await sampleJson()
    entry(file).items[0]!.status = 'maybe'
    entry(file).items[1]!.order = 'first'
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'item', count: 2 } }])
    expect(result.data.workshops[0]!.items).toHaveLength((await sampleBackup()).workshops[0]!.items.length - 2)
  })
})

describe('leaving out what cannot be restored', () => {
  it.each([
    ['an unknown list', { list: 'whatever' }],
    ['an unknown field', { colour: 'red' }],
    ['a number written as text', { order: '3' }],
    ['an infinite number', { order: Infinity }],
    ['a text beyond its field’s limit', { notes: 'x'.repeat(FIELD_LIMITS.long + 1) }],
    ['a wrong enum value', { status: 'AGREED' }],
    ['an id with a line break', { id: 'a\nb' }],
    ['no id', { id: undefined }]
  ])('drops an item with %s', async (_name, change) => {
    const file = await sampleJson()
    Object.assign(entry(file).items[3]!, change)
    // JSON has no Infinity: write it as the number literal that overflows to it.
    const text = JSON.stringify(file).replace('"order":null', '"order":1e999')
    const result = await accepted(text)
    expect(result.warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'item', count: 1 } }])
  })

  it('drops a workshop that cannot be restored with everything in it, and keeps the others', async () => {
    const file = await sampleJson()
    entry(file, 1).workshop.language = 'fr'
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'workshop', count: 1 } }])
    expect(result.data.workshops.map((w) => w.workshop.id)).toEqual(['w-a'])
  })

  it('refuses the file when no workshop is left', async () => {
    const file = await sampleJson()
    entry(file).workshop.title = 42
    entry(file, 1).workshop.id = ''
    expect((await errorOf(file)).code).toBe('nothingToImport')
  })

  it('drops records that belong to a workshop or version not in the file', async () => {
    const file = await sampleJson()
    entry(file).participants[2]!.workshopId = 'w-elsewhere'
    entry(file).items[0]!.workshopId = 'w-b'
    entry(file).signatures[4]!.versionId = 'w-a-v9'
    const result = await accepted(file)
    expect(result.warnings).toEqual([
      { code: 'orphansDropped', params: { kind: 'participant', count: 1 } },
      { code: 'orphansDropped', params: { kind: 'item', count: 1 } },
      { code: 'orphansDropped', params: { kind: 'signature', count: 1 } }
    ])
  })

  it('drops a draft’s signature whose image is not a PNG data URL', async () => {
    const file = await sampleJson()
    Object.assign(entry(file).signatures[4]!, { method: 'drawn', image: 'javascript:alert(1)' })
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'signature', count: 1 } }])
  })
})

describe('field limits (issue 12 §2)', () => {
  const long = 'Gemeinsam gewinnen wir Kunden. '.repeat(300)

  it('a file of the current format holds each text to its field’s limit: a record beyond it is left out, a signed version beyond it stops the import', async () => {
    const atLimits = await sampleJson()
    entry(atLimits).participants[0]!.name = 'A'.repeat(FIELD_LIMITS.short)
    entry(atLimits).items[0]!.area = 'B'.repeat(FIELD_LIMITS.title)
    expect((await accepted(atLimits)).warnings).toEqual([])

    const beyond = await sampleJson()
    entry(beyond).participants[0]!.name = 'A'.repeat(FIELD_LIMITS.short + 1)
    entry(beyond).items[0]!.area = 'B'.repeat(FIELD_LIMITS.title + 1)
    expect((await accepted(beyond)).warnings).toEqual([
      { code: 'recordsDropped', params: { kind: 'participant', count: 1 } },
      { code: 'recordsDropped', params: { kind: 'item', count: 1 } }
    ])

    const signed = await sampleJson()
    ;(entry(signed).slaVersions[1]!.content as { organisation: string }).organisation = 'C'.repeat(FIELD_LIMITS.short + 1)
    expect(await errorOf(signed)).toEqual({ code: 'invalidSignedVersion', params: { workshop: 'Kick-off', number: 2 } })
  })

  it('a file of the current format has a currency the app offers', async () => {
    const file = await sampleJson()
    entry(file, 1).workshop.currency = 'ABC'
    expect((await accepted(file)).warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'workshop', count: 1 } }])
  })

  it('a file from before the limits (format 6) restores texts as long as earlier versions kept them, unchanged', async () => {
    const file = await sampleJson()
    file.version = 6
    expect(long.length).toBeGreaterThan(FIELD_LIMITS.long)
    entry(file).workshop.sharedGoal = long
    entry(file).participants[0]!.name = 'Anna '.repeat(1000)
    ;(entry(file).slaVersions[1]!.content as { organisation: string }).organisation = 'C'.repeat(TEXT_BEFORE_LIMITS)
    entry(file, 1).workshop.currency = 'ABC'
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'sealBroken', params: { workshop: 'Kick-off', number: 2 } }])
    expect(result.data).toEqual(file.data)

    entry(file).workshop.sharedGoal = 'x'.repeat(TEXT_BEFORE_LIMITS + 1)
    expect((await accepted(file)).warnings).toContainEqual({ code: 'recordsDropped', params: { kind: 'workshop', count: 1 } })
  })

  it('writes a workshop that still holds a text from before the limits as format 6, so it restores unchanged; every other backup in the current format', async () => {
    const data = await sampleBackup()
    expect((JSON.parse(createBackup(data, SAMPLE_META)) as { version: number }).version).toBe(BACKUP_FORMAT_VERSION)
    data.workshops[0]!.workshop.sharedGoal = long
    const text = createBackup(data, SAMPLE_META)
    expect((JSON.parse(text) as { version: number }).version).toBe(6)
    const result = await parseBackup(text)
    expect(result.ok && result.warnings).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })
})

describe('signed SLA versions', () => {
  it('keeps a version whose content no longer matches its seal exactly as it is, and warns', async () => {
    const file = await sampleJson()
    const content = entry(file).slaVersions[1]!.content as { parties: { sharedGoal: string } }
    content.parties.sharedGoal = 'We win 300 customers.'
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'sealBroken', params: { workshop: 'Kick-off', number: 2 } }])
    const version = result.data.workshops[0]!.slaVersions[1]!
    expect(version.content?.parties.sharedGoal).toBe('We win 300 customers.')
    expect(version.fingerprint).toBe((await sampleBackup()).workshops[0]!.slaVersions[1]!.fingerprint)
  })

  // Issue 12 §1: every forgery of a signed version in a backup file is seen; the version is kept as
  // evidence, and the app shows it as not matching its seal (never as signed) and does not export it.
  it.each<[string, (file: SampleFile) => void]>([
    ['its content edited and its fingerprint recomputed', (file) => {
      const version = entry(file).slaVersions[1]!
      const content = version.content as SlaContent
      content.targets[0]!.value = 999
      version.fingerprint = contentFingerprint(content)
      for (const signature of entry(file).signatures.filter((s) => s.versionId === 'w-a-v2')) signature.fingerprint = version.fingerprint
    }],
    ['a signature’s place edited', (file) => void (entry(file).signatures[2]!.place = 'Berlin')],
    ['a signature’s date edited', (file) => void (entry(file).signatures[2]!.signedAt = (entry(file).signatures[2]!.signedAt as number) - 86_400_000)],
    ['a signer’s name edited', (file) => void (entry(file).signatures[3]!.signerName = 'Someone Else')],
    ['a drawn signature swapped', (file) => void (entry(file).signatures[3]!.image = OTHER_PNG)],
    ['a signature taken away', (file) => void entry(file).signatures.splice(3, 1)],
    ['a signature moved to other content', (file) => void (entry(file).signatures[3]!.fingerprint = 'a'.repeat(64))],
    ['the open items emptied', (file) => void (entry(file).slaVersions[1]!.openItems = [])],
    ['the version number changed', (file) => void ((entry(file).slaVersions[1]!.number = 7), (entry(file).slaVersions[2]!.number = 8))],
    ['the seal taken away', (file) => void (entry(file).slaVersions[1]!.seal = null)]
  ])('notices a signed version with %s: kept as it is, with a warning', async (_what, forge) => {
    const file = await sampleJson()
    forge(file)
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'sealBroken', params: { workshop: 'Kick-off', number: entry(file).slaVersions[1]!.number } }])
    const [v2] = result.data.workshops[0]!.slaVersions.filter((v) => v.id === 'w-a-v2')
    expect(v2).toEqual(entry(file).slaVersions[1])
  })

  it('refuses two signed versions in force at once', async () => {
    const file = await sampleJson()
    entry(file).slaVersions[0]!.state = 'signed'
    expect(await errorOf(file)).toEqual({ code: 'twoSignedVersions', params: { workshop: 'Kick-off' } })
  })

  it('refuses versions that amend each other in a circle', async () => {
    const file = await sampleJson()
    entry(file).slaVersions[0]!.amends = 'w-a-v2'
    expect(await errorOf(file)).toEqual({ code: 'amendsLoop', params: { workshop: 'Kick-off', number: 1 } })
    const self = await sampleJson()
    entry(self).slaVersions[2]!.amends = 'w-a-v3'
    expect(await errorOf(self)).toMatchObject({ code: 'amendsLoop' })
  })

  it.each([
    ['a missing field', (v: Record<string, unknown>) => void delete v.openItems],
    ['a damaged content', (v: Record<string, unknown>) => void ((v.content as Record<string, unknown>).targets = 'many')],
    ['a malformed fingerprint', (v: Record<string, unknown>) => void (v.fingerprint = 'ABC')],
    ['no content', (v: Record<string, unknown>) => void (v.content = null)],
    ['an unknown state', (v: Record<string, unknown>) => void (v.state = 'approved')],
    ['a reference to a version not in the file', (v: Record<string, unknown>) => void (v.amends = 'w-a-v0')]
  ])('refuses the file for a signed version with %s — never repaired, never left out', async (_name, damage) => {
    const file = await sampleJson()
    damage(entry(file).slaVersions[1]!)
    expect(await errorOf(file)).toEqual({ code: 'invalidSignedVersion', params: { workshop: 'Kick-off', number: 2 } })
  })

  it('refuses the file when a signature of a signed version is damaged or misplaced', async () => {
    const damaged = await sampleJson()
    entry(damaged).signatures[3]!.image = 'data:text/html;base64,PHNjcmlwdD4='
    const misplaced = await sampleJson()
    entry(misplaced).signatures[0]!.workshopId = 'w-b'
    expect(await errorOf(damaged)).toEqual({ code: 'invalidSignedVersion', params: { workshop: 'Kick-off', number: 2 } })
    expect(await errorOf(misplaced)).toEqual({ code: 'invalidSignedVersion', params: { workshop: 'Kick-off', number: 1 } })
  })

  it('names the workshop in a message by at most 80 characters of its title', async () => {
    const file = await sampleJson()
    entry(file).workshop.title = '🚀'.repeat(FIELD_LIMITS.title / 2)
    entry(file).slaVersions[1]!.fingerprint = 'ABC'
    const { params } = await errorOf(file)
    expect(params).toEqual({ workshop: `${'🚀'.repeat(79)}…`, number: 2 })
  })

  it('refuses two versions with one number', async () => {
    const file = await sampleJson()
    entry(file).slaVersions[2]!.number = 2
    expect(await errorOf(file)).toEqual({ code: 'duplicateVersionNumber', params: { workshop: 'Kick-off', number: 2 } })
  })
})

describe('reviews', () => {
  it('reads a version 2 file, which has no reviews, as one without them', async () => {
    const file = await sampleJson()
    file.version = 2
    for (const workshop of file.data.workshops) delete (workshop as Partial<typeof workshop>).reviews
    const result = await accepted(file)
    expect(result.warnings).toEqual([{ code: 'migrated', params: { from: 2, to: BACKUP_FORMAT_VERSION } }])
    expect(result.data.workshops.map((w) => w.reviews)).toEqual([[], []])
  })

  it('fills what a review is missing with nothing said, and leaves out a review of a draft', async () => {
    const file = await sampleJson()
    const review = entry(file).reviews[0]!
    delete review.guests
    delete review.decisions
    entry(file).reviews.push({ ...structuredClone(review), id: 'w-a-r2', versionId: 'w-a-v3', guests: [], decisions: '' })
    const result = await accepted(file)
    expect(result.warnings).toEqual([
      { code: 'recordsRepaired', params: { kind: 'review', count: 1, fields: 'decisions, guests' } },
      { code: 'orphansDropped', params: { kind: 'review', count: 1 } }
    ])
    expect(result.data.workshops[0]!.reviews).toMatchObject([{ id: 'w-a-r1', guests: [], decisions: '' }])
  })

  it('keeps the workshop’s own attainment thresholds, and does without them', async () => {
    const file = await sampleJson()
    const result = await accepted(file)
    expect(result.data.workshops.map((w) => w.workshop.reviewThresholds)).toEqual([{ green: 95, amber: 75 }, undefined])
    entry(file).workshop.reviewThresholds = { green: '100' }
    expect((await accepted(file)).warnings).toEqual([{ code: 'recordsDropped', params: { kind: 'workshop', count: 1 } }])
  })
})

describe('ids', () => {
  it.each([
    ['participant', (f: SampleFile) => void (entry(f).participants[1]!.id = entry(f).participants[0]!.id)],
    ['item', (f: SampleFile) => void (entry(f, 1).items[0]!.id = entry(f).items[0]!.id)],
    ['signature', (f: SampleFile) => void (entry(f).signatures[1]!.id = 'w-a-s1')],
    ['workshop', (f: SampleFile) => void f.data.workshops.push(structuredClone(entry(f)))]
  ])('refuses two %s records with one id', async (kind, damage) => {
    const file = await sampleJson()
    damage(file)
    expect(await errorOf(file)).toMatchObject({ code: 'duplicateId', params: { kind } })
  })
})

describe('hostile and broken text', () => {
  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2), 'invalidJson'],
    ['an empty file', () => '', 'invalidJson'],
    ['10,000 nested arrays', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'tooDeep'],
    ['10,000 nested objects', () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'tooDeep'],
    ['a prototype key at the top', (text: string) => text.replace('{', '{"__proto__":{"polluted":"yes"},'), 'unsafeKey'],
    ['a constructor key deep inside', (text: string) => text.replace('"sharedGoal":', '"constructor":{"prototype":{"polluted":1}},"sharedGoal":'), 'unsafeKey']
  ])('refuses %s', async (_name, make, code) => {
    const before = Object.getOwnPropertyNames(Object.prototype)
    expect((await errorOf(make(await sampleText()))).code).toBe(code)
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('counts nesting only outside texts, so brackets and escaped quotes typed by people are fine', async () => {
    const file = await sampleJson()
    // 900 brackets deep: far beyond the nesting cap, within a long text's length.
    entry(file).workshop.sharedGoal = `${'[{'.repeat(450)} \\" ] "\\ ${'}]'.repeat(450)}`
    const result = await accepted(file)
    expect(result.data.workshops[0]!.workshop.sharedGoal).toBe(entry(file).workshop.sharedGoal)
  })

  it('refuses a text beyond the size cap before parsing it', async () => {
    const text = ' '.repeat(BACKUP_LIMITS.maxChars + 1)
    expect(await errorOf(text)).toEqual({ code: 'tooLarge', params: { maxMegabytes: 50 } })
  })

  it('refuses bytes beyond the cap before decoding them, and bytes that are not UTF-8 text', async () => {
    const huge = await parseBackupBytes(new Uint8Array(BACKUP_LIMITS.maxBytes + 1))
    const binary = await parseBackupBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]))
    const nul = await parseBackupBytes(new TextEncoder().encode('{"type":\u0000}'))
    expect(!huge.ok && huge.error.code).toBe('tooLarge')
    expect(!binary.ok && binary.error.code).toBe('notText')
    expect(!nul.ok && nul.error.code).toBe('notText')
  })

  it('refuses what is not text at all', async () => {
    const result = await parseBackup(42 as unknown as string)
    expect(!result.ok && result.error.code).toBe('notText')
  })

  it('keeps a drawn signature image as it is', async () => {
    const result = await accepted(await sampleText())
    expect(result.data.workshops[0]!.signatures[0]!.image).toBe(PNG_DATA_URL)
  })
})
