import type { Language } from './language'
import type { ItemFields, ItemSeed } from './items'
import { defaultClockSettings } from './sla-clock'
import { GOVERNANCE_TEXTS, type FunnelInputs, type Governance, type GovernanceText } from './workshop'

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

type CommitmentDefault = Omit<ItemFields['commitment'], 'description' | 'measuredBy'> & { description: Bilingual; measuredBy: Bilingual }

/** Step 4's commitments since it came (schema v2); a v1 backup gets exactly these. */
const COMMITMENTS: CommitmentDefault[] = [
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

/**
 * Marketing's side of the bargain (issue 12 §4): without these, four of six commitments were
 * sales'. Only new workshops get them, after sales' response-time commitments.
 */
const MARKETING_COMMITMENTS: CommitmentDefault[] = [
  {
    kind: 'leadVolume',
    description: { en: 'Marketing hands over MQLs to sales', de: 'Das Marketing übergibt MQLs an den Vertrieb' },
    value: 50,
    unit: 'perMonth',
    direction: 'atLeast',
    team: 'marketing',
    measuredBy: {
      en: 'CRM: MQLs handed over per month; the number follows the lead goals calculator',
      de: 'CRM: übergebene MQLs pro Monat; die Zahl folgt dem Lead-Ziele-Rechner'
    }
  },
  {
    kind: 'leadQuality',
    description: { en: 'Share of handed-over MQLs that sales accepts', de: 'Anteil der übergebenen MQLs, die der Vertrieb annimmt' },
    value: 70,
    unit: 'percent',
    direction: 'atLeast',
    team: 'marketing',
    measuredBy: { en: 'CRM: accepted MQLs ÷ handed-over MQLs, per quarter', de: 'CRM: angenommene MQLs ÷ übergebene MQLs, je Quartal' }
  },
  {
    kind: 'dataCompleteness',
    description: {
      en: 'MQLs handed over with the complete hand-over data',
      de: 'MQLs, die mit vollständigen Übergabedaten übergeben werden'
    },
    value: 100,
    unit: 'percent',
    direction: 'atLeast',
    team: 'marketing',
    measuredBy: { en: 'CRM: required hand-over fields filled in', de: 'CRM: Pflichtfelder der Übergabe ausgefüllt' }
  },
  {
    kind: 'salesContent',
    description: {
      en: 'New or updated content for sales conversations (case studies, presentations, comparisons)',
      de: 'Neue oder überarbeitete Inhalte für Vertriebsgespräche (Referenzen, Präsentationen, Vergleiche)'
    },
    value: 2,
    unit: 'perMonth',
    direction: 'atLeast',
    team: 'marketing',
    measuredBy: { en: 'Content library: pieces released to sales', de: 'Content-Bibliothek: für den Vertrieb freigegebene Inhalte' }
  }
]

/** Sales' response times first, then marketing's commitments, then the joint rounds. */
function commitmentDefaults(withMarketing: boolean): CommitmentDefault[] {
  if (!withMarketing) return COMMITMENTS
  const responseTimes = COMMITMENTS.filter((c) => c.kind === 'firstContact' || c.kind === 'acceptReject' || c.kind === 'attempts')
  return [...responseTimes, ...MARKETING_COMMITMENTS, ...COMMITMENTS.filter((c) => !responseTimes.includes(c))]
}

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

/**
 * Step 4's example items. `edition` `'v2'` is what step 4 brought when it came (the v1 → v2
 * migration must go on giving exactly that); `'current'` is what a new workshop gets.
 */
export function slaDefaultItems(language: Language, edition: 'v2' | 'current'): ItemSeed[] {
  const pick = (text: Bilingual) => text[language]
  return [
    ...ACTIVITIES.map(([activity, raci]): ItemSeed => ({ list: 'raci', activity: pick(activity), owner: '', raci: { ...raci } })),
    ...commitmentDefaults(edition === 'current').map(
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

/** Governance as step 4 brought it when it came (schema v2): what the v1 → v2 migration fills in. */
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

const GOVERNANCE_TEXT_DEFAULTS: Record<GovernanceText, Bilingual> = {
  scopeLeads: {
    en: 'All leads from marketing’s channels (website, campaigns, events, trade fairs) that are handed to sales as MQLs. Enquiries from existing customers go straight to their account manager and are not covered.',
    de: 'Alle Leads aus den Kanälen des Marketings (Website, Kampagnen, Veranstaltungen, Messen), die als MQL an den Vertrieb übergeben werden. Anfragen von Bestandskunden gehen direkt an die zuständige Kundenbetreuung und fallen nicht unter diese Vereinbarung.'
  },
  scopeRegions: {
    en: 'All sales regions of the organisation.',
    de: 'Alle Vertriebsgebiete des Unternehmens.'
  },
  handoverData: {
    en: [
      'Name and company',
      'E-mail address or phone number',
      'Source and campaign',
      'Lead score and the MQL criteria met',
      'Last activity and the interest shown',
      'Consent to be contacted, with its date'
    ].join('\n'),
    de: [
      'Name und Unternehmen',
      'E-Mail-Adresse oder Telefonnummer',
      'Quelle und Kampagne',
      'Lead-Score und erfüllte MQL-Kriterien',
      'Letzte Aktivität und bekundetes Interesse',
      'Einwilligung zur Kontaktaufnahme mit Datum'
    ].join('\n')
  },
  consequences: {
    en: 'If a commitment is still missed after that, or missed in two quarters in a row, management decides on measures at the next quarterly review – for example other targets or resources, a changed hand-over or responsibilities assigned anew. The decision is recorded in the minutes of the review.',
    de: 'Wird eine Zusage auch danach verfehlt oder in zwei Quartalen hintereinander nicht erreicht, entscheidet die Geschäftsleitung im nächsten Quartalsreview über Maßnahmen – etwa geänderte Ziele oder Ressourcen, eine geänderte Übergabe oder neu verteilte Verantwortlichkeiten. Die Entscheidung wird im Protokoll des Reviews festgehalten.'
  },
  renewal: {
    en: 'At the end of its term the agreement renews for another term of the same length, unless marketing and sales agree changes at the last review of the term.',
    de: 'Nach Ablauf der Laufzeit verlängert sich die Vereinbarung um eine weitere Laufzeit gleicher Länge, sofern Marketing und Vertrieb im letzten Review der Laufzeit keine Änderungen vereinbaren.'
  },
  termination: {
    en: 'The agreement ends when a new signed version replaces it, or when management cancels it and informs both teams in writing.',
    de: 'Die Vereinbarung endet, wenn eine neue unterschriebene Version sie ersetzt oder die Geschäftsleitung sie aufhebt und beide Teams schriftlich darüber informiert.'
  },
  dataProtection: {
    en: 'Lead data is processed only for the purposes of this agreement and in line with the GDPR; hand-over and reports run through the CRM, not through private copies. Targets and commitments are measured per team. If figures are to be evaluated per person, the works council, where there is one, must agree beforehand (co-determination under section\u00A087(1) no.\u00A06 of the German Works Constitution Act, BetrVG), and the data protection officer is involved.',
    de: 'Lead-Daten werden nur für die Zwecke dieser Vereinbarung und nach der DSGVO verarbeitet; Übergabe und Berichte laufen über das CRM, nicht über private Kopien. Ziele und Zusagen werden je Team gemessen. Sollen Kennzahlen je Person ausgewertet werden, muss – wo ein Betriebsrat besteht – vorher der Betriebsrat zustimmen (Mitbestimmung nach §\u00A087 Abs.\u00A01 Nr.\u00A06 BetrVG); die oder der Datenschutzbeauftragte wird beteiligt.'
  }
}

/** Governance as a new workshop proposes it: since issue 12 with scope, hand-over, clock, term and data protection. */
export function newGovernance(startDate: string, language: Language): Governance {
  const texts = Object.fromEntries(GOVERNANCE_TEXTS.map((field) => [field, GOVERNANCE_TEXT_DEFAULTS[field][language]])) as Record<GovernanceText, string>
  return { ...defaultGovernance(startDate, language), ...texts, clock: defaultClockSettings() }
}
