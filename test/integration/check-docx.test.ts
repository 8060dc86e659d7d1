import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportMinutesDocx, exportSlaDocx } from '../../shared/docx/index'
import { shortFingerprint } from '../../shared/domain/sla-fingerprint'
import { draftSlaInput, minutesInput, signedSlaInput } from '../shared/docx/docx-fixtures'
import { CHECK_DOCX, requireTool } from './tools'

/**
 * The documents opened the way real readers open them (shared/tools/check-docx): well-formed
 * parts, schema-valid body, LibreOffice renders them to PDF, pandoc reads them, and the rendered
 * text holds what the room agreed: the SLA signed as an amendment (version 2 after version 1) and
 * as the draft of the next amendment, and the minutes, each in German and English (the review
 * reports are in review-report-check-docx.test.ts). LibreOffice takes 10–20 s a document.
 */
const work = mkdtempSync(join(tmpdir(), 'smarketing-check-docx-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

beforeAll(() => {
  // Missing tools fail the test with what to install; the document is never skipped unchecked.
  requireTool('unzip', 'unzip')
  requireTool('xmllint', 'libxml2-utils')
  requireTool('soffice', 'libreoffice-writer-nogui')
  requireTool('pdftotext', 'poppler-utils')
  requireTool('pdfinfo', 'poppler-utils')
  requireTool('pandoc', 'pandoc')
})

function checkDocx(file: string, expected: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(CHECK_DOCX, [file, ...expected], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

async function expectChecked(name: string, bytes: Uint8Array, expected: readonly string[]): Promise<void> {
  const file = join(work, name)
  writeFileSync(file, bytes)
  const { code, output } = await checkDocx(file, expected)
  expect(output).toContain('summary: all checks passed')
  expect(code, output).toBe(0)
}

describe('check-docx: the documents hold up in LibreOffice and pandoc', () => {
  it('the signed German SLA', async () => {
    const input = await signedSlaInput('de')
    await expectChecked('sla-de.docx', await exportSlaDocx(input), [
      'Müller Maschinenbau GmbH',
      'Branche: Maschinenbau',
      'höchstens',
      '24 Stunden',
      '300.000',
      'Anna Marketing',
      'Bernd Vertrieb',
      shortFingerprint(input.version.fingerprint ?? ''),
      'Seite 3 von',
      'Beteiligte und Zweck',
      'interne Vereinbarung',
      'Geltungsbereich',
      'Zeitzusagen werden in Geschäftszeiten gemessen',
      'Übergabe eines Leads',
      'Zweite Stufe',
      'Datenschutz und Betriebsrat'
    ])
  }, 180_000)

  it('the signed English SLA', async () => {
    const input = await signedSlaInput('en')
    await expectChecked('sla-en.docx', await exportSlaDocx(input), [
      'Müller Maschinenbau GmbH',
      'Industry: mechanical engineering',
      'at most 24 hours',
      '€300,000',
      'Anna Marketing',
      'Bernd Vertrieb',
      shortFingerprint(input.version.fingerprint ?? ''),
      'Page 3 of',
      'Teams and purpose',
      'internal agreement',
      'Scope',
      'Time commitments count in business hours',
      'Hand-over of a lead',
      'Second stage',
      'Data protection and works council'
    ])
  }, 180_000)

  it('the German draft of an amendment: ENTWURF, blank signature lines, no seal', async () => {
    await expectChecked('sla-draft-de.docx', await exportSlaDocx(draftSlaInput('de')), [
      'ENTWURF',
      'Version 3',
      'Müller Maschinenbau GmbH',
      'Ort, Datum',
      'Laufzeitbeginn',
      'Beteiligte und Zweck'
    ])
  }, 180_000)

  it('the English draft of an amendment', async () => {
    await expectChecked('sla-draft-en.docx', await exportSlaDocx(draftSlaInput('en')), [
      'DRAFT',
      'Version 3',
      'Müller Maschinenbau GmbH',
      'Place, date',
      'Term begins',
      'Teams and purpose'
    ])
  }, 180_000)

  it('the English workshop minutes', async () => {
    await expectChecked('minutes-en.docx', await exportMinutesDocx(minutesInput('en')), [
      'Müller Maschinenbau GmbH',
      'Workshop minutes',
      'Results at a glance',
      '24 hours',
      'Anna Marketing',
      'Bernd Vertrieb',
      'Parking lot'
    ])
  }, 180_000)

  it('the German workshop minutes', async () => {
    await expectChecked('minutes-de.docx', await exportMinutesDocx(minutesInput('de')), [
      'Müller Maschinenbau GmbH',
      'Workshop-Protokoll',
      'Branche: Maschinenbau',
      'höchstens',
      '24 Stunden',
      '300.000',
      'Anna Marketing',
      'Bernd Vertrieb',
      'Themenspeicher'
    ])
  }, 180_000)
})
