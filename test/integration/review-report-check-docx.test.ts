import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportReviewReportDocx } from '../../shared/docx/index'
import { shortFingerprint } from '../../shared/domain/sla-fingerprint'
import { CHECK_DOCX, requireTool } from './tools'
import { crmImport, PERIOD, reviewReportInput } from '../shared/docx/review-fixtures'

/** The review report opened the way its readers open it: ../shared/tools/check-docx. */
const work = mkdtempSync(join(tmpdir(), 'smarketing-review-check-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs check-docx on the file and expects every check to pass and every text to be found. */
async function checkDocx(file: string, expected: readonly string[]): Promise<void> {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(CHECK_DOCX, [file, ...expected], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exitCode) => resolve({ code: exitCode, output }))
  })
  expect(output).toContain('summary: all checks passed')
  expect(code, output).toBe(0)
}

const requireTools = () => {
  for (const [tool, pkg] of [['soffice', 'libreoffice-writer-nogui'], ['pdftotext', 'poppler-utils'], ['pandoc', 'pandoc'], ['unzip', 'unzip']] as const) requireTool(tool, pkg)
}

describe('check-docx: the review report holds up in LibreOffice and pandoc', () => {
  it('the German report of a closed review', async () => {
    requireTools()
    const input = await reviewReportInput('de')
    const file = join(work, 'review-de.docx')
    writeFileSync(file, await exportReviewReportDocx(input))
    // pdftotext writes Intl's no-break space in "110 %" as a plain space.
    await checkDocx(file, ['Quartalsreview', PERIOD, '300 MQLs', '330 MQLs', '110 %', 'knapp verfehlt', 'nicht gemessen', shortFingerprint(input.version.fingerprint ?? ''), 'Seite 2 von'])
  }, 180_000)

  it('the English report of a review with figures from the CRM export, and their definitions', async () => {
    requireTools()
    const file = join(work, 'review-crm-en.docx')
    writeFileSync(file, await exportReviewReportDocx(await reviewReportInput('en', { crm: crmImport() })))
    await checkDocx(file, [
      'Figures from the CRM export',
      'hubspot-kontakte-q1.csv',
      'median over 370 of 412 MQLs',
      '333 of 407 MQLs within 24 business hours',
      'Falscher Ansprechpartner',
      'How the figures are computed',
      'not on nationwide public holidays'
    ])
  }, 180_000)
})
