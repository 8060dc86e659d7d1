import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportMinutesDocx, exportSlaDocx } from '../../shared/docx/index'
import type { MinutesDocumentInput } from '../../shared/docx/minutes/minutes-input'
import { minutesInput, signedSlaInput } from '../shared/docx/docx-fixtures'
import { renderWithLibreOffice } from './tools'

/**
 * Issue 12 §2: e-mail addresses and long words are never broken in the middle without a hyphen
 * ("anna@mueller.exampl e", "forschungsget rieben" in the minutes' narrow columns). The documents
 * are rendered as their readers see them — LibreOffice to PDF — and the text read back with
 * `pdftotext -layout`, which keeps each line where it is set: a word broken mid-way shows as its
 * start at the end of one line of a column and the rest at the same place on the next line.
 */
const work = mkdtempSync(join(tmpdir(), 'smarketing-word-breaks-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The words at least `min` characters long of the texts a room typed, as a line may not break them. */
function longWords(texts: readonly string[], min = 12): string[] {
  const words = texts.flatMap((text) => text.split(/\s+/u)).map((word) => word.replace(/^[(„“"']+|[)“”"',.;:]+$/gu, ''))
  return [...new Set(words.filter((word) => word.length >= min && /\p{L}/u.test(word)))]
}

/** Every text of the minutes' input that ends up in a table or a paragraph. */
function typedTexts(input: MinutesDocumentInput): string[] {
  const fromItems = input.items.flatMap((item) => Object.values(item).filter((value): value is string => typeof value === 'string'))
  const fromPeople = input.participants.flatMap((p) => [p.name, p.role, p.email])
  return [...fromItems, ...fromPeople, input.workshop.sharedGoal]
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The places where `word` is broken without a hyphen: a line whose column ends with the word's
 * start (not ending in a hyphen) and a line below it that continues with the rest, at the same place.
 */
function midWordBreaks(text: string, word: string): string[] {
  const lines = text.split('\n')
  const found: string[] = []
  lines.forEach((line, at) => {
    for (let cut = 2; cut < word.length; cut++) {
      const start = word.slice(0, cut)
      if (/[-\u2010\u00AD]$/u.test(start)) continue
      for (const match of line.matchAll(new RegExp(`(?<![\\p{L}\\p{N}@./-])${escape(start)}(?= {2,}|\\s*$)`, 'gu'))) {
        // The rest starts the next line of the column: below the word, or at the column's left edge.
        const gap = [...line.slice(0, match.index).matchAll(/\s{2,}/gu)].at(-1)
        const edge = gap ? gap.index + gap[0].length : line.search(/\S/u)
        const rest = word.slice(cut)
        const below = lines.slice(at + 1, at + 3).find((next) => next.trim() !== '') ?? ''
        const continues = [match.index, edge].some((column) =>
          new RegExp(`^.{${Math.max(0, column - 2)},${column + 3}}(?<![\\p{L}\\p{N}])${escape(rest)}`, 'u').test(below)
        )
        if (continues) found.push(`${line.trim()} / ${below.trim()}`)
      }
    }
  })
  return found
}

describe('no word broken in the middle without a hyphen, as LibreOffice sets the documents', () => {
  it('finds a mid-word break where there is one (the check itself)', () => {
    const broken = [
      '  Anna Marketing    Marketingleiterin    anna@mueller.exampl      ja',
      '                                         e',
      '    (operativ/taktisch vs. strategisch/forschungsget',
      '    rieben)'
    ].join('\n')
    expect(midWordBreaks(broken, 'anna@mueller.example')).toHaveLength(1)
    expect(midWordBreaks(broken, 'strategisch/forschungsgetrieben')).toHaveLength(1)
    const hyphenated = ['    strategisch/forschungs-', '    getrieben)'].join('\n')
    expect(midWordBreaks(hyphenated, 'strategisch/forschungsgetrieben')).toEqual([])
  })

  it('the German workshop minutes: the participants’ e-mail addresses and the friction areas', async () => {
    const input = minutesInput('de')
    const file = join(work, 'minutes-de.docx')
    writeFileSync(file, await exportMinutesDocx(input))
    const { text } = renderWithLibreOffice(file, work)
    const words = longWords(typedTexts(input))
    expect(words).toEqual(expect.arrayContaining(['anna@mueller.example', 'strategisch/forschungsgetrieben']))
    expect(text).toContain('anna@mueller.example')
    const breaks = words.flatMap((word) => midWordBreaks(text, word).map((where) => `${word}: ${where}`))
    expect(breaks).toEqual([])
  }, 180_000)

  it('the signed German SLA', async () => {
    const input = await signedSlaInput('de')
    const file = join(work, 'sla-de.docx')
    writeFileSync(file, await exportSlaDocx(input))
    const { text } = renderWithLibreOffice(file, work)
    const { content } = input
    const texts = [
      ...content.parties.signatories.flatMap((s) => [s.name, s.role]),
      ...content.definitions.stages.flatMap((s) => [s.name, s.definition, s.entryCriteria, s.onStall]),
      ...content.responsibilities.map((r) => r.activity),
      ...content.commitments.flatMap((c) => [c.description, c.measuredBy]),
      ...content.targets.map((t) => t.metric),
      ...content.reporting.reports.flatMap((r) => [r.name, r.metrics, r.channel, r.owner])
    ]
    const words = longWords(texts)
    expect(words.length).toBeGreaterThan(10)
    const breaks = words.flatMap((word) => midWordBreaks(text, word).map((where) => `${word}: ${where}`))
    expect(breaks).toEqual([])
  }, 180_000)
})
