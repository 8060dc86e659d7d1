import { Document, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { dataTable } from '../../../shared/docx/blocks'
import { documentXml, packDocx } from '../../../shared/docx/pack'
import { buildSlaDocument } from '../../../shared/docx/sla/sla-document'
import { signedSlaInput } from './docx-fixtures'
import { part, textOf, wellFormed } from './docx-test-support'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Data tables are written as text and put into the body when packing (table-xml.ts, pack.ts). */
const documentWith = (...children: ConstructorParameters<typeof Document>[0]['sections'][number]['children']) =>
  new Document({ sections: [{ children }] })

function table(rows: string[][]) {
  return dataTable(
    [
      { header: 'What', weight: 2 },
      { header: 'Value', weight: 1, align: 'right' }
    ],
    rows
  )
}

describe('packing a document with data tables', () => {
  it('puts every table where it stands in the body, in order, and leaves no place holder', async () => {
    const doc = documentWith(new Paragraph('before'), table([['first', '1']]), new Paragraph('between'), table([['second', '2']]), new Paragraph('after'))
    const body = part(await packDocx(doc), 'word/document.xml')
    expect(body).not.toContain('smarketing:table')
    expect(body.match(/<w:tbl>/g)).toHaveLength(2)
    expect(textOf(body)).toBe('before What Value first 1 between What Value second 2 after')
  })

  it('escapes what the room typed as docx does, keeps spaces at the ends and drops characters XML forbids', async () => {
    const body = part(await packDocx(documentWith(table([[' <b>"Tom" & \'Jerry\'\u0001 ', 'a\nb']]))), 'word/document.xml')
    expect(body).toContain('<w:t xml:space="preserve"> &lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos; </w:t>')
    // One run per line, a line break before each further line, as docx writes blocks.ts `runs`.
    expect(body).toContain('<w:r><w:t>a</w:t></w:r><w:r><w:br/><w:t>b</w:t></w:r>')
    const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'document.xml')
    writeFileSync(file, body)
    expect(wellFormed([file]).failures).toEqual([])
  })

  it('writes the same body every time the same document is packed, and documentXml is that body', async () => {
    const doc = buildSlaDocument(await signedSlaInput('en'))
    const first = part(await packDocx(doc), 'word/document.xml')
    const second = part(await packDocx(doc), 'word/document.xml')
    expect(second).toBe(first)
    expect(await documentXml(doc)).toBe(first)
    expect(first.match(/<w:tbl>/g)?.length).toBeGreaterThan(10)
  })
})
