import i18next from 'i18next'
import { afterAll, describe, expect, it } from 'vitest'
import { diffFieldLabel, diffValueText } from '../../../renderer/features/sla/diff-labels'
import { diffSla, type SlaDiff } from '../../../shared/domain/sla-diff'
import type { SlaContent } from '../../../shared/domain/sla'
import { completeContent, copy } from '../../shared/domain/sla-fixture'

/** Every field of every kind of entry changed at once: the comparison must name each in words. */
function everythingChanged(): { before: SlaContent; after: SlaContent } {
  const before = completeContent()
  // Lists the examples leave empty get one entry, so each kind of entry is there to change.
  const entry = { id: 'e1', status: 'agreed' as const }
  if (before.definitions.mql.criteria.length === 0) before.definitions.mql.criteria.push({ ...entry, text: 'Industry', kind: 'fit', points: 10 })
  if (before.definitions.sql.criteria.length === 0) before.definitions.sql.criteria.push({ ...entry, id: 'e2', text: 'Budget', kind: 'bant', points: null })
  if (before.definitions.glossary.length === 0) before.definitions.glossary.push({ ...entry, id: 'e3', term: 'SAL', definition: 'Accepted' })
  if (before.reporting.rejectionReasons.length === 0) before.reporting.rejectionReasons.push({ ...entry, id: 'e4', text: 'No budget' })
  if (before.reporting.reports.length === 0)
    before.reporting.reports.push({ ...entry, id: 'e5', name: 'Pipeline', from: 'sales', to: 'marketing', metrics: 'SQLs', cadence: 'weekly', when: 'Mondays', channel: 'CRM', owner: 'Tom' })
  if (before.reporting.managementKpis.length === 0) before.reporting.managementKpis.push({ ...entry, id: 'e6', kpi: 'Revenue', measure: 'CRM', reporter: 'Tom', cadence: 'monthly' })
  const after = copy(before)
  after.title = 'Kick-off 2028'
  after.organisation = 'Müller AG'
  after.unit = 'EMEA'
  after.language = 'de'
  after.currency = 'CHF'
  after.parties.sharedGoal = 'Together we win 40 customers.'
  after.parties.signatories[0] = { ...after.parties.signatories[0]!, name: 'Anna Berger', role: 'CMO', team: 'sales' }
  after.definitions.mql = { ...after.definitions.mql, sentence: 'Changed', threshold: 70, status: 'proposed' }
  after.definitions.sql = { ...after.definitions.sql, sentence: 'Changed', status: 'proposed' }
  const stage = after.definitions.stages[0]!
  Object.assign(stage, { name: 'X', definition: 'X', owner: 'management', entryCriteria: 'X', maxDays: 9, onStall: 'X', status: 'proposed' })
  Object.assign(after.definitions.mql.criteria[0]!, { text: 'X', kind: 'engagement', points: 12 })
  Object.assign(after.definitions.sql.criteria[0]!, { text: 'X', kind: 'fit', points: 3 })
  Object.assign(after.definitions.glossary[0]!, { term: 'X', definition: 'X' })
  const raci = after.responsibilities[0]!
  Object.assign(raci, { activity: 'X', owner: 'Eva', raci: { marketing: 'C', sales: 'I', management: 'A' } })
  Object.assign(after.commitments[0]!, { kind: 'other', description: 'X', value: 1234.5, unit: 'days', direction: 'atLeast', team: 'management', measuredBy: 'X' })
  Object.assign(after.targets[0]!, { period: 'year', metric: 'X', team: 'joint', value: 500000, unit: 'EUR', source: 'revenue' })
  Object.assign(after.reporting.reports[0]!, { name: 'X', from: 'management', to: 'other', metrics: 'X', cadence: 'quarterly', when: 'X', channel: 'X', owner: 'X' })
  Object.assign(after.reporting.rejectionReasons[0]!, { text: 'X' })
  Object.assign(after.reporting.managementKpis[0]!, { kpi: 'X', measure: 'X', reporter: 'X', cadence: 'weekly' })
  after.reporting.stuckLeadRule = { days: 14, action: 'X', status: 'proposed' }
  after.funnel = { period: 'year', revenueGoal: 1, marketingShare: 2, dealSize: 3, visitToLead: 4, leadToMql: 5, mqlToSql: 6, sqlToCustomer: 7, leadToCustomer: 8, reps: 9 }
  after.governance = {
    startDate: '2028-02-01',
    termMonths: 24,
    reviewCadence: 'yearly',
    escalation: 'X',
    amendments: 'X',
    status: 'proposed',
    scopeLeads: 'X',
    scopeRegions: 'X',
    handoverData: 'X',
    clock: { mode: 'calendar', workingDays: [1, 2, 3, 4, 5, 6], dayStart: '09:00', dayEnd: '18:00', timeZone: 'Europe/Vienna', holidayRegion: 'BY' },
    consequences: 'X',
    renewal: 'X',
    termination: 'X',
    dataProtection: 'X'
  }
  return { before, after }
}

function allRows(diff: SlaDiff) {
  return diff.sections.flatMap((section) => [
    ...section.fields.map((change) => ({ section: section.section, list: null, change })),
    ...section.lists.flatMap((list) => list.changed.flatMap((entry) => entry.fields.map((change) => ({ section: section.section, list: list.list, change }))))
  ])
}

afterAll(async () => {
  await i18next.changeLanguage('en')
})

describe('the version comparison in the room’s language', () => {
  const { before, after } = everythingChanged()
  const rows = allRows(diffSla(before, after))

  it.each(['en', 'de'] as const)('names every changed field as the screens do, never by its internal key (%s)', async (language) => {
    await i18next.changeLanguage(language)
    expect(rows.length).toBeGreaterThan(60)
    for (const { section, list, change } of rows) {
      const label = diffFieldLabel(i18next.t, section, list, change.field)
      expect(label, change.field).not.toBe(change.field)
      expect(label, change.field).not.toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/)
      for (const value of [change.before, change.after]) {
        expect(diffValueText(i18next.t, language, list, change.field, value, 'EUR'), change.field).not.toMatch(/^(sla|teams|agreement|closedLoop|language)\./)
      }
    }
  })

  it('shows values as the German screen does: teams, units, dates and numbers', async () => {
    await i18next.changeLanguage('de')
    const t = i18next.t
    expect(diffFieldLabel(t, 'definitions', null, 'mql.threshold')).toBe('MQL-Punkteschwelle')
    expect(diffFieldLabel(t, 'commitments', 'commitments', 'value')).toBe('Wert')
    expect(diffFieldLabel(t, 'responsibilities', 'responsibilities', 'raci.sales')).toBe('Vertrieb (RACI)')
    expect(diffValueText(t, 'de', 'commitments', 'value', 1234.5, 'EUR')).toBe('1.234,5')
    // The calculator's amounts are money, with both digits of the cents, as on the screen and in the documents.
    expect(diffValueText(t, 'de', null, 'dealSize', 1234.5, 'EUR').replace(/\u00a0/g, ' ')).toBe('1.234,50 €')
    expect(diffValueText(t, 'en', null, 'revenueGoal', 500000, 'EUR')).toBe('€500,000')
    expect(diffValueText(t, 'de', 'commitments', 'unit', 'days', 'EUR')).toBe('Tage')
    expect(diffValueText(t, 'de', 'commitments', 'team', 'management', 'EUR')).toBe('Geschäftsleitung')
    expect(diffValueText(t, 'de', 'targets', 'team', 'joint', 'EUR')).toMatch(/Gemeinsam/)
    expect(diffValueText(t, 'de', null, 'startDate', '2028-02-01', 'EUR')).toBe('01.02.2028')
    expect(diffValueText(t, 'de', 'stages', 'status', 'proposed', 'EUR')).toBe('Vorgeschlagen')
    expect(diffValueText(t, 'de', 'responsibilities', 'owner', 'Eva', 'EUR')).toBe('Eva')
  })

  it('names scope, clock, hand-over and the new governance texts where the document states them (issue 12 §4)', async () => {
    const fieldsOf = (name: string) => diffSla(before, after).sections.find((s) => s.section === name)?.fields.map((f) => f.field) ?? []
    expect(fieldsOf('parties')).toEqual(expect.arrayContaining(['scopeLeads', 'scopeRegions']))
    expect(fieldsOf('commitments')).toEqual(
      expect.arrayContaining(['clock.mode', 'clock.workingDays', 'clock.dayStart', 'clock.dayEnd', 'clock.timeZone', 'clock.holidayRegion', 'handoverData'])
    )
    expect(fieldsOf('governance')).toEqual(expect.arrayContaining(['renewal', 'termination', 'consequences', 'dataProtection']))
    expect(fieldsOf('governance')).not.toContain('scopeLeads')

    await i18next.changeLanguage('de')
    let t = i18next.t
    expect(diffFieldLabel(t, 'commitments', null, 'clock.mode')).toBe('Zeitzusagen werden gemessen in')
    expect(diffValueText(t, 'de', null, 'clock.mode', 'business', 'EUR')).toBe('Geschäftszeiten')
    expect(diffValueText(t, 'de', null, 'clock.workingDays', '[1,2,3,4,5]', 'EUR')).toBe('Mo–Fr')
    expect(diffFieldLabel(t, 'commitments', null, 'clock.holidayRegion')).toBe('Feiertage des Bundeslands')
    expect(diffValueText(t, 'de', null, 'clock.holidayRegion', 'BY', 'EUR')).toBe('Bayern')
    expect(diffFieldLabel(t, 'governance', null, 'dataProtection')).toBe('Datenschutz und Betriebsrat')
    await i18next.changeLanguage('en')
    t = i18next.t
    expect(diffFieldLabel(t, 'parties', null, 'scopeLeads')).toBe('Which leads the SLA covers')
    expect(diffValueText(t, 'en', null, 'clock.workingDays', '[1,2,3,4,5,6]', 'EUR')).toBe('Mon–Sat')
    expect(diffValueText(t, 'en', null, 'clock.holidayRegion', 'BUND', 'EUR')).toBe('Nationwide holidays only')
    expect(diffFieldLabel(t, 'governance', null, 'consequences')).toBe('If commitments are still missed (second stage)')
  })
})
