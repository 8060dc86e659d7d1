import type { Language } from './language'
import type { ItemFields, ItemSeed } from './items'
import type { FunnelInputs, Governance } from './workshop'

/** Step 4's example content (SPEC §4), in the workshop's language; all editable. */
type Bilingual = Record<Language, string>

/** [activity, marketing, sales, management] — customers and personal contact lean to sales. */
const ACTIVITIES: Array<[Bilingual, ItemFields['raci']['raci']]> = [
  [{ en: 'Attracting relevant website traffic (inbound)', de: 'Relevanten Website-Traffic gewinnen (Inbound)' }, { marketing: 'AR', sales: 'I', management: '' }],
  [{ en: 'Creating and optimising content', de: 'Inhalte erstellen und optimieren' }, { marketing: 'AR', sales: 'C', management: '' }],
  [{ en: 'Identifying decision makers and buying centers', de: 'Entscheider und Buying Center identifizieren' }, { marketing: 'R', sales: 'A', management: '' }],
  [{ en: 'Segmenting and scoring visitors and leads', de: 'Besucher und Leads segmentieren und bewerten' }, { marketing: 'AR', sales: 'C', management: '' }],
  [{ en: 'Handing over MQLs', de: 'MQLs übergeben' }, { marketing: 'AR', sales: 'I', management: '' }],
  [{ en: 'Accepting or rejecting MQLs', de: 'MQLs annehmen oder ablehnen' }, { marketing: 'I', sales: 'AR', management: '' }],
  [{ en: 'First contact with a new lead', de: 'Erstkontakt mit einem neuen Lead' }, { marketing: 'I', sales: 'AR', management: '' }],
  [{ en: 'Follow-up and nurturing', de: 'Nachfassen und Nurturing' }, { marketing: 'A', sales: 'R', management: '' }],
  [{ en: 'Caring for existing customers, cross- and up-selling', de: 'Bestandskunden betreuen, Cross- und Up-Selling' }, { marketing: 'C', sales: 'AR', management: '' }],
  [{ en: 'Providing online assets for sales', de: 'Online-Material für den Vertrieb bereitstellen' }, { marketing: 'AR', sales: 'C', management: '' }],
  [{ en: 'Keeping CRM data up to date', de: 'CRM-Daten aktuell halten' }, { marketing: 'R', sales: 'A', management: 'I' }],
  [{ en: 'Reporting to the management board', de: 'Berichterstattung an die Geschäftsleitung' }, { marketing: 'R', sales: 'R', management: 'A' }],
  [{ en: 'Revenue forecast', de: 'Umsatzprognose' }, { marketing: 'C', sales: 'AR', management: 'I' }]
]

const COMMITMENTS: Array<Omit<ItemFields['commitment'], 'description' | 'measuredBy'> & { description: Bilingual; measuredBy: Bilingual }> = [
  {
    kind: 'firstContact',
    description: { en: 'Sales contacts a new MQL for the first time within', de: 'Der Vertrieb kontaktiert einen neuen MQL erstmals innerhalb von' },
    value: 24,
    unit: 'hours',
    direction: 'atMost',
    team: 'sales',
    measuredBy: { en: 'CRM: time from handover to first logged activity', de: 'CRM: Zeit von der Übergabe bis zur ersten erfassten Aktivität' }
  },
  {
    kind: 'acceptReject',
    description: { en: 'Sales accepts or rejects an MQL (with a reason) within', de: 'Der Vertrieb nimmt einen MQL an oder lehnt ihn (mit Grund) ab innerhalb von' },
    value: 48,
    unit: 'hours',
    direction: 'atMost',
    team: 'sales',
    measuredBy: { en: 'CRM: lead status change after handover', de: 'CRM: Statuswechsel des Leads nach der Übergabe' }
  },
  {
    kind: 'attempts',
    description: { en: 'Contact attempts per MQL, spread over 10 working days', de: 'Kontaktversuche je MQL, verteilt auf 10 Arbeitstage' },
    value: 6,
    unit: 'attempts',
    direction: 'atLeast',
    team: 'sales',
    measuredBy: { en: 'CRM: logged calls and e-mails per lead', de: 'CRM: erfasste Anrufe und E-Mails je Lead' }
  },
  {
    kind: 'feedback',
    description: { en: 'Feedback round on lead quality, every Monday', de: 'Feedbackrunde zur Lead-Qualität, jeden Montag' },
    value: 1,
    unit: 'perWeek',
    direction: 'atLeast',
    team: 'sales',
    measuredBy: { en: 'Meeting held and minutes shared', de: 'Termin findet statt, Protokoll wird geteilt' }
  },
  {
    kind: 'reporting',
    description: { en: 'Joint reporting round on the funnel, first working day of the month', de: 'Gemeinsame Reporting-Runde zum Funnel, am ersten Arbeitstag des Monats' },
    value: 1,
    unit: 'perMonth',
    direction: 'atLeast',
    team: 'marketing',
    measuredBy: { en: 'Report sent to both teams and management', de: 'Bericht an beide Teams und die Geschäftsleitung versandt' }
  },
  {
    kind: 'review',
    description: { en: 'Review of this SLA by marketing and sales, every quarter', de: 'Überprüfung dieses SLA durch Marketing und Vertrieb, jedes Quartal' },
    value: 1,
    unit: 'count',
    direction: 'atLeast',
    team: 'management',
    measuredBy: { en: 'Quarterly review held', de: 'Quartalsreview findet statt' }
  }
]

const TARGETS: Array<{ metric: Bilingual; team: ItemFields['target']['team']; unit: Bilingual; source: ItemFields['target']['source'] }> = [
  { metric: { en: 'MQLs handed to sales', de: 'An den Vertrieb übergebene MQLs' }, team: 'marketing', unit: { en: 'MQLs', de: 'MQLs' }, source: 'mqls' },
  { metric: { en: 'Leads worked per sales rep', de: 'Bearbeitete Leads je Vertriebsmitarbeiter' }, team: 'sales', unit: { en: 'MQLs', de: 'MQLs' }, source: 'mqlsPerRep' },
  { metric: { en: 'SQLs', de: 'SQLs' }, team: 'sales', unit: { en: 'SQLs', de: 'SQLs' }, source: 'sqls' },
  { metric: { en: 'Customers won', de: 'Gewonnene Kunden' }, team: 'sales', unit: { en: 'customers', de: 'Kunden' }, source: 'customers' },
  { metric: { en: 'Revenue from marketing-sourced leads', de: 'Umsatz aus Marketing-Leads' }, team: 'joint', unit: { en: 'EUR', de: 'EUR' }, source: 'revenue' },
  { metric: { en: 'Conversion rate MQL → SQL', de: 'Konversionsrate MQL → SQL' }, team: 'joint', unit: { en: '%', de: '%' }, source: null }
]

const KPIS: Array<{ kpi: Bilingual; measure: Bilingual; reporter: Bilingual }> = [
  {
    kpi: { en: 'Marketing-sourced revenue and pipeline', de: 'Umsatz und Pipeline aus Marketing-Leads' },
    measure: { en: 'Against the quarterly target', de: 'Gegen das Quartalsziel' },
    reporter: { en: 'Head of marketing and head of sales together', de: 'Marketing- und Vertriebsleitung gemeinsam' }
  },
  {
    kpi: { en: 'Conversion rates along the funnel', de: 'Konversionsraten entlang des Funnels' },
    measure: { en: 'Trend over the last four quarters', de: 'Entwicklung über die letzten vier Quartale' },
    reporter: { en: 'Marketing operations', de: 'Marketing Operations' }
  }
]

export function slaDefaultItems(language: Language): ItemSeed[] {
  const pick = (text: Bilingual) => text[language]
  return [
    ...ACTIVITIES.map(([activity, raci]): ItemSeed => ({ list: 'raci', activity: pick(activity), owner: '', raci: { ...raci } })),
    ...COMMITMENTS.map(
      (c): ItemSeed => ({ list: 'commitment', ...c, description: pick(c.description), measuredBy: pick(c.measuredBy) })
    ),
    ...TARGETS.map(
      (target): ItemSeed => ({
        list: 'target',
        period: 'quarter',
        metric: pick(target.metric),
        team: target.team,
        value: null,
        unit: pick(target.unit),
        source: target.source
      })
    ),
    ...KPIS.map(
      (k): ItemSeed => ({ list: 'kpi', kpi: pick(k.kpi), measure: pick(k.measure), reporter: pick(k.reporter), cadence: 'quarterly' })
    )
  ]
}

export function defaultFunnel(): FunnelInputs {
  return {
    period: 'quarter',
    revenueGoal: null,
    marketingShare: null,
    dealSize: null,
    visitToLead: null,
    leadToMql: null,
    mqlToSql: null,
    sqlToCustomer: null,
    leadToCustomer: null,
    reps: null
  }
}

export function defaultGovernance(startDate: string, language: Language): Governance {
  const escalation: Bilingual = {
    en: 'If a commitment is missed twice in a row, the heads of marketing and sales meet within a week; if they cannot agree, management decides.',
    de: 'Wird eine Zusage zweimal in Folge verfehlt, treffen sich Marketing- und Vertriebsleitung innerhalb einer Woche; einigen sie sich nicht, entscheidet die Geschäftsleitung.'
  }
  const amendments: Bilingual = {
    en: 'Changes are agreed at the quarterly review and take effect when both sides have signed the new version.',
    de: 'Änderungen werden im Quartalsreview vereinbart und gelten, sobald beide Seiten die neue Version unterschrieben haben.'
  }
  return {
    startDate,
    termMonths: 12,
    reviewCadence: 'quarterly',
    escalation: escalation[language],
    amendments: amendments[language],
    status: 'proposed'
  }
}
