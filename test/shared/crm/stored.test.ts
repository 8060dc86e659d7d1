import { describe, expect, it } from 'vitest'
import { reviewCrmSchema, crmMappingSchema } from '../../../shared/backup/crm-schemas'
import { CRM_TEXT_LIMIT, crmImportRecord, mappingToRemember, recallMapping } from '../../../shared/crm/stored'
import { REQUIRED_CONCEPTS, type CrmMapping } from '../../../shared/crm/mapping'
import { importExport, readExportHead } from '../../../shared/crm/import'
import type { SlaClock } from '../../../shared/domain/sla-clock'
import { csv, HUBSPOT_HEADER } from './export-fixtures'

const MAPPING: CrmMapping = {
  preset: null,
  columns: { id: 'Kontakt-Nr.', becameMql: 'MQL seit', owner: 'Betreuer', source: 'Q'.repeat(CRM_TEXT_LIMIT + 1) },
  stages: { mql: 'MQL', kunde: 'Kunde', ['x'.repeat(CRM_TEXT_LIMIT + 1)]: null }
}

describe('the mapping a workshop remembers', () => {
  it('drops names too long to be a column or a stage, so the workshop still backs up', () => {
    const kept = mappingToRemember(MAPPING)
    expect(kept).toEqual({ preset: null, columns: { id: 'Kontakt-Nr.', becameMql: 'MQL seit', owner: 'Betreuer' }, stages: { mql: 'MQL', kunde: 'Kunde' } })
    expect(crmMappingSchema.safeParse(kept).success).toBe(true)
    expect(crmMappingSchema.safeParse(MAPPING).success).toBe(false)
  })

  it('is recalled for a file that has its columns (spelled as the file spells them now), and not for one that lacks a needed column', () => {
    const kept = mappingToRemember(MAPPING)
    expect(recallMapping(kept, ['kontakt-nr. ', 'MQL  seit', 'Anderes'], REQUIRED_CONCEPTS)).toEqual({
      preset: null,
      columns: { id: 'kontakt-nr. ', becameMql: 'MQL  seit' },
      stages: { mql: 'MQL', kunde: 'Kunde' }
    })
    expect(recallMapping(kept, ['Kontakt-Nr.', 'Betreuer'], REQUIRED_CONCEPTS)).toBeNull()
    expect(recallMapping(null, ['Kontakt-Nr.'], REQUIRED_CONCEPTS)).toBeNull()
  })
})

describe('what a review keeps of an import', () => {
  it('keeps the team figures only, and passes a backup’s checks', async () => {
    const text = csv([HUBSPOT_HEADER, ['1', 'Anna', 'Muster', 'anna@firma.example', '2027-01-05 09:00', 'customer', '2027-01-05 09:00', '2027-01-06 09:00', '2027-01-10 09:00', '2027-01-05 10:00', 'Ute Übel', '1000']])
    const bytes = new TextEncoder().encode(text)
    const head = await readExportHead(bytes)
    if (!head.ok || !head.preset) throw new Error('no preset')
    const clock: SlaClock = { mode: 'calendar', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BY' }
    const result = await importExport(bytes, head.preset.mapping, { period: '2027-Q1', exportedAt: Date.UTC(2027, 3, 2), clock, commitments: [], stuckLeadDays: 30, perOwner: true })
    if (!result.ok) throw new Error(result.problem)
    expect(result.figures.owners).toHaveLength(1)
    const record = crmImportRecord({ fileName: `${'n'.repeat(600)}.csv`, importedAt: Date.UTC(2027, 3, 2), rows: result.rows, mapped: ['id', 'becameMql'], timeZone: 'Europe/Berlin', figures: result.figures })
    expect(record.fileName).toHaveLength(CRM_TEXT_LIMIT)
    expect(record.fileName.endsWith('…')).toBe(true)
    expect('owners' in record.figures).toBe(false)
    expect(JSON.stringify(record)).not.toContain('Ute')
    expect(reviewCrmSchema.safeParse(record).success).toBe(true)
    expect(reviewCrmSchema.safeParse({ ...record, figures: { ...record.figures, owners: result.figures.owners } }).success).toBe(false)
  })
})
