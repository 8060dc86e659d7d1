import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { exportMinutesDocx, exportSlaDocx, readSlaDocx } from '../../../shared/docx/index'
import { wellFormed } from './docx-test-support'
import { minutesInput, signedHoldableSla, slaInput, target, text } from './hostile-arbitraries'
import { signedSlaInput } from './docx-fixtures'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'

/**
 * SPEC §9 "no export ever produces a document Word or LibreOffice cannot open": hundreds of
 * SLAs and minutes full of what XML forbids, emoji, right-to-left text, absurd numbers and
 * fields as long as a stored text can be. Every XML part must be well-formed (a strict XML parser from npm).
 * Validation against the WordprocessingML schema: test/integration/docx-schema.test.ts.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const work = mkdtempSync(join(tmpdir(), 'smarketing-docx-'))
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000)

interface Written {
  xmlParts: string[]
  documents: string[]
}

/** Unpacks a package into `dir`, checking in-process that no part holds a character XML forbids. */
function unpack(bytes: Uint8Array, dir: string, written: Written): void {
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue
    const xml = strFromU8(data)
    const bad = NOT_XML.exec(xml)
    if (bad) throw new Error(`${name} holds U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    const path = join(dir, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, data)
    written.xmlParts.push(path)
    if (name === 'word/document.xml') written.documents.push(path)
  }
}

function validate(written: Written, label: (file: string) => string): void {
  const checked = wellFormed(written.xmlParts)
  expect(checked.failures.map((f) => `${label(f.file)}: ${f.message}`)).toEqual([])
}

describe('hostile documents', () => {
  it('200 hostile SLAs are well-formed, and reading them back never throws', async () => {
    const written: Written = { xmlParts: [], documents: [] }
    const inputs: unknown[] = []
    let run = 0
    await fc.assert(
      fc.asyncProperty(slaInput, async (input) => {
        const dir = join(work, 'sla', String(run))
        inputs[run] = input
        run += 1
        const bytes = await exportSlaDocx(input)
        unpack(bytes, dir, written)
        // Reading back is the slow part; every tenth document is enough to show it never throws.
        if (run % 10 === 0) expect(['sla', 'notFromApp']).toContain((await readSlaDocx(bytes)).kind)
      }),
      { numRuns: 200, seed: Number(process.env.DOCX_SEED) || undefined }
    )
    expect(run).toBeGreaterThanOrEqual(200)
    validate(written, (file) => `document ${/sla\/(\d+)\//.exec(file)?.[1]} (${file})`)
  }, 300_000)

  it('an SLA with 5,000 hostile target rows is well-formed', async () => {
    const base = await signedSlaInput('de')
    const targets = fc.sample(target, { numRuns: 5000, seed: 5000 })
    const organisation = fc.sample(text, { numRuns: 1, seed: 7 })[0] ?? ''
    const bytes = await exportSlaDocx({ ...base, content: { ...base.content, organisation, targets } })
    const written: Written = { xmlParts: [], documents: [] }
    unpack(bytes, join(work, 'big'), written)
    validate(written, (file) => file)
    expect(written.documents).toHaveLength(1)
  }, 120_000)

  it('a signed SLA with any content the app can hold reads back unchanged: no false alarms from odd text', async () => {
    await fc.assert(
      fc.asyncProperty(signedHoldableSla, async (input) => {
        const reading = await readSlaDocx(await exportSlaDocx(input))
        if (reading.kind !== 'sla') throw new Error(`read back as ${JSON.stringify(reading)}`)
        expect(reading.reasons).toEqual([])
        // What JSON cannot hold (NaN, ±Infinity) comes back as null, exactly as in a backup.
        expect(reading.data.content).toEqual(JSON.parse(JSON.stringify(input.content)))
        expect(await slaFingerprint(reading.data.content)).toBe(input.version.fingerprint)
      }),
      { numRuns: 30 }
    )
  }, 120_000)

  it('40 hostile workshop minutes are well-formed', async () => {
    const written: Written = { xmlParts: [], documents: [] }
    let run = 0
    await fc.assert(
      fc.asyncProperty(minutesInput, async (input) => {
        unpack(await exportMinutesDocx(input), join(work, 'minutes', String(run++)), written)
      }),
      { numRuns: 40 }
    )
    validate(written, (file) => file)
  }, 120_000)
})
