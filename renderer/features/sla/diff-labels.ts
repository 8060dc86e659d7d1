import type { TFunction } from 'i18next'
import type { Language } from '../../../shared/domain/language'
import type { DiffValue, SlaDiffList, SlaSection } from '../../../shared/domain/sla-diff'
import { formatIsoDate } from '../../ui/dates'
import { formatMoney, formatNumber } from '../../../shared/domain/numbers'
import { MONEY_INPUTS } from '../../../shared/domain/funnel'
import { workingDaysText } from '../../../shared/domain/sla-clock'

/**
 * The version comparison in the room's words: each field of the content under the label its
 * input has on screen, each value as the screen shows it (team names, units, dates, numbers).
 * Keys are the dotted field paths of shared/domain/sla-diff.ts.
 */
type Key = string

/** Keys here are looked up by field name; an unknown one falls back to the raw text instead of a key path. */
function say(t: TFunction, key: Key, fallback: string, params: Record<string, string> = {}): string {
  return t(key as never, { ...params, defaultValue: fallback })
}
type Labels = Record<string, Key>

const COMMON: Labels = { status: 'signedSla.diff.status' }

const LIST_FIELDS: Record<SlaDiffList, Labels> = {
  signatories: { name: 'participants.name', role: 'participants.role', team: 'participants.team' },
  stages: {
    name: 'closedLoop.lifecycle.name',
    definition: 'closedLoop.lifecycle.definition',
    owner: 'closedLoop.lifecycle.owner',
    entryCriteria: 'closedLoop.lifecycle.entryCriteria',
    maxDays: 'closedLoop.lifecycle.maxDays',
    onStall: 'closedLoop.lifecycle.onStall'
  },
  mqlCriteria: { text: 'language.criterion', kind: 'language.kind', points: 'signedSla.diff.points' },
  sqlCriteria: { text: 'language.criterion', kind: 'language.kind', points: 'signedSla.diff.points' },
  glossary: { term: 'language.glossary.term', definition: 'language.glossary.definition' },
  responsibilities: { activity: 'sla.responsibilities.activity', owner: 'sla.responsibilities.owner' },
  commitments: {
    kind: 'sla.commitments.kind',
    description: 'sla.commitments.description',
    value: 'sla.commitments.value',
    unit: 'sla.commitments.unit',
    direction: 'sla.commitments.direction',
    team: 'sla.commitments.team',
    measuredBy: 'sla.commitments.measuredBy'
  },
  targets: {
    period: 'sla.targets.period',
    metric: 'sla.targets.metric',
    team: 'sla.targets.team',
    value: 'sla.targets.value',
    unit: 'sla.targets.unit',
    source: 'signedSla.diff.source'
  },
  reports: {
    name: 'closedLoop.reports.name',
    from: 'closedLoop.reports.from',
    to: 'closedLoop.reports.to',
    metrics: 'closedLoop.reports.metrics',
    cadence: 'closedLoop.reports.cadence',
    when: 'closedLoop.reports.when',
    channel: 'closedLoop.reports.channel',
    owner: 'closedLoop.reports.owner'
  },
  rejectionReasons: { text: 'closedLoop.rejections.reason' },
  managementKpis: { kpi: 'sla.kpis.kpi', measure: 'sla.kpis.measure', reporter: 'sla.kpis.reporter', cadence: 'sla.kpis.cadence' }
}

const SECTION_FIELDS: Labels = {
  title: 'newWorkshop.workshopTitle',
  organisation: 'newWorkshop.organisation',
  unit: 'newWorkshop.unit',
  language: 'workshop.documentLanguage',
  currency: 'sla.governance.currency',
  sharedGoal: 'awareness.sharedGoal.label',
  'mql.sentence': 'signedSla.diff.mqlSentence',
  'mql.threshold': 'signedSla.diff.mqlThreshold',
  'mql.status': 'signedSla.diff.mqlStatus',
  'sql.sentence': 'signedSla.diff.sqlSentence',
  'sql.status': 'signedSla.diff.sqlStatus',
  period: 'sla.calculator.period',
  revenueGoal: 'sla.calculator.revenueGoal',
  marketingShare: 'sla.calculator.marketingShare',
  dealSize: 'sla.calculator.dealSize',
  visitToLead: 'sla.calculator.visitToLead',
  leadToMql: 'sla.calculator.leadToMql',
  mqlToSql: 'sla.calculator.mqlToSql',
  sqlToCustomer: 'sla.calculator.sqlToCustomer',
  leadToCustomer: 'sla.calculator.leadToCustomer',
  reps: 'sla.calculator.reps',
  'stuckLeadRule.days': 'closedLoop.stuckLead.days',
  'stuckLeadRule.action': 'closedLoop.stuckLead.action',
  'stuckLeadRule.status': 'signedSla.diff.stuckLeadStatus',
  startDate: 'sla.governance.startDate',
  termMonths: 'sla.governance.term',
  reviewCadence: 'sla.governance.reviewCadence',
  escalation: 'sla.governance.escalation',
  amendments: 'sla.governance.amendments',
  scopeLeads: 'sla.governance.scopeLeads',
  scopeRegions: 'sla.governance.scopeRegions',
  handoverData: 'sla.governance.handoverData',
  'clock.mode': 'sla.governance.clockMode',
  'clock.workingDays': 'sla.governance.workingDays',
  'clock.dayStart': 'sla.governance.dayStart',
  'clock.dayEnd': 'sla.governance.dayEnd',
  'clock.timeZone': 'sla.governance.timeZone',
  'clock.holidayRegion': 'reviewPlan.region',
  renewal: 'sla.governance.renewal',
  termination: 'sla.governance.termination',
  consequences: 'sla.governance.consequences',
  dataProtection: 'sla.governance.dataProtection'
}

/** The label of a changed field: of a list entry when `list` is given, else of the section itself. */
export function diffFieldLabel(t: TFunction, section: SlaSection, list: SlaDiffList | null, path: string): string {
  if (list === 'responsibilities' && path.startsWith('raci.')) {
    const team = path.slice(5)
    return say(t, 'signedSla.diff.raci', path, { team: say(t, `teams.${team}`, team) })
  }
  const key = (list ? LIST_FIELDS[list][path] : section === 'governance' && path === 'status' ? 'signedSla.diff.governanceStatus' : SECTION_FIELDS[path]) ?? COMMON[path]
  // A field added to the content later without a label here still reads as its name, never as nothing.
  return key ? say(t, key, path) : path
}

/** Fields whose values are names of choices, shown as the screen's select shows them. */
const CHOICES: Record<string, (value: string) => Key> = {
  team: (v) => (['marketing', 'sales', 'joint'].includes(v) ? `sla.targets.owners.${v}` : `teams.${v}`),
  owner: (v) => `teams.${v}`,
  from: (v) => `teams.${v}`,
  to: (v) => `teams.${v}`,
  status: (v) => `agreement.${v}`,
  direction: (v) => `sla.commitments.directions.${v}`,
  cadence: (v) => `closedLoop.cadences.${v}`,
  reviewCadence: (v) => `sla.governance.cadences.${v}`,
  period: (v) => `sla.targets.periods.${v}`,
  language: (v) => `app.languageNames.${v}`,
  source: (v) => `sla.calculator.${v}`,
  mode: (v) => `sla.governance.clockModes.${v}`,
  holidayRegion: (v) => `reviewPlan.regions.${v}`
}

export function diffValueText(t: TFunction, language: Language, list: SlaDiffList | null, path: string, value: DiffValue, currency: string): string {
  if (value === null || value === '') return t('sla.empty')
  if (typeof value === 'boolean') return value ? t('sla.yes') : t('sla.no')
  const field = path.split('.').at(-1)!
  // The calculator's amounts as the screen and the documents show them: 1.234,50 €, not 1.234,5.
  if (typeof value === 'number') return list === null && MONEY_INPUTS.some((input) => input === field) ? formatMoney(value, currency, language) : formatNumber(value, language)
  if (path.startsWith('raci.')) return value
  if (field === 'startDate') return formatIsoDate(value, language)
  if (field === 'workingDays') return workingDaysOf(value, language)
  if (field === 'kind') return say(t, list === 'commitments' ? `sla.commitments.kinds.${value}` : `language.kinds.${value}`, value)
  if (field === 'unit' && list === 'commitments') return say(t, `sla.commitments.units.${value}`, value)
  // The owner of a responsibility is a name the room typed, not a team.
  if (field === 'owner' && list !== 'stages') return value
  const choice = CHOICES[field]
  return choice ? say(t, choice(value), value) : value
}

/** The clock's working days arrive as the comparison wrote the list (`[1,2,3,4,5]`): shown as `Mon–Fri`. */
function workingDaysOf(value: string, language: Language): string {
  try {
    const days: unknown = JSON.parse(value)
    if (Array.isArray(days) && days.every((day) => typeof day === 'number')) return workingDaysText(days, language)
  } catch {
    // Not a list of days: shown as it came.
  }
  return value
}
