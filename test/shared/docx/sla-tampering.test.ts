import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportSlaDocx, readSlaDocx, type SlaDocumentInput } from '../../../shared/docx/index'
import type { SlaContent } from '../../../shared/domain/sla'
import { contentFingerprint, shortFingerprint } from '../../../shared/domain/sla-fingerprint'
import { sealOf } from '../../../shared/domain/sla-seal'
import { compareWithPaper, compareWithRecords } from '../../../shared/docx/sla/sla-comparison'
import type { SlaVersion } from '../../../shared/domain/sla'
import { signaturePng, signedSlaInput } from './docx-fixtures'
import { edited, expectSla, part, replaceIn, type Edit } from './docx-test-support'

/**
 * Issue 12 §1, the tampering table: every way of changing a signed SLA's Word file reads
 * "changed" — and a file of an older layout, untouched, does not.
 */
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/docx')
const BODY = 'word/document.xml'
const IMAGE = 'word/media/image1.png'

async function signedBytes(): Promise<{ input: SlaDocumentInput; bytes: Uint8Array }> {
  const input = await signedSlaInput('en')
  return { input, bytes: await exportSlaDocx(input) }
}

async function reasonsOf(bytes: Uint8Array) {
  const reading = expectSla(await readSlaDocx(bytes))
  expect(reading.integrity).toBe(reading.reasons.length === 0 ? 'unchanged' : 'changed')
  return reading.reasons
}

/** The same agreement with its content changed, as the app's own exporter would write it. */
function withContent(input: SlaDocumentInput, change: (content: SlaContent) => void): SlaDocumentInput {
  const content = structuredClone(input.content)
  change(content)
  return { ...input, content }
}

/** Fingerprint recomputed everywhere a file carries it — version, signatures, history — but the seal kept. */
function fingerprintRecomputed(input: SlaDocumentInput): SlaDocumentInput {
  const fingerprint = contentFingerprint(input.content)
  return {
    ...input,
    version: { ...input.version, fingerprint },
    signatures: input.signatures.map((signature) => ({ ...signature, fingerprint })),
    history: input.history.map((entry) => (entry.number === input.version.number ? { ...entry, fingerprint } : entry))
  }
}

const moreMqls = (content: SlaContent) => void (content.targets[0]!.value = 450)

describe('the tampering table: a signed SLA changed in its Word file reads “changed”', () => {
  it('visible text only', async () => {
    const { bytes } = await signedBytes()
    expect(await reasonsOf(edited(bytes, replaceIn(BODY, '<w:t>at most 24\u00A0hours</w:t>', '<w:t>at most 72\u00A0hours</w:t>')))).toEqual(['textChanged'])
  })

  it('embedded data only', async () => {
    const { bytes } = await signedBytes()
    expect(await reasonsOf(edited(bytes, replaceIn('customXml/item1.xml', /"value":300000/g, '"value":310000')))).toContain('dataChanged')
  })

  it('text and data changed alike, the content’s SHA-256 recomputed everywhere: the seal no longer matches', async () => {
    const { input } = await signedBytes()
    const forged = fingerprintRecomputed(withContent(input, moreMqls))
    expect(await reasonsOf(await exportSlaDocx(forged))).toEqual(['sealBroken'])
  })

  it('re-exported with the old signatures (and a seal made up for them)', async () => {
    const { input } = await signedBytes()
    const changed = withContent(input, moreMqls)
    const fingerprint = contentFingerprint(changed.content)
    const facts = { ...changed.version, fingerprint }
    const forged = { ...changed, version: { ...facts, seal: sealOf(facts, changed.signatures) } }
    // The signatures were given for the content as it was: none is for this content.
    expect(await reasonsOf(await exportSlaDocx(forged))).toEqual(['sealBroken', 'signaturesChanged'])
  })

  it.each<[string, (signature: SlaDocumentInput['signatures'][number]) => void]>([
    ['place', (s) => (s.place = 'Berlin')],
    ['date', (s) => (s.signedAt -= 86_400_000)],
    ['name', (s) => (s.signerName = 'Anna Other')]
  ])('a signature’s %s changed, in the data and the text alike', async (_what, change) => {
    const { input } = await signedBytes()
    const signatures = structuredClone(input.signatures)
    change(signatures[0]!)
    expect(await reasonsOf(await exportSlaDocx({ ...input, signatures }))).toEqual(['sealBroken'])
  })

  it('a signature’s place changed in the text only', async () => {
    const { bytes } = await signedBytes()
    expect(await reasonsOf(edited(bytes, replaceIn(BODY, '>Hamburg, 15 January 2027', '>Berlin, 15 January 2027')))).toEqual(['textChanged'])
  })

  it('the drawn signature image swapped in the file', async () => {
    const { bytes } = await signedBytes()
    const other = Buffer.from(signaturePng(7).split(',')[1]!, 'base64')
    expect(await reasonsOf(edited(bytes, (files) => void (files[IMAGE] = new Uint8Array(other))))).toEqual(['imagesChanged'])
  })

  it('the drawn signature image swapped in the data and the file alike', async () => {
    const { input } = await signedBytes()
    const signatures = input.signatures.map((s, i) => (i === 0 ? { ...s, image: signaturePng(7) } : s))
    expect(await reasonsOf(await exportSlaDocx({ ...input, signatures }))).toEqual(['sealBroken'])
  })

  it('a picture added to the document', async () => {
    const { bytes } = await signedBytes()
    const body = part(bytes, BODY)
    const drawing = /<w:r><w:drawing>.*?<\/w:drawing><\/w:r>/.exec(body)![0]
    expect(await reasonsOf(edited(bytes, replaceIn(BODY, '<w:sectPr>', `<w:p>${drawing}</w:p><w:sectPr>`)))).toEqual(['imagesChanged'])
  })

  it.each<[string, string]>([
    ['hidden with w:vanish', '<w:vanish/>'],
    ['hidden with w:specVanish', '<w:specVanish/>'],
    ['hidden as web-only text', '<w:webHidden/>'],
    ['set white at 1 pt', '<w:color w:val="FFFFFF"/><w:sz w:val="2"/>'],
    ['set white', '<w:color w:val="FFFFFF"/>'],
    ['set in the background theme colour', '<w:color w:val="000000" w:themeColor="background1"/>'],
    ['set at 5 pt', '<w:sz w:val="10"/>'],
    ['squeezed to 10 % width', '<w:w w:val="10"/>'],
    ['black on a black highlight', '<w:color w:val="000000"/><w:highlight w:val="black"/>'],
    ['grey on grey shading', '<w:color w:val="808080"/><w:shd w:val="clear" w:color="auto" w:fill="808080"/>']
  ])('a clause %s', async (_how, properties) => {
    const { bytes } = await signedBytes()
    const clause = '<w:r><w:t xml:space="preserve">Changes are agreed at the quarterly review'
    const hidden = `<w:r><w:rPr>${properties}</w:rPr><w:t xml:space="preserve">Changes are agreed at the quarterly review`
    expect(await reasonsOf(edited(bytes, replaceIn(BODY, clause, hidden)))).toEqual(['hiddenText'])
  })

  it('a clause added in white at 1 pt', async () => {
    const { bytes } = await signedBytes()
    const added = '<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/><w:sz w:val="2"/></w:rPr><w:t>Sales pays marketing a bonus of 100,000 EUR.</w:t></w:r></w:p><w:sectPr>'
    expect(await reasonsOf(edited(bytes, replaceIn(BODY, '<w:sectPr>', added)))).toEqual(['textChanged', 'hiddenText'])
  })

  it('a style that hides the table text', async () => {
    const { bytes } = await signedBytes()
    const style = /(<w:style [^>]*w:styleId="TableText"[^>]*>.*?<w:rPr>)/
    expect(await reasonsOf(edited(bytes, replaceIn('word/styles.xml', style, '$1<w:vanish/>')))).toEqual(['hiddenText'])
  })

  it('the organisation in the header edited', async () => {
    const { bytes } = await signedBytes()
    expect(await reasonsOf(edited(bytes, replaceIn('word/header1.xml', 'Müller Maschinenbau GmbH', 'Müller Maschinenbau AG')))).toEqual(['textChanged'])
  })

  it('the fingerprint in the footer edited', async () => {
    const { input, bytes } = await signedBytes()
    const short = shortFingerprint(input.version.fingerprint!)
    expect(await reasonsOf(edited(bytes, replaceIn('word/footer1.xml', short, '1111 2222 3333 4444')))).toEqual(['textChanged'])
  })

  it('the package pointed at another main document', async () => {
    const { bytes } = await signedBytes()
    const forged: Edit = (files) => {
      files['word/forged.xml'] = strToU8(part(bytes, BODY).replace('at most 24\u00A0hours', 'at most 72\u00A0hours'))
      files['word/_rels/forged.xml.rels'] = files['word/_rels/document.xml.rels']!
      replaceIn('_rels/.rels', 'Target="word/document.xml"', 'Target="word/forged.xml"')(files)
    }
    expect(await reasonsOf(edited(bytes, forged))).toEqual(['textChanged'])
  })

  it.each<[string, Edit]>([
    ['a tracked insertion', replaceIn(BODY, '<w:sectPr>', '<w:p><w:ins w:id="1" w:author="x" w:date="2027-01-01T00:00:00Z"><w:r><w:t>Also</w:t></w:r></w:ins></w:p><w:sectPr>')],
    ['a tracked deletion', replaceIn(BODY, /<w:r><w:t xml:space="preserve">(Changes are agreed[^<]*)<\/w:t><\/w:r>/, '<w:del w:id="1" w:author="x" w:date="2027-01-01T00:00:00Z"><w:r><w:delText>$1</w:delText></w:r></w:del>')],
    [
      'an embedded document',
      (files) => {
        replaceIn(BODY, '<w:sectPr>', '<w:altChunk r:id="rIdChunk"/><w:sectPr>')(files)
        replaceIn('word/_rels/document.xml.rels', '</Relationships>', '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.html"/></Relationships>')(files)
        files['word/chunk.html'] = strToU8('<html><body>Sales pays everything.</body></html>')
      }
    ]
  ])('%s', async (_what, edit) => {
    const { bytes } = await signedBytes()
    expect(await reasonsOf(edited(bytes, edit))).toContain('textChanged')
  })
})

describe('what a Word user or a newer app does to a signed SLA reads “unchanged”', () => {
  it('Word fills in the page numbers and the table of contents’ page numbers', async () => {
    const { bytes } = await signedBytes()
    const pages = /(<w:fldChar w:fldCharType="separate"\/><\/w:r>)(<w:r><w:fldChar w:fldCharType="end"\/>)/g
    const filled = edited(bytes, (files) => {
      replaceIn('word/footer1.xml', pages, '$1<w:r><w:t>3</w:t></w:r>$2')(files)
      replaceIn(BODY, '<w:t xml:space="preserve">Teams and purpose</w:t></w:r></w:hyperlink>', '<w:t xml:space="preserve">Teams and purpose</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r></w:hyperlink>')(files)
    })
    expect(await reasonsOf(filled)).toEqual([])
  })

  it.each(['de', 'en'])('(%s) a signed file of layout 1, written before seals, reads unchanged — checked by content, not by its wording', async (language) => {
    const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, `layout-1-signed-${language}.docx`)))
    const reading = expectSla(await readSlaDocx(bytes))
    expect(reading).toMatchObject({ integrity: 'unchanged', reasons: [], checked: 'contentOnly', layoutVersion: 1 })
    expect(reading.data.version.seal).toBeNull()
  })

  it('a draft of layout 1 has nothing to be checked against', async () => {
    const reading = expectSla(await readSlaDocx(new Uint8Array(readFileSync(resolve(FIXTURES, 'layout-1-draft-de.docx')))))
    expect(reading).toMatchObject({ integrity: 'unchanged', checked: 'nothing', layoutVersion: 1 })
  })

  it.each(['de', 'en'])('(%s) a signed file of this layout reads unchanged with every check (raise SLA_LAYOUT_VERSION when this fails)', async (language) => {
    const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, `layout-2-signed-${language}.docx`)))
    expect(expectSla(await readSlaDocx(bytes))).toMatchObject({ integrity: 'unchanged', reasons: [], checked: 'sealAndText', layoutVersion: 2 })
  })
})

describe('a signed file of layout 1 changed', () => {
  const layout1 = () => new Uint8Array(readFileSync(resolve(FIXTURES, 'layout-1-signed-de.docx')))

  it.each<[string, Edit, string]>([
    ['its data', replaceIn('customXml/item1.xml', /"value":300000/g, '"value":310000'), 'dataChanged'],
    ['a signature’s image', (files) => void (files[IMAGE] = new Uint8Array(Buffer.from(signaturePng(7).split(',')[1]!, 'base64'))), 'imagesChanged'],
    ['a clause hidden', replaceIn(BODY, /<w:r>(<w:t xml:space="preserve">Änderungen)/, '<w:r><w:rPr><w:vanish/></w:rPr>$1'), 'hiddenText'],
    ['a signature for other content', replaceIn('customXml/item1.xml', /("participantId":"p2"[^}]*"fingerprint":")[0-9a-f]{64}/, '$1' + 'a'.repeat(64)), 'signaturesChanged']
  ])('(%s) reads changed', async (_what, edit, reason) => {
    expect(await reasonsOf(edited(layout1(), edit))).toContain(reason)
  })
})

describe('a forgery that agrees with itself is told apart by the paper and by this laptop’s records', () => {
  it('content, fingerprint and seal all recomputed: the file agrees with itself, but not with the seal on paper or the version kept here', async () => {
    const { input } = await signedBytes()
    const changed = fingerprintRecomputed(withContent(input, moreMqls))
    const facts = { ...changed.version, fingerprint: changed.version.fingerprint! }
    const forged = { ...changed, version: { ...changed.version, seal: sealOf(facts, changed.signatures) } }
    const reading = expectSla(await readSlaDocx(await exportSlaDocx(forged)))
    expect(reading).toMatchObject({ integrity: 'unchanged', checked: 'sealAndText' })

    const original = expectSla(await readSlaDocx(await exportSlaDocx(input))).data
    const paperSeal = input.version.seal!.toUpperCase().match(/.{4}/g)!.join(' ')
    expect(compareWithPaper(paperSeal, original)).toEqual({ kind: 'matchesSeal', digits: 64 })
    expect(compareWithPaper(paperSeal, reading.data)).toEqual({ kind: 'noMatch' })

    const kept: SlaVersion = { ...input.version, id: 'v2', workshopId: 'w1', content: input.content, createdAt: 1, openItemsConfirmed: false, amends: null, reviewId: null }
    const records = [{ version: kept, signatures: input.signatures }]
    expect(compareWithRecords(original, records)).toMatchObject({ kind: 'matches', number: 2 })
    expect(compareWithRecords(reading.data, records)).toMatchObject({ kind: 'differs', number: 2 })
    // A record edited on this laptop vouches for nothing.
    expect(compareWithRecords(original, [{ version: { ...kept, content: reading.data.content }, signatures: input.signatures }])).toEqual({ kind: 'recordBroken', number: 2 })
  })

  it('reads what is typed from paper with any spacing and case, and says when it cannot be a seal', async () => {
    const { input } = await signedBytes()
    const data = expectSla(await readSlaDocx(await exportSlaDocx(input))).data
    expect(compareWithPaper('', data)).toEqual({ kind: 'empty' })
    expect(compareWithPaper('3F2A 91C0', data)).toEqual({ kind: 'tooShort' })
    expect(compareWithPaper('XYZ1 2345 6789 0123', data)).toEqual({ kind: 'invalid' })
    expect(compareWithPaper(` ${input.version.seal!.slice(0, 20).toUpperCase()} `, data)).toEqual({ kind: 'matchesSeal', digits: 20 })
    expect(compareWithPaper(shortFingerprint(input.version.fingerprint!), data)).toEqual({ kind: 'matchesFingerprint', digits: 16 })
  })
})
