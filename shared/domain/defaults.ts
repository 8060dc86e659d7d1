import type { Language } from './language'
import type { ItemFields, ItemSeed } from './items'
import { slaDefaultItems } from './sla-defaults'

/**
 * Example content drawn from practice (SPEC §4), offered in the workshop's language when the
 * workshop is created. Every item is editable and removable; switching the UI language later
 * never rewrites it.
 */
type Bilingual = Record<Language, string>

const FRICTION_AREAS: Bilingual[] = [
  {
    en: 'Education & background (vocational vs. academic)',
    de: 'Ausbildung & Hintergrund (beruflich vs. akademisch)'
  },
  { en: 'Hierarchy & reporting line', de: 'Hierarchie & Berichtslinie' },
  {
    en: 'Information flow (customer knowledge vs. market knowledge kept as a private asset)',
    de: 'Informationsfluss (Kunden- vs. Marktwissen wird als eigenes Kapital behalten)'
  },
  {
    en: 'Mindset (operative/tactical vs. strategic/research-driven)',
    de: 'Denkweise (operativ/taktisch vs. strategisch/forschungsgetrieben)'
  },
  {
    en: 'Implementing change (directly at the customer vs. through KPI systems and targets)',
    de: 'Veränderung umsetzen (direkt beim Kunden vs. über KPI-Systeme und Ziele)'
  },
  { en: 'How success is measured (revenue vs. budget)', de: 'Wie Erfolg gemessen wird (Umsatz vs. Budget)' },
  {
    en: 'Lead follow-up (leads not followed up / leads not good enough)',
    de: 'Lead-Nachverfolgung (Leads nicht bearbeitet / Leads nicht gut genug)'
  }
]

interface StageDefault {
  name: Bilingual
  definition: Bilingual
  owner: ItemFields['stage']['owner']
  onStall: Bilingual
}

const STAGES: StageDefault[] = [
  {
    name: { en: 'Lead', de: 'Lead' },
    definition: {
      en: 'A contact who has left their details, e.g. through a download or an event.',
      de: 'Ein Kontakt, der seine Daten hinterlassen hat, z. B. über einen Download oder eine Veranstaltung.'
    },
    owner: 'marketing',
    onStall: { en: 'Nurturing', de: 'Nurturing' }
  },
  {
    name: { en: 'MQL', de: 'MQL' },
    definition: {
      en: 'Marketing Qualified Lead: meets the agreed MQL definition and is handed to sales.',
      de: 'Marketing Qualified Lead: erfüllt die vereinbarte MQL-Definition und geht an den Vertrieb.'
    },
    owner: 'marketing',
    onStall: { en: 'Nurturing', de: 'Nurturing' }
  },
  {
    name: { en: 'SAL', de: 'SAL' },
    definition: {
      en: 'Sales Accepted Lead: sales has accepted the MQL and will contact it.',
      de: 'Sales Accepted Lead: Der Vertrieb hat den MQL angenommen und nimmt Kontakt auf.'
    },
    owner: 'sales',
    onStall: { en: 'Back to marketing with a rejection reason', de: 'Zurück an Marketing mit Ablehnungsgrund' }
  },
  {
    name: { en: 'SQL', de: 'SQL' },
    definition: {
      en: 'Sales Qualified Lead: meets the agreed SQL definition after a first conversation.',
      de: 'Sales Qualified Lead: erfüllt nach einem ersten Gespräch die vereinbarte SQL-Definition.'
    },
    owner: 'sales',
    onStall: { en: 'Nurturing', de: 'Nurturing' }
  },
  {
    name: { en: 'Opportunity', de: 'Opportunity' },
    definition: {
      en: 'A concrete sales opportunity with an offer, a value and an expected closing date.',
      de: 'Eine konkrete Verkaufschance mit Angebot, Wert und erwartetem Abschlussdatum.'
    },
    owner: 'sales',
    onStall: { en: 'Nurturing', de: 'Nurturing' }
  },
  {
    name: { en: 'Customer', de: 'Kunde' },
    definition: {
      en: 'The deal is won; care, cross- and up-selling begin.',
      de: 'Der Abschluss ist gewonnen; Betreuung, Cross- und Up-Selling beginnen.'
    },
    owner: 'sales',
    onStall: { en: '—', de: '—' }
  },
  {
    name: { en: 'Nurturing / recycled', de: 'Nurturing / recycelt' },
    definition: {
      en: 'Not ready to buy yet: marketing keeps the contact warm until it qualifies again.',
      de: 'Noch nicht kaufbereit: Marketing hält den Kontakt warm, bis er sich erneut qualifiziert.'
    },
    owner: 'marketing',
    onStall: { en: 'Stays in nurturing', de: 'Bleibt im Nurturing' }
  }
]

const BANT: Bilingual[] = [
  { en: 'Budget: money for the purchase is planned', de: 'Budget: Geld für den Kauf ist eingeplant' },
  {
    en: 'Authority: we talk to the person who decides or to the buying center',
    de: 'Entscheidungsbefugnis: Wir sprechen mit der Person, die entscheidet, oder mit dem Buying Center'
  },
  { en: 'Need: a concrete need our offer solves', de: 'Bedarf: ein konkreter Bedarf, den unser Angebot löst' },
  { en: 'Timeline: a purchase is planned within 6 months', de: 'Zeitrahmen: Kauf ist innerhalb von 6 Monaten geplant' }
]

const REJECTION_REASONS: Bilingual[] = [
  { en: 'Contact data wrong or incomplete', de: 'Kontaktdaten falsch oder unvollständig' },
  { en: 'No need or no budget', de: 'Kein Bedarf oder kein Budget' },
  { en: 'Not the decision maker, no access to one', de: 'Nicht die entscheidende Person, kein Zugang dazu' },
  { en: 'Outside our target group or region', de: 'Außerhalb unserer Zielgruppe oder Region' },
  { en: 'Existing customer or already in contact with sales', de: 'Bestandskunde oder bereits im Vertriebskontakt' }
]

/** Suggested actions for step 5 (SPEC §4) — offered, never added by themselves. */
export const SUGGESTED_ACTIONS: Bilingual[] = [
  {
    en: 'Marketing staff accompany field sales on customer visits',
    de: 'Marketing begleitet den Außendienst bei Kundenbesuchen'
  },
  {
    en: 'Sales staff sit in on agency briefings and campaign planning',
    de: 'Vertrieb nimmt an Agentur-Briefings und Kampagnenplanung teil'
  },
  { en: 'Joint communication training', de: 'Gemeinsames Kommunikationstraining' },
  {
    en: 'Give both teams access to the same CRM data and tools',
    de: 'Beiden Teams Zugang zu denselben CRM-Daten und Werkzeugen geben'
  },
  {
    en: 'Sales intensifies customer visits where campaigns run',
    de: 'Vertrieb intensiviert Besuche dort, wo Kampagnen laufen'
  },
  {
    en: 'Marketing uses phone outreach where field sales rarely goes',
    de: 'Marketing nutzt Telefonakquise, wo der Außendienst selten hinkommt'
  },
  { en: 'Regular joint lead review meeting', de: 'Regelmäßiges gemeinsames Lead-Review-Meeting' }
]

const GLOSSARY: Array<{ term: Bilingual; definition: Bilingual }> = [
  {
    term: { en: 'Conversion rate', de: 'Konversionsrate' },
    definition: {
      en: 'Share of leads in one stage that reach the next stage within a period.',
      de: 'Anteil der Leads einer Stufe, die in einem Zeitraum die nächste Stufe erreichen.'
    }
  },
  {
    term: { en: 'Buying center', de: 'Buying Center' },
    definition: {
      en: 'Everyone at the customer who influences or makes the buying decision.',
      de: 'Alle Personen beim Kunden, die die Kaufentscheidung beeinflussen oder treffen.'
    }
  }
]


/**
 * The items a new workshop starts with, in its language. `'v2'` leaves out what came later
 * (marketing's commitments, issue 12 §4): the examples as workshops made before them hold them.
 */
export function defaultItems(language: Language, edition: 'v2' | 'current' = 'current'): ItemSeed[] {
  const pick = (text: Bilingual) => text[language]
  return [
    ...FRICTION_AREAS.map(
      (area): ItemSeed => ({
        list: 'friction',
        area: pick(area),
        ratings: { marketing: null, sales: null, management: null },
        notes: ''
      })
    ),
    ...STAGES.map(
      (stage): ItemSeed => ({
        list: 'stage',
        name: pick(stage.name),
        definition: pick(stage.definition),
        owner: stage.owner,
        entryCriteria: '',
        maxDays: null,
        onStall: pick(stage.onStall)
      })
    ),
    ...REJECTION_REASONS.map((reason): ItemSeed => ({ list: 'rejection', text: pick(reason) })),
    ...BANT.map((criterion): ItemSeed => ({ list: 'sqlCriterion', text: pick(criterion), kind: 'bant', points: null })),
    ...GLOSSARY.map(
      (entry): ItemSeed => ({ list: 'glossary', term: pick(entry.term), definition: pick(entry.definition) })
    ),
    ...slaDefaultItems(language, edition)
  ]
}

export function suggestedActions(language: Language): string[] {
  return SUGGESTED_ACTIONS.map((action) => action[language])
}

/**
 * Example MQL criteria (issue 10 §4), offered in step 3 the way BANT is for the SQL: fit says
 * whether company and person suit us, engagement how interested they are. With points that add
 * up to a score; a lead with the example threshold is an MQL.
 */
const MQL_EXAMPLES: Array<{ text: Bilingual; kind: 'fit' | 'engagement'; points: number }> = [
  {
    text: { en: 'Industry in our target markets (e.g. mechanical engineering, automotive suppliers)', de: 'Branche in unseren Zielmärkten (z. B. Maschinenbau, Automobilzulieferer)' },
    kind: 'fit',
    points: 20
  },
  { text: { en: 'Company size: 50 to 1,000 employees', de: 'Unternehmensgröße: 50 bis 1.000 Mitarbeitende' }, kind: 'fit', points: 15 },
  {
    text: { en: 'Role: decides or influences the purchase (e.g. head of production, purchasing)', de: 'Funktion: entscheidet oder beeinflusst den Kauf (z. B. Produktionsleitung, Einkauf)' },
    kind: 'fit',
    points: 15
  },
  { text: { en: 'Region: within our sales territory', de: 'Region: in unserem Vertriebsgebiet' }, kind: 'fit', points: 10 },
  { text: { en: 'Downloaded a whitepaper or case study', de: 'Whitepaper oder Fallstudie heruntergeladen' }, kind: 'engagement', points: 10 },
  { text: { en: 'Attended a webinar or visited our trade fair stand', de: 'Webinar besucht oder am Messestand gewesen' }, kind: 'engagement', points: 15 },
  { text: { en: 'Visited the pricing or contact page', de: 'Preis- oder Kontaktseite besucht' }, kind: 'engagement', points: 15 },
  {
    text: { en: 'Opened three or more newsletters in the last 90 days', de: 'In den letzten 90 Tagen drei oder mehr Newsletter geöffnet' },
    kind: 'engagement',
    points: 5
  }
]

/** The score threshold that goes with the example criteria. */
export const MQL_EXAMPLE_THRESHOLD = 50

export function mqlExampleCriteria(language: Language): Array<ItemFields['mqlCriterion']> {
  return MQL_EXAMPLES.map((example) => ({ text: example.text[language], kind: example.kind, points: example.points }))
}
