import { describe, expect, it } from 'vitest'
import { exportMinutesDocx, exportSlaDocx } from '../../../shared/docx/index'
import { textDirection } from '../../../shared/docx/text-direction'
import { minutesInput, signedSlaInput, slaContent } from './docx-fixtures'
import { part } from './docx-test-support'

/** The paragraph of the document that holds `text`. */
function paragraphWith(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(text))
  if (!found) throw new Error(`No paragraph holds ${text}`)
  return found
}

/** The run of a paragraph that holds `text`. */
function runWith(paragraph: string, text: string): string {
  return [...paragraph.matchAll(/<w:r>.*?<\/w:r>/g)].map((m) => m[0]).find((r) => r.includes(text)) ?? ''
}

describe('right-to-left text in the documents', () => {
  it('takes a text’s direction from its first letter, as the Unicode bidirectional algorithm does', () => {
    expect(textDirection('שלום עולם')).toBe('rtl')
    expect(textDirection('مرحبا بالعالم')).toBe('rtl')
    expect(textDirection('«ܫܠܡܐ»')).toBe('rtl')
    expect(textDirection('2027 – שלום')).toBe('rtl')
    expect(textDirection('Anna Schmidt')).toBe('ltr')
    expect(textDirection('Müller (مرحبا)')).toBe('ltr')
    expect(textDirection('漢字')).toBe('ltr')
    expect(textDirection('1.234,50 € – 😀')).toBeNull()
  })

  it('sets a participant’s Arabic name right to left in the table, and the Latin names not', async () => {
    const input = minutesInput('de')
    const participants = input.participants.map((p, index) => (index === 1 ? { ...p, name: 'مريم الحداد', role: 'مديرة المبيعات' } : p))
    const xml = part(await exportMinutesDocx({ ...input, participants }), 'word/document.xml')
    const arabic = paragraphWith(xml, 'مريم الحداد')
    expect(arabic).toMatch(/<w:pPr>.*<w:bidi\/>.*<\/w:pPr>/)
    expect(runWith(arabic, 'مريم الحداد')).toContain('<w:rtl/>')
    const latin = paragraphWith(xml, 'Anna Marketing')
    expect(latin).not.toContain('<w:bidi/>')
    expect(latin).not.toContain('<w:rtl/>')
  })

  it('sets a Hebrew shared goal right to left, and a paragraph that only quotes Hebrew left to right', async () => {
    const content = slaContent('en')
    const hebrew = { ...content, parties: { ...content.parties, sharedGoal: 'ביחד נזכה ב־30 לקוחות חדשים בכל רבעון' } }
    const xml = part(await exportSlaDocx(await signedSlaInput('en', hebrew)), 'word/document.xml')
    const goal = paragraphWith(xml, 'ביחד נזכה')
    expect(goal).toMatch(/<w:pPr>.*<w:bidi\/>.*<\/w:pPr>/)
    expect(runWith(goal, 'ביחד נזכה')).toContain('<w:rtl/>')

    const quoting = { ...content, parties: { ...content.parties, sharedGoal: 'Our motto: ביחד' } }
    const quoted = paragraphWith(part(await exportSlaDocx(await signedSlaInput('en', quoting)), 'word/document.xml'), 'Our motto')
    expect(quoted).not.toContain('<w:bidi/>')
  })
})
