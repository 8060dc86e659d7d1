import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../shared/domain/file-names'

describe('export file names', () => {
  it('join organisation, document, version and date', () => {
    expect(exportFileName(['Müller Maschinenbau GmbH', 'SLA v2', '2027-01-15'], 'docx')).toBe('Müller Maschinenbau GmbH – SLA v2 – 2027-01-15.docx')
  })

  it('remove what Windows, macOS or Linux refuse, and reserved names', () => {
    expect(exportFileName(['A/B: "C" <D>|E?*', 'SLA'], 'docx')).toBe('A-B- -C- -D--E-- – SLA.docx')
    expect(exportFileName(['CON', 'Minutes'], 'docx')).toBe('Minutes.docx')
    expect(exportFileName(['\u0000\u001f', ''], 'ics')).toBe('Smarketing Studio.ics')
  })

  it('stay short with very long names and keep emoji whole', () => {
    const name = exportFileName(['x'.repeat(500), '👩🏽‍💼 Team'.repeat(30), '2027-01-15'], 'docx')
    expect([...name].length).toBeLessThanOrEqual(160)
    expect(name.endsWith('.docx')).toBe(true)
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})
