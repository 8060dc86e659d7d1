import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION, createBackup } from '../../../shared/backup/format'
import { BACKUP_LIMITS } from '../../../shared/backup/limits'
import { parseBackup, parseBackupBytes, type ParseResult } from '../../../shared/backup/parse-backup'
import { BACKUP_ERROR_CODES, BACKUP_WARNING_CODES, type BackupErrorCode } from '../../../shared/backup/problems'
import type { SlaVersion } from '../../../shared/domain/sla'
import { badValue, objectPathsOf, OVERFLOWING_NUMBER, pathsOf, UNSAFE_KEYS, withKey, withReplaced, type Path } from './malformed-files'
import { SAMPLE_META, sampleJson, sampleText, type SampleFile } from './sample-backup'

/**
 * SPEC §9: "a corrupt or hostile backup file is rejected with a clear message and changes
 * nothing". Well over a thousand broken files, generated and hand-made: each one is refused with
 * a code the UI can explain, or — where the damage is legitimately repairable — accepted with
 * warnings into data that passes validation again on its own. Nothing ever throws, nothing ever
 * reaches Object.prototype, and a signed SLA version never comes out different from the file.
 */

let sample: SampleFile
let text: string
let cases = 0
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype)
const REFUSALS = new Set<BackupErrorCode>(BACKUP_ERROR_CODES.filter((code) => code !== 'unexpected'))
const WARNINGS = new Set<string>(BACKUP_WARNING_CODES)

beforeAll(async () => {
  sample = await sampleJson()
  text = await sampleText()
})

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

afterAll(() => {
  // The brief: at least 1,000 malformed files.
  expect(cases).toBeGreaterThanOrEqual(1_000)
})

function hasUnsafeKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasUnsafeKey)
  if (value === null || typeof value !== 'object') return false
  return Object.entries(value).some(([key, entry]) => (UNSAFE_KEYS as readonly string[]).includes(key) || hasUnsafeKey(entry))
}

const plain = (params: object) => Object.values(params).every((value) => typeof value === 'string' || typeof value === 'number')

/** What every outcome must satisfy, whatever the damage. */
async function checkOutcome(result: ParseResult, fileText: string): Promise<void> {
  cases++
  if (!result.ok) {
    expect(REFUSALS).toContain(result.error.code)
    expect(plain(result.error.params)).toBe(true)
    return
  }
  for (const warning of result.warnings) {
    expect(WARNINGS).toContain(warning.code)
    expect(plain(warning.params)).toBe(true)
  }
  // What was restored is a clean backup: it goes through the import again without any repair.
  const again = await parseBackup(createBackup(result.data, SAMPLE_META))
  expect(again.ok && again.data).toEqual(result.data)
  expect(again.ok && again.warnings.filter((w) => w.code !== 'sealBroken')).toEqual([])
  expectSignedVersionsUntouched(result, fileText)
}

/** Every signed or superseded version that came through is exactly the one in the file. */
function expectSignedVersionsUntouched(result: Extract<ParseResult, { ok: true }>, fileText: string): void {
  const file = JSON.parse(fileText) as SampleFile
  const inFile = new Map(
    file.data.workshops
      .flatMap((entry): unknown[] => (Array.isArray(entry?.slaVersions) ? entry.slaVersions : []))
      // A damaged file may hold anything in the list, null included.
      .filter((v): v is SlaVersion => v !== null && typeof v === 'object')
      .map((v) => [v.id, v])
  )
  const signed = result.data.workshops.flatMap((entry) => entry.slaVersions).filter((v: SlaVersion) => v.state !== 'draft')
  for (const version of signed) expect(version).toEqual(inFile.get(version.id))
}

async function expectRefused(fileText: string, code: BackupErrorCode): Promise<void> {
  const result = await parseBackup(fileText)
  await checkOutcome(result, fileText)
  expect(result.ok ? 'accepted' : result.error.code).toBe(code)
}

// Hundreds of parses per property (each ~10 ms: validation, two SHA-256 fingerprints, re-import).
describe('malformed backup files', { timeout: 60_000 }, () => {
  it('refuses arbitrary text, including every kind of Unicode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (garbage) => {
        const result = await parseBackup(garbage)
        await checkOutcome(result, garbage)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 300 }
    )
  })

  it('refuses any JSON that is not a backup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        // fast-check likes to generate `__proto__` keys; those are refused before anything else.
        await expectRefused(JSON.stringify(value), hasUnsafeKey(value) ? 'unsafeKey' : 'notABackup')
      }),
      { numRuns: 200 }
    )
  })

  it('refuses every truncation of a valid file', async () => {
    const end = text.trimEnd().length
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: end - 1 }), async (length) => {
        await expectRefused(text.slice(0, length), 'invalidJson')
      }),
      { numRuns: 200 }
    )
  })

  it('survives a wrong value of every type in every field, at every depth', async () => {
    const paths = pathsOf(sample)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), badValue, async (path: Path, value) => {
        const fileText = JSON.stringify(withReplaced(sample, path, value))
        await checkOutcome(await parseBackup(fileText), fileText)
      }),
      { numRuns: 400 }
    )
  })

  it('survives numbers that overflow to Infinity in every numeric field', async () => {
    const numeric = pathsOf(sample).filter((path) => typeof path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], sample) === 'number')
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...numeric), async (path) => {
        const marker = 'OVERFLOW-MARKER'
        const fileText = JSON.stringify(withReplaced(sample, path, marker)).replace(`"${marker}"`, OVERFLOWING_NUMBER)
        const result = await parseBackup(fileText)
        await checkOutcome(result, fileText)
        // The only number the wrapper has is the version; anywhere else the record goes or the file does.
        if (path[0] === 'version') expect(!result.ok && result.error.code).toBe('invalidVersion')
        else expect(result.ok ? result.warnings.map((w) => w.code) : [result.error.code]).not.toEqual([])
      }),
      { numRuns: 60 }
    )
  })

  it('refuses __proto__, constructor and prototype keys at every depth', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...objectPathsOf(sample)),
        fc.constantFrom(...UNSAFE_KEYS),
        fc.oneof(fc.constant({ polluted: 'yes' }), fc.jsonValue({ maxDepth: 2 })),
        async (path, key, value) => {
          await expectRefused(JSON.stringify(withKey(sample, path, key, value)), 'unsafeKey')
        }
      ),
      { numRuns: 150 }
    )
  })

  it('refuses deep nesting before parsing it, alone or inside a valid file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: BACKUP_LIMITS.maxDepth, max: 20_000 }), fc.boolean(), async (depth, inside) => {
        const nested = `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`
        await expectRefused(inside ? text.replace('"sharedGoal": ', `"sharedGoal": ${nested}, "x": `) : nested, 'tooDeep')
      }),
      { numRuns: 50 }
    )
  })

  it('refuses future and nonsensical format versions', async () => {
    const future = fc.integer({ min: BACKUP_FORMAT_VERSION + 1, max: Number.MAX_SAFE_INTEGER })
    const nonsense = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double({ noInteger: true }),
      fc.string({ maxLength: 5 }),
      fc.constantFrom(null, true, [], {})
    )
    await fc.assert(
      fc.asyncProperty(fc.oneof(future, nonsense), async (version) => {
        const fileText = JSON.stringify({ ...sample, version })
        const isFuture = Number.isSafeInteger(version) && (version as number) > BACKUP_FORMAT_VERSION
        await expectRefused(fileText, isFuture ? 'newerVersion' : 'invalidVersion')
      }),
      { numRuns: 100 }
    )
  })

  it('refuses binary garbage as bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const result = await parseBackupBytes(bytes)
        await checkOutcome(result, '')
        expect(result.ok).toBe(false)
      }),
      { numRuns: 200 }
    )
  })

  it('refuses two records of one kind with the same id', async () => {
    const records = sample.data.workshops.flatMap((entry, e) => [
      { kind: 'workshop', path: ['data', 'workshops', e, 'workshop', 'id'] },
      ...(['participants', 'items', 'slaVersions', 'signatures', 'reviews'] as const).flatMap((list) =>
        entry[list].map((_record, i) => ({ kind: list, path: ['data', 'workshops', e, list, i, 'id'] }))
      )
    ])
    const pairs = fc
      .tuple(fc.constantFrom(...records), fc.constantFrom(...records))
      .filter(([a, b]) => a.kind === b.kind && a.path.join('.') !== b.path.join('.'))
    await fc.assert(
      fc.asyncProperty(pairs, async ([first, second]) => {
        const id = second.path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], sample)
        await expectRefused(JSON.stringify(withReplaced(sample, first.path, id)), 'duplicateId')
      }),
      { numRuns: 100 }
    )
  })

  it('refuses lists longer than their caps', async () => {
    const caps = {
      participants: BACKUP_LIMITS.maxParticipants,
      items: BACKUP_LIMITS.maxItems,
      slaVersions: BACKUP_LIMITS.maxSlaVersions,
      signatures: BACKUP_LIMITS.maxSignatures,
      reviews: BACKUP_LIMITS.maxReviews
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(caps) as Array<keyof typeof caps>)), fc.constantFrom(0, 1), async (list, index) => {
        const file = withReplaced(sample, ['data', 'workshops', index, list], Array.from({ length: caps[list] + 1 }, () => ({})))
        await expectRefused(JSON.stringify(file), 'tooManyRecords')
      }),
      { numRuns: 20 }
    )
    await expectRefused(JSON.stringify({ ...sample, data: { workshops: Array.from({ length: BACKUP_LIMITS.maxWorkshops + 1 }, () => ({})) } }), 'tooManyRecords')
  })

  it.each([
    ['a missing wrapper', () => JSON.stringify(sample.data), 'notABackup'],
    ['records without a wrapper', () => JSON.stringify(sample.data.workshops), 'notABackup'],
    ['a file of NaN', () => 'NaN', 'invalidJson'],
    ['single quotes', () => text.replace(/"/g, "'"), 'invalidJson'],
    ['a trailing comma', () => text.replace(/}\s*$/, ',}'), 'invalidJson'],
    ['a comment', () => `// backup\n${text}`, 'invalidJson'],
    ['a Word file', () => 'PK\u0003\u0004[Content_Types].xml', 'invalidJson'],
    ['an escaped prototype key', () => text.replace('{', '{"\\u005f_proto__":{"polluted":1},'), 'unsafeKey'],
    ['an empty data object', () => JSON.stringify({ ...sample, data: {} }), 'invalidStructure'],
    ['a workshop without records', () => JSON.stringify({ ...sample, data: { workshops: [{ workshop: {} }] } }), 'invalidStructure'],
    ['only broken workshops', () => JSON.stringify({ ...sample, data: { workshops: [{ workshop: {}, participants: [], items: [], slaVersions: [], signatures: [], reviews: [], roomAnswers: [] }] } }), 'nothingToImport']
  ])('refuses %s', async (_name, make, code) => {
    await expectRefused(make(), code as BackupErrorCode)
  })
})
