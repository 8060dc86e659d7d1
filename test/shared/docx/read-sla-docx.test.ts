import { Document, Packer, Paragraph } from 'docx'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportSlaDocx, readSlaDocx } from '../../../shared/docx/index'
import { MAX_SLA_ROWS } from '../../../shared/docx/sla/sla-data'
import { MAX_LIST_LENGTH } from '../../../shared/docx/sla/sla-data-schema'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import type { SlaContent } from '../../../shared/domain/sla'
import { draftSlaInput, signedSlaInput, slaContent } from './docx-fixtures'
import { edited, expectSla, replaceIn, type Edit } from './docx-test-support'


describe('opening an SLA from its Word file', () => {
  it.each(['de', 'en'] as const)('(%s) gives back exactly what was signed, unchanged', async (language) => {
    const input = await signedSlaInput(language)
    const reading = expectSla(await readSlaDocx(await exportSlaDocx(input)))
    expect(reading).toMatchObject({ integrity: 'unchanged', reasons: [], checked: 'sealAndText', layoutVersion: 2 })
    expect(reading.data.content).toEqual(input.content)
    expect(reading.data.version).toEqual(input.version)
    expect(reading.data.signatures).toEqual(input.signatures)
    expect(reading.data.history).toEqual(input.history)
    expect(reading.data.reviewDates).toEqual(input.reviewDates)
    expect(reading.data.generatedAt).toBe(input.generatedAt)
    expect(await slaFingerprint(reading.data.content)).toBe(input.version.fingerprint)
  })

  it('checks a draft by its text alone, as it has no fingerprint', async () => {
    const reading = expectSla(await readSlaDocx(await exportSlaDocx(draftSlaInput('de'))))
    expect(reading).toMatchObject({ integrity: 'unchanged', reasons: [], checked: 'textOnly' })
  })

  it('keeps hostile text exactly, and the document still matches it', async () => {
    const content: SlaContent = { ...slaContent('en'), organisation: 'Ünïcødé\u0000 GmbH 😀 שלום \uFFFF\uD800 <&> "q"', title: 'a\r\nb\tc' }
    const input = await signedSlaInput('en', content)
    const reading = expectSla(await readSlaDocx(await exportSlaDocx(input)))
    expect(reading.data.content.organisation).toBe(content.organisation)
    expect(reading.data.content.title).toBe(content.title)
    expect(reading).toMatchObject({ integrity: 'unchanged', reasons: [] })
  })

  it('survives what Word does when it saves: renumbered custom parts, runs split differently', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const resaved = edited(bytes, (files) => {
      files['customXml/item2.xml'] = files['customXml/item1.xml'] ?? new Uint8Array()
      delete files['customXml/item1.xml']
      replaceIn('word/document.xml', '<w:t xml:space="preserve">Teams and purpose</w:t>', '<w:t>Teams and</w:t></w:r><w:r><w:t xml:space="preserve"> purpose</w:t>')(files)
    })
    expect(expectSla(await readSlaDocx(resaved))).toMatchObject({ integrity: 'unchanged', reasons: [] })
  })
})

describe('noticing changes', () => {
  it('reports dataChanged when a target value in the data part was changed', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const tampered = edited(bytes, replaceIn('customXml/item1.xml', '"value":300000', '"value":310000'))
    const reading = expectSla(await readSlaDocx(tampered))
    expect(reading.integrity).toBe('changed')
    expect(reading.reasons).toContain('dataChanged')
    expect(reading.data.content.targets.some((target) => target.value === 310000)).toBe(true)
  })

  it('reports dataChanged also when both copies of the content were changed alike', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const tampered = edited(bytes, replaceIn('customXml/item1.xml', /"value":300000/g, '"value":310000'))
    expect(expectSla(await readSlaDocx(tampered)).reasons).toContain('dataChanged')
  })

  it('reports textChanged, and only that, when a visible text run was edited', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const tampered = edited(bytes, replaceIn('word/document.xml', '<w:t>at most 24\u00A0hours</w:t>', '<w:t>at most 72\u00A0hours</w:t>'))
    expect(expectSla(await readSlaDocx(tampered))).toMatchObject({ integrity: 'changed', reasons: ['textChanged'] })
  })

  it('reports textChanged when a paragraph was added to the document', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('de'))
    const tampered = edited(bytes, replaceIn('word/document.xml', '<w:sectPr>', '<w:p><w:r><w:t>Zusatz: Der Vertrieb ruft nie an.</w:t></w:r></w:p><w:sectPr>'))
    expect(expectSla(await readSlaDocx(tampered)).reasons).toEqual(['textChanged'])
  })

  it('notices a changed data part of a draft through the text', async () => {
    const bytes = await exportSlaDocx(draftSlaInput('en'))
    const tampered = edited(bytes, replaceIn('customXml/item1.xml', '"value":300000', '"value":310000'))
    expect(expectSla(await readSlaDocx(tampered))).toMatchObject({ integrity: 'changed', reasons: ['textChanged'], checked: 'textOnly' })
  })
})

describe('files not from the app', () => {
  it('recognises a Word file made elsewhere', async () => {
    const plain = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Service Level Agreement')] }] })))
    expect(await readSlaDocx(plain)).toEqual({ kind: 'notFromApp', reason: 'noData' })
  })

  it.each([
    ['no bytes', new Uint8Array()],
    ['text', strToU8('Service Level Agreement, signed.')],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ['a zip header and nothing else', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ['an end record pointing nowhere', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f, 0, 0])]
  ])('says %s is not from the app', async (_, bytes) => {
    expect(await readSlaDocx(bytes)).toEqual({ kind: 'notFromApp', reason: 'notAZip' })
  })

  it('says a zip without word/document.xml is not a Word file', async () => {
    expect(await readSlaDocx(zipSync({ 'hello.txt': strToU8('hi') }))).toEqual({ kind: 'notFromApp', reason: 'notAWordFile' })
  })

  it('refuses a data part that is not valid XML, JSON or data', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const cases: Array<[Edit, string]> = [
      [replaceIn('customXml/item1.xml', /<data>[^<]*<\/data>/, '<data>{not json</data>'), 'invalidData'],
      [replaceIn('customXml/item1.xml', /<data>[^<]*<\/data>/, '<data>{"format":"smarketing-studio/sla-docx","formatVersion":3}</data>'), 'invalidData'],
      [replaceIn('customXml/item1.xml', /<data>/, '<data><evil>'), 'invalidData'],
      [replaceIn('customXml/item1.xml', /<data>[^<]*<\/data>/, '<data>&bogus;</data>'), 'invalidData'],
      [replaceIn('customXml/item1.xml', '"formatVersion":3', '"formatVersion":7'), 'unsupportedFormat'],
      [replaceIn('customXml/item1.xml', '"state":"signed"', '"state":"framed"'), 'invalidData']
    ]
    for (const [edit, reason] of cases) expect(await readSlaDocx(edited(bytes, edit))).toEqual({ kind: 'notFromApp', reason })
  })
})

describe('hostile zips', () => {
  /** Changes the sizes the central directory declares for every entry. */
  function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
    const copy = zip.slice()
    const view = new DataView(copy.buffer)
    for (let at = 0; at < copy.length - 4; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true)
    }
    return copy
  }

  it('refuses a file larger than 100 MB without looking into it', async () => {
    expect(await readSlaDocx(new Uint8Array(101 * 1024 * 1024))).toEqual({ kind: 'notFromApp', reason: 'tooLarge' })
  })

  it('refuses a zip that declares more than 100 MB', async () => {
    const bytes = lieAboutSizes(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 0xfffffff0)
    expect(await readSlaDocx(bytes)).toEqual({ kind: 'notFromApp', reason: 'tooLarge' })
  })

  // How fast these refusals are is measured by `npm run bench`, not asserted here: a timed unit
  // test fails on a busy machine for no fault of the code.
  it('stops inflating a part that grows past the size it declared', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 })
    expect(await readSlaDocx(lieAboutSizes(bomb, 1024))).toEqual({ kind: 'notFromApp', reason: 'notAZip' })
  }, 60_000)

  it('refuses an honest zip bomb of 120 MB without inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(120 * 1024 * 1024) }, { level: 1 })
    expect(await readSlaDocx(bomb)).toEqual({ kind: 'notFromApp', reason: 'tooLarge' })
  }, 60_000)

  it('reads a huge data part of garbage within limits as not from the app', async () => {
    const bytes = await exportSlaDocx(await signedSlaInput('en'))
    const garbage = edited(bytes, (files) => {
      files['customXml/item1.xml'] = strToU8(`<slaDocument xmlns="urn:smarketing-studio:sla-docx"><data>${'['.repeat(20_000_000)}</data></slaDocument>`)
    })
    expect(await readSlaDocx(garbage)).toEqual({ kind: 'notFromApp', reason: 'invalidData' })
  }, 60_000)

  it('refuses an entry with an unknown compression method or a truncated body', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document>'.repeat(100)) })
    const unknownMethod = zip.slice()
    const view = new DataView(unknownMethod.buffer)
    for (let at = 0; at < unknownMethod.length - 4; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 10, 14, true)
    expect(await readSlaDocx(unknownMethod)).toEqual({ kind: 'notFromApp', reason: 'notAZip' })
    expect(await readSlaDocx(zip.subarray(0, zip.length - 30))).toEqual({ kind: 'notFromApp', reason: 'notAZip' })
  })
})

describe('huge SLAs', () => {
  const targets = (count: number): SlaContent['targets'] =>
    Array.from({ length: count }, (_, i) => ({
      id: `t${i}`,
      status: 'agreed' as const,
      period: 'quarter' as const,
      metric: `MQLs handed to sales in region ${i}`,
      team: i % 2 ? ('sales' as const) : ('marketing' as const),
      value: 100 + i,
      unit: 'MQLs',
      source: null
    }))

  it('reads a signed SLA of 3,000 targets back unchanged, and notices one edited row among them', async () => {
    const content = { ...slaContent('de'), targets: targets(3_000) }
    const bytes = await exportSlaDocx(await signedSlaInput('de', content))
    expect(expectSla(await readSlaDocx(bytes))).toMatchObject({ integrity: 'unchanged', reasons: [] })
    const edit = replaceIn('word/document.xml', 'MQLs handed to sales in region 1717<', 'MQLs handed to sales in region 1771<')
    expect(expectSla(await readSlaDocx(edited(bytes, edit)))).toMatchObject({ integrity: 'changed', reasons: ['textChanged'] })
  }, 60_000)

  it('reports its progress from the start to the end', async () => {
    const seen: number[] = []
    await readSlaDocx(await exportSlaDocx(draftSlaInput('en')), (fraction) => seen.push(fraction))
    expect(seen.length).toBeGreaterThan(2)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
    expect(seen.at(-1)).toBe(1)
  })

  it(`refuses a list of more than ${MAX_LIST_LENGTH} rows as too large, counted before the data is parsed`, async () => {
    const bytes = await exportSlaDocx(draftSlaInput('en'))
    const long = edited(bytes, replaceIn('customXml/item1.xml', '"reviewDates":[', `"reviewDates":[${'0,'.repeat(MAX_LIST_LENGTH)}`))
    expect(await readSlaDocx(long)).toEqual({ kind: 'notFromApp', reason: 'tooLarge' })
  })

  it(`refuses more than ${MAX_SLA_ROWS} rows in all lists together, before laying any of them out`, async () => {
    const bytes = await exportSlaDocx(draftSlaInput('en'))
    const rows = (list: string) => replaceIn('customXml/item1.xml', `"${list}":[`, `"${list}":[${'0,'.repeat(MAX_SLA_ROWS / 2)}`)
    const many = edited(bytes, (files) => {
      rows('targets')(files)
      rows('responsibilities')(files)
    })
    expect(await readSlaDocx(many)).toEqual({ kind: 'notFromApp', reason: 'tooLarge' })
    // Half as many are only invalid (a zero is no target), not too large.
    expect(await readSlaDocx(edited(bytes, rows('targets')))).toEqual({ kind: 'notFromApp', reason: 'invalidData' })
  })
})
