import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { exportMinutesDocx, exportReviewReportDocx, exportSlaDocx } from '../../shared/docx/index'
import { minutesInput, slaInput, target, text } from '../shared/docx/hostile-arbitraries'
import { minutesInput as plainMinutes, signedSlaInput } from '../shared/docx/docx-fixtures'
import { largestMinutes, largestSla } from '../shared/docx/at-limits'
import { SCHEMA, xmllint } from './tools'
import { reviewReportInput } from '../shared/docx/review-fixtures'

/**
 * Every kind of document, ordinary and hostile, validated against the WordprocessingML schema
 * (../shared/ooxml-schemas, xmllint from libxml2-utils). The unit suite checks the same documents
 * for well-formedness with an npm parser; this suite needs the schema and xmllint.
 */
const work = mkdtempSync(join(tmpdir(), 'smarketing-schema-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const documents: string[] = []

function keep(name: string, bytes: Uint8Array): void {
  const data = unzipSync(bytes)['word/document.xml']
  if (!data) throw new Error(`${name}: the package has no word/document.xml`)
  const path = join(work, name, 'document.xml')
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, data)
  documents.push(path)
}

function expectValid(): void {
  const result = xmllint(documents.splice(0), SCHEMA)
  expect(result.failures.map((f) => `${f.file}: ${f.message}`)).toEqual([])
}

describe('word/document.xml is valid against the WordprocessingML schema', () => {
  it('the ordinary SLA, minutes and review report in both languages', async () => {
    for (const language of ['de', 'en'] as const) {
      keep(`sla-${language}`, await exportSlaDocx(await signedSlaInput(language)))
      keep(`minutes-${language}`, await exportMinutesDocx(plainMinutes(language)))
      keep(`review-${language}`, await exportReviewReportDocx(await reviewReportInput(language)))
    }
    expect(documents).toHaveLength(6)
    expectValid()
  }, 120_000)

  it('the largest SLA and minutes the field limits allow, long texts in rows of their own', async () => {
    const sla = await exportSlaDocx(await largestSla('de'))
    keep('largest-sla', sla)
    keep('largest-minutes', await exportMinutesDocx(largestMinutes('de')))
    expect(strFromU8(unzipSync(sla)['word/document.xml'] ?? new Uint8Array())).toContain('<w:gridSpan w:val="5"/>')
    expectValid()
  }, 120_000)

  it('60 hostile SLAs and 20 hostile minutes', async () => {
    const slas = fc.sample(slaInput, { numRuns: 60, seed: Number(process.env.DOCX_SEED) || 60 })
    for (const [index, input] of slas.entries()) keep(`hostile-sla-${index}`, await exportSlaDocx(input))
    const minutes = fc.sample(minutesInput, { numRuns: 20, seed: 20 })
    for (const [index, input] of minutes.entries()) keep(`hostile-minutes-${index}`, await exportMinutesDocx(input))
    expect(documents).toHaveLength(80)
    expectValid()
  }, 300_000)

  it('an SLA with 5,000 hostile target rows', async () => {
    const base = await signedSlaInput('de')
    const targets = fc.sample(target, { numRuns: 5000, seed: 5000 })
    const organisation = fc.sample(text, { numRuns: 1, seed: 7 })[0] ?? ''
    keep('big', await exportSlaDocx({ ...base, content: { ...base.content, organisation, targets } }))
    expectValid()
  }, 120_000)
})
