import { describe, expect, it } from 'vitest'
import { BACKUP_LIMITS } from '../../../shared/backup/limits'
import { parseBackup, parseBackupBytes } from '../../../shared/backup/parse-backup'
import { jsonShapeProblem } from '../../../shared/backup/safe-json'
import { sampleText } from './sample-backup'

/**
 * SPEC §9 and issue 11: hostile or huge input never freezes the window. A 48 MB backup that is
 * one array of 24 million zeros kept the page busy for over ten minutes, because every value went
 * through the per-key filter given to JSON.parse. Lists and objects are now counted while the
 * text is scanned, before it is parsed, and refused at the first one longer than any backup has.
 */
const MAX_ENTRIES = BACKUP_LIMITS.maxEntries
const limits = { maxDepth: BACKUP_LIMITS.maxDepth, maxEntries: MAX_ENTRIES }
const list = (count: number, value = '0') => `[${Array.from({ length: count }, () => value).join(',')}]`

describe('counting while reading', () => {
  it('refuses the 48 MB file of 24 million zeros as too many entries, and reports the cap', async () => {
    const zeros = new TextEncoder().encode(`[${'0,'.repeat(24_000_000 - 1)}0]`)
    expect(zeros.byteLength).toBeGreaterThan(47_000_000)
    const result = await parseBackupBytes(zeros)
    expect(result).toEqual({ ok: false, error: { code: 'tooManyEntries', params: { max: MAX_ENTRIES } } })
  })

  it('counts far beyond every record cap, so those still name what is too many', () => {
    for (const cap of [BACKUP_LIMITS.maxItems, BACKUP_LIMITS.maxListLength, BACKUP_LIMITS.maxWorkshops, BACKUP_LIMITS.maxSignatures]) {
      expect(MAX_ENTRIES).toBeGreaterThan(cap)
    }
  })

  it('takes a list of exactly the cap, and refuses one entry more', () => {
    expect(jsonShapeProblem(list(MAX_ENTRIES), limits)).toBeNull()
    expect(jsonShapeProblem(list(MAX_ENTRIES + 1), limits)).toBe('tooManyEntries')
  })

  it('counts the members of an object the same way', () => {
    const members = (count: number) => `{${Array.from({ length: count }, (_, i) => `"k${i}":${i}`).join(',')}}`
    expect(jsonShapeProblem(members(MAX_ENTRIES), limits)).toBeNull()
    expect(jsonShapeProblem(members(MAX_ENTRIES + 1), limits)).toBe('tooManyEntries')
  })

  it('counts each list on its own, at every depth', () => {
    const many = `{"a":${list(MAX_ENTRIES)},"b":[${list(MAX_ENTRIES)},${list(3)}],"c":${list(MAX_ENTRIES)}}`
    expect(jsonShapeProblem(many, limits)).toBeNull()
    expect(jsonShapeProblem(`{"a":[${list(2)},${list(MAX_ENTRIES + 1)}]}`, limits)).toBe('tooManyEntries')
  })

  it('does not count commas inside texts, escaped quotes included', () => {
    const text = `"${',\\",'.repeat(MAX_ENTRIES)}"`
    expect(jsonShapeProblem(`[${text},${text}]`, limits)).toBeNull()
  })

  it('refuses a list too long inside an otherwise valid backup, before validating any record', async () => {
    const text = (await sampleText()).replace('"sharedGoal":', `"noise":${list(MAX_ENTRIES + 1)},"sharedGoal":`)
    const result = await parseBackup(text)
    expect(!result.ok && result.error.code).toBe('tooManyEntries')
  })

  it('still finds depth first where nesting is the problem', () => {
    expect(jsonShapeProblem(`${'['.repeat(BACKUP_LIMITS.maxDepth + 1)}${']'.repeat(BACKUP_LIMITS.maxDepth + 1)}`, limits)).toBe('tooDeep')
    expect(jsonShapeProblem(`${'['.repeat(BACKUP_LIMITS.maxDepth)}${']'.repeat(BACKUP_LIMITS.maxDepth)}`, limits)).toBeNull()
  })
})

describe('progress', () => {
  it('goes from the start to 1, never backwards, for a valid backup', async () => {
    const seen: number[] = []
    const result = await parseBackup(await sampleText(), { onProgress: (fraction) => seen.push(fraction) })
    expect(result.ok).toBe(true)
    expect(seen.length).toBeGreaterThan(2)
    expect(seen.every((fraction, index) => fraction >= 0 && fraction <= 1 && (index === 0 || fraction >= seen[index - 1]!))).toBe(true)
    expect(seen.at(-1)).toBe(1)
  })

  it('is told while a large text is scanned, before it is refused', async () => {
    const seen: number[] = []
    // 6 MB of one long list in a backup's clothes: scanned in steps, refused at its end.
    const text = `{"type":"smarketing-studio-backup","data":${list(MAX_ENTRIES + 1, '"' + 'x'.repeat(60) + '"')}}`
    const result = await parseBackup(text, { onProgress: (fraction) => seen.push(fraction) })
    expect(!result.ok && result.error.code).toBe('tooManyEntries')
    expect(seen.length).toBeGreaterThanOrEqual(4)
    expect(seen.at(-1)).toBeLessThan(1)
  })
})
