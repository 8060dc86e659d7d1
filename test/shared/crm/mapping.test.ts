import { describe, expect, it } from 'vitest'
import { proposeStageMapping, stageOf } from '../../../shared/crm/lifecycle'
import { isCrmMapping, missingRequired, recognizePreset } from '../../../shared/crm/mapping'
import { HUBSPOT_HEADER } from './export-fixtures'

const HUBSPOT = HUBSPOT_HEADER
const SALESFORCE = ['Lead ID', 'First Name', 'Last Name', 'Company', 'Created Date', 'Lead Status', 'Lead Owner', 'Converted', 'Converted Date', 'Last Activity']

describe('recognizePreset', () => {
  it('recognises a HubSpot contact export by its header row, whatever the case and spacing', () => {
    const match = recognizePreset(HUBSPOT.map((h) => ` ${h.toUpperCase()} `))
    expect(match?.preset).toBe('hubspot')
    expect(match?.missing).toEqual([])
    expect(match?.mapping.columns.becameMql).toBe(' BECAME A MARKETING QUALIFIED LEAD DATE ')
    expect(match?.mapping.columns.dealAmount).toBe(' RECENT DEAL AMOUNT ')
  })

  it('recognises a Salesforce lead report, with what it only approximates', () => {
    const match = recognizePreset(SALESFORCE)
    expect(match?.preset).toBe('salesforce')
    expect(match?.mapping.columns).toEqual({
      id: 'Lead ID',
      becameMql: 'Created Date',
      lifecycle: 'Lead Status',
      owner: 'Lead Owner',
      becameSql: 'Converted Date',
      firstContact: 'Last Activity'
    })
    expect(match?.caveats).toEqual(['mqlIsCreated', 'firstContactIsLastActivity'])
  })

  it('recognises the German interface names of a Salesforce report', () => {
    const match = recognizePreset(['Lead-ID', 'Nachname', 'Erstelldatum', 'Lead-Status', 'Lead-Inhaber', 'Konvertierungsdatum', 'Letzte Aktivität'])
    expect(match?.preset).toBe('salesforce')
    expect(match?.missing).toEqual([])
  })

  it.each([
    ['as HubSpot’s knowledge base names them', ['Datensatz-ID', 'Vorname', 'E-Mail', 'Erstellungsdatum', 'Lifecycle-Phase', 'Datum der Konversion zum Marketing-Qualified-Lead', 'Datum der Konversion zum Sales-Qualified-Lead', 'Datum der Konversion zum Kunden', 'Datum der ersten Interaktion', 'Zuständiger Mitarbeiter für Kontakt', 'Betrag des letzten Deals']],
    ['in the older labels', ['Datensatz-ID', 'Erstellungsdatum', 'Lebenszyklusphase', 'Wurde zu einem Marketing-qualifizierten Lead am', 'Wurde zu einem Sales-qualifizierten Lead am', 'Wurde zu einem Kunden am', 'Datum der ersten Interaktion', 'Kontaktinhaber', 'Betrag des letzten Deals']]
  ])('recognises a HubSpot export from a German portal, %s', (_, header) => {
    const match = recognizePreset(header)
    expect(match?.preset).toBe('hubspot')
    expect(match?.missing).toEqual([])
    expect(match?.mapping.columns.becameMql).toBe(header.find((h) => /Marketing/.test(h)))
  })

  it('recognises the German Salesforce report’s “Erstellt am” as the date a lead reached sales', () => {
    expect(recognizePreset(['Lead-ID', 'Erstellt am', 'Lead-Status', 'Konvertiert'])?.mapping.columns).toEqual({ id: 'Lead-ID', becameMql: 'Erstellt am', lifecycle: 'Lead-Status' })
  })

  it('names the preset columns a HubSpot export lacks', () => {
    const match = recognizePreset(['Record ID', 'Became a Marketing Qualified Lead Date', 'Email'])
    expect(match?.preset).toBe('hubspot')
    expect(match?.missing).toEqual(['created', 'becameSql', 'becameCustomer', 'firstContact', 'owner', 'dealAmount', 'lifecycle'])
  })

  it('recognises nothing without the required columns', () => {
    expect(recognizePreset(['Record ID', 'Email', 'Create Date'])).toBeNull()
    expect(recognizePreset([])).toBeNull()
  })
})

describe('missingRequired', () => {
  it('lists required concepts that are unmapped or whose column is not in the file', () => {
    expect(missingRequired({ preset: null, columns: { id: 'ID', becameMql: 'MQL seit' }, stages: {} }, ['id', 'mql seit'])).toEqual([])
    expect(missingRequired({ preset: null, columns: { id: 'ID' }, stages: {} }, ['ID'])).toEqual(['becameMql'])
    expect(missingRequired({ preset: null, columns: { id: 'ID', becameMql: 'MQL' }, stages: {} }, ['ID', 'SQL'])).toEqual(['becameMql'])
  })
})

describe('isCrmMapping', () => {
  it('accepts a mapping after a trip through JSON and refuses anything else', () => {
    const mapping = recognizePreset(HUBSPOT)!.mapping
    mapping.stages = { 'marketingqualifiedlead': 'MQL', other: null }
    expect(isCrmMapping(JSON.parse(JSON.stringify(mapping)))).toBe(true)
    expect(isCrmMapping(null)).toBe(false)
    expect(isCrmMapping({ ...mapping, preset: 'pipedrive' })).toBe(false)
    expect(isCrmMapping({ ...mapping, columns: { email: 'Email' } })).toBe(false)
    expect(isCrmMapping({ ...mapping, columns: { id: 7 } })).toBe(false)
    expect(isCrmMapping({ ...mapping, stages: { lead: 3 } })).toBe(false)
  })
})

describe('proposeStageMapping', () => {
  const english = ['Lead', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Customer', 'Nurturing/Recycled']
  const german = ['Lead', 'MQL', 'SAL', 'SQL', 'Verkaufschance', 'Kunde', 'Nurturing']

  it('maps HubSpot lifecycle values, internal and as shown, onto the workshop stages', () => {
    expect(proposeStageMapping(['subscriber', 'lead', 'marketingqualifiedlead', 'Sales Qualified Lead', 'opportunity', 'customer', 'other'], english)).toEqual({
      subscriber: null,
      lead: 'Lead',
      marketingqualifiedlead: 'MQL',
      'sales qualified lead': 'SQL',
      opportunity: 'Opportunity',
      customer: 'Customer',
      other: null
    })
  })

  it('maps Salesforce statuses and German values onto German stage names', () => {
    expect(proposeStageMapping(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted', 'Kunde', 'Opportunity'], german)).toEqual({
      'open not contacted': 'Lead',
      'working contacted': 'SAL',
      'closed converted': 'SQL',
      'closed not converted': 'Nurturing',
      kunde: 'Kunde',
      opportunity: 'Verkaufschance'
    })
  })

  it('prefers a stage of the same name, skips empty values and lists each value once', () => {
    const proposal = proposeStageMapping(['Qualified', 'qualified ', '', 'MQL'], ['Qualified', 'SQL', 'MQL'])
    expect(proposal).toEqual({ qualified: 'Qualified', mql: 'MQL' })
    expect(stageOf('  QUALIFIED', proposal)).toBe('Qualified')
    expect(stageOf('unknown', proposal)).toBeNull()
  })
})
