import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportSlaDocx } from '../../shared/docx/index'
import { FIELD_LIMITS, MAX_STORED_TEXT } from '../../shared/domain/field-limits'
import { contentAtLimits, slaInputAtLimits } from '../shared/docx/at-limits'
import { signedSlaInput, slaContent } from '../shared/docx/docx-fixtures'
import { renderWithLibreOffice } from './tools'

/**
 * Issue 12 §2: every SLA the app can produce renders in LibreOffice within 10 s (a 100,000-character
 * cell took it 264 s before the field limits). The largest SLA a room can type — a finished
 * workshop with every text at its field's limit (shared/domain/field-limits.ts), in the scripts
 * that cost LibreOffice the most — is rendered to PDF and the time printed beside an ordinary
 * SLA's, whose time is mostly LibreOffice starting. Speed is a figure to read, not a deadline a
 * busy machine could miss; the test fails when LibreOffice cannot render the document at all.
 */
const work = mkdtempSync(join(tmpdir(), 'smarketing-render-time-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const seconds = (value: number) => `${value.toFixed(1)} s`

describe('LibreOffice renders the largest SLA', () => {
  it('with every typed text at its limit, and prints how long it took', async () => {
    const ordinary = join(work, 'sla-ordinary.docx')
    writeFileSync(ordinary, await exportSlaDocx(await signedSlaInput('de')))
    const baseline = renderWithLibreOffice(ordinary, work)

    const input = slaInputAtLimits(await signedSlaInput('de', contentAtLimits(slaContent('de'))))
    const largest = join(work, 'sla-largest.docx')
    writeFileSync(largest, await exportSlaDocx(input))
    const rendered = renderWithLibreOffice(largest, work)

    console.log(
      [
        `LibreOffice, the largest SLA that can be typed (short ${FIELD_LIMITS.short}, title ${FIELD_LIMITS.title}, long ${FIELD_LIMITS.long} characters, mixed scripts):`,
        `  ${seconds(rendered.seconds)} for ${rendered.pages} pages; an ordinary SLA (${baseline.pages} pages) took ${seconds(baseline.seconds)},`,
        `  so about ${seconds(Math.max(0, rendered.seconds - baseline.seconds))} more than LibreOffice's start and an ordinary document.`
      ].join('\n')
    )
    expect(rendered.pages).toBeGreaterThan(baseline.pages)
    expect(rendered.text).toContain(input.content.organisation.slice(0, 20))
    expect(rendered.text).toContain('anna@mueller.example')
  }, 600_000)

  it('with every text as long as a backup or a Word file may hold it, and prints how long it took', async () => {
    // Not typed but crafted: a backup or a Word file may hold the longest kind's length in any field.
    // Three entries a list, as the hostile-document tests make them.
    const content = slaContent('de')
    const short = <T>(list: T[]) => list.slice(0, 3)
    const lists = {
      ...content,
      definitions: { ...content.definitions, stages: short(content.definitions.stages), glossary: short(content.definitions.glossary) },
      responsibilities: short(content.responsibilities),
      commitments: short(content.commitments),
      targets: short(content.targets),
      reporting: { ...content.reporting, reports: short(content.reporting.reports), managementKpis: short(content.reporting.managementKpis) }
    }
    const stored = () => MAX_STORED_TEXT
    const input = slaInputAtLimits(await signedSlaInput('de', contentAtLimits(lists, stored)), stored)
    const file = join(work, 'sla-stored-maximum.docx')
    writeFileSync(file, await exportSlaDocx(input))
    const rendered = renderWithLibreOffice(file, work)
    console.log(`LibreOffice, an SLA whose every text holds ${MAX_STORED_TEXT} characters (three entries a list): ${seconds(rendered.seconds)} for ${rendered.pages} pages`)
    expect(rendered.pages).toBeGreaterThan(0)
  }, 600_000)
})
