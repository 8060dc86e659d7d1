import type { ItemFields, ListKind } from './items'

/**
 * The blank item of each list: what "Add" puts at the end of a list, and where a restored record
 * takes a missing field from (backup/record-defaults.ts). A caller names only what it knows
 * (the column a voice card is added to, the title of an action); the rest comes from here.
 * A fresh object per call, so no two items share a nested object.
 */
export const BLANK_ITEMS: { readonly [K in ListKind]: () => ItemFields[K] } = {
  friction: () => ({ area: '', ratings: { marketing: null, sales: null, management: null }, notes: '' }),
  voice: () => ({ team: 'marketing', kind: 'heard', text: '' }),
  giveGet: () => ({ team: 'marketing', text: '' }),
  benefit: () => ({ text: '' }),
  stage: () => ({ name: '', definition: '', owner: 'marketing', entryCriteria: '', maxDays: null, onStall: '' }),
  report: () => ({ name: '', from: 'sales', to: 'marketing', metrics: '', cadence: 'weekly', when: '', channel: '', owner: '' }),
  rejection: () => ({ text: '' }),
  mqlCriterion: () => ({ text: '', kind: 'other', points: null }),
  sqlCriterion: () => ({ text: '', kind: 'other', points: null }),
  glossary: () => ({ term: '', definition: '' }),
  action: () => ({ title: '', owner: '', team: 'marketing', due: '', state: 'open' }),
  concern: () => ({ text: '', response: '' }),
  raci: () => ({ activity: '', owner: '', raci: { marketing: '', sales: '', management: '' } }),
  commitment: () => ({ kind: 'other', description: '', value: null, unit: 'hours', direction: 'atMost', team: 'sales', measuredBy: '' }),
  target: () => ({ period: 'quarter', metric: '', team: null, value: null, unit: '', source: null }),
  kpi: () => ({ kpi: '', measure: '', reporter: '', cadence: 'quarterly' }),
  parking: () => ({ text: '', raisedIn: 'overview', shown: false })
}

/** A blank item of `list` with the fields the caller knows. */
export function blankItem<K extends ListKind>(list: K, fields: Partial<ItemFields[K]> = {}): ItemFields[K] {
  return { ...BLANK_ITEMS[list](), ...fields }
}
