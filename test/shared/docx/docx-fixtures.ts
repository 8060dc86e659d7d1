import { deflateSync } from 'node:zlib'
import { defaultItems, suggestedActions } from '../../../shared/domain/defaults'
import type { Item, ItemFields, ItemSeed } from '../../../shared/domain/items'
import type { Language } from '../../../shared/domain/language'
import { newWorkshop } from '../../../shared/domain/new-workshop'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { sealOf } from '../../../shared/domain/sla-seal'
import type { Signature, SlaContent } from '../../../shared/domain/sla'
import { newGovernance } from '../../../shared/domain/sla-defaults'
import type { Participant, Workshop } from '../../../shared/domain/workshop'
import type { MinutesDocumentInput } from '../../../shared/docx/minutes/minutes-input'
import type { SlaDocumentInput } from '../../../shared/docx/sla/sla-input'

/**
 * A workshop the room has finished, in either language, with everything the documents show:
 * friction ratings, voices, MQL criteria with points, targets with values, actions, concerns.
 */
export const GENERATED_AT = Date.UTC(2027, 0, 15, 16, 30)
export const SIGNED_AT = Date.UTC(2027, 0, 15, 15, 45)
export const TIME_ZONE = 'Europe/Berlin'


const WORDS = {
  en: {
    goal: 'Together we win 30 new customers per quarter — with one process and one language.',
    mql: 'An MQL is a lead from our target group that has shown real interest.',
    sql: 'An SQL has budget, authority, need and a timeline.',
    mqlCriteria: ['Industry: mechanical engineering or automotive supplier', 'Company size: 50 to 2,000 employees', 'Downloaded a whitepaper or attended a webinar'],
    voices: ['Marketing only makes pretty pictures', 'Sales never follows up our leads', 'Sales only chases its own contacts', 'The leads from marketing are not worth calling'],
    gives: ['Feedback on every rejected lead within a week', 'Leads that fit our target group'],
    benefit: 'Less time wasted on leads that will never buy',
    concern: ['We lose control over our own customers', 'Sales and marketing leads review the CRM access together'],
    parking: 'Budget for a new marketing automation tool',
    place: 'Hamburg',
    roles: ['Head of marketing', 'Head of sales', 'CEO'],
    reports: [
      ['MQL handover report', 'New MQLs, score, source campaign', 'Mondays', 'CRM dashboard', 'Marketing operations'],
      ['Lead feedback report', 'Accepted and rejected MQLs with reasons, SQLs, won deals', 'First working day', 'E-mail, PDF', 'Sales operations']
    ]
  },
  de: {
    goal: 'Gemeinsam gewinnen wir 30 neue Kunden pro Quartal – mit einem Prozess und einer Sprache.',
    mql: 'Ein MQL ist ein Lead aus unserer Zielgruppe, der echtes Interesse gezeigt hat.',
    sql: 'Ein SQL hat Budget, Entscheidungsbefugnis, Bedarf und einen Zeitrahmen.',
    mqlCriteria: ['Branche: Maschinenbau oder Automobilzulieferer', 'Unternehmensgröße: 50 bis 2.000 Beschäftigte', 'Whitepaper heruntergeladen oder Webinar besucht'],
    voices: ['Marketing macht nur schöne Bilder', 'Der Vertrieb fasst unsere Leads nie nach', 'Der Vertrieb jagt nur eigene Kontakte', 'Die Leads vom Marketing lohnen keinen Anruf'],
    gives: ['Rückmeldung zu jedem abgelehnten Lead innerhalb einer Woche', 'Leads, die zu unserer Zielgruppe passen'],
    benefit: 'Weniger Zeit für Leads, die nie kaufen werden',
    concern: ['Wir verlieren die Kontrolle über unsere eigenen Kunden', 'Marketing- und Vertriebsleitung prüfen die CRM-Zugänge gemeinsam'],
    parking: 'Budget für ein neues Marketing-Automation-Werkzeug',
    place: 'Hamburg',
    roles: ['Marketingleiterin', 'Vertriebsleiter', 'Geschäftsführerin'],
    reports: [
      ['MQL-Übergabebericht', 'Neue MQLs, Punktzahl, Quellkampagne', 'montags', 'CRM-Dashboard', 'Marketing Operations'],
      ['Lead-Feedbackbericht', 'Angenommene und abgelehnte MQLs mit Gründen, SQLs, Abschlüsse', 'erster Arbeitstag', 'E-Mail, PDF', 'Sales Operations']
    ]
  }
} as const

function extraSeeds(language: Language): ItemSeed[] {
  const w = WORDS[language]
  return [
    ...w.mqlCriteria.map((text, i): ItemSeed => ({ list: 'mqlCriterion', text, kind: i < 2 ? 'fit' : 'engagement', points: [20, 15, 25][i] ?? null })),
    { list: 'voice', team: 'marketing', kind: 'heard', text: w.voices[0] },
    { list: 'voice', team: 'marketing', kind: 'says', text: w.voices[2] },
    { list: 'voice', team: 'sales', kind: 'heard', text: w.voices[1] },
    { list: 'voice', team: 'sales', kind: 'says', text: w.voices[3] },
    { list: 'giveGet', team: 'marketing', text: w.gives[0] },
    { list: 'giveGet', team: 'sales', text: w.gives[1] },
    { list: 'benefit', text: w.benefit },
    ...w.reports.map((r, i): ItemSeed => ({ list: 'report', name: r[0], from: i === 0 ? 'marketing' : 'sales', to: i === 0 ? 'sales' : 'marketing', metrics: r[1], cadence: i === 0 ? 'weekly' : 'monthly', when: r[2], channel: r[3], owner: r[4] })),
    ...suggestedActions(language).slice(0, 3).map((title, i): ItemSeed => ({ list: 'action', title, owner: ['Anna', 'Bernd', 'Clara'][i] ?? '', team: 'marketing', due: '2027-03-31', state: (['open', 'inProgress', 'done'] as const)[i] ?? 'open' })),
    { list: 'concern', text: w.concern[0], response: w.concern[1] }
  ]
}

const RATINGS: Array<[number, number, number | null]> = [
  [2, 3, 1],
  [4, 2, 3],
  [5, 3, 4],
  [3, 3, null],
  [1, 4, 2],
  [4, 5, 3],
  [5, 1, 4]
]

export interface DocxDraft {
  workshop: Workshop
  participants: Participant[]
  items: Item[]
}

/**
 * `'v2'`: the example items as workshops made before marketing's commitments hold them (the review
 * report's expected figures are counted on those); `'current'`: what a new workshop gets.
 */
export function finishedWorkshop(language: Language, edition: 'v2' | 'current' = 'current'): DocxDraft {
  const w = WORDS[language]
  const base = newWorkshop('w1', { title: 'Smarketing Kick-off 2027', organisation: 'Müller Maschinenbau GmbH', unit: 'DACH', language, facilitator: 'Eva Moderatorin', date: '2027-01-15' }, GENERATED_AT)
  const workshop: Workshop = {
    ...base,
    steps: Object.fromEntries(Object.entries(base.steps).map(([id, step]) => [id, { ...step, completed: id !== 'sla' }])) as Workshop['steps'],
    sharedGoal: w.goal,
    stuckLeadRule: { days: 30, action: language === 'de' ? 'Die zuständige Person und die Marketingleitung werden informiert.' : 'The owner and the head of marketing are notified.', status: 'agreed' },
    mql: { sentence: w.mql, threshold: 50, status: 'agreed' },
    sql: { sentence: w.sql, status: 'agreed' },
    funnel: { ...base.funnel, revenueGoal: 500000, marketingShare: 60, dealSize: 10000, sqlToCustomer: 25, mqlToSql: 40, leadToMql: 20, visitToLead: 2, reps: 4 },
    governance: { ...newGovernance('2027-02-01', language), status: 'agreed' }
  }
  const participants: Participant[] = [
    { id: 'p1', workshopId: 'w1', order: 1, name: 'Anna Marketing', role: w.roles[0], team: 'marketing', email: 'anna@mueller.example', signsSla: true },
    { id: 'p2', workshopId: 'w1', order: 2, name: 'Bernd Vertrieb', role: w.roles[1], team: 'sales', email: '', signsSla: true },
    { id: 'p3', workshopId: 'w1', order: 3, name: 'Clara Chef', role: w.roles[2], team: 'management', email: '', signsSla: false }
  ]
  let frictionIndex = 0
  const items = [...defaultItems(language, edition), ...extraSeeds(language)].map((seed, index): Item => {
    let filled: ItemSeed = seed
    if (seed.list === 'target') filled = { ...seed, value: seed.unit === 'EUR' ? 300000 : seed.unit === '%' ? 40 : 120 + index }
    if (seed.list === 'friction') {
      const [marketing, sales, management] = RATINGS[frictionIndex++ % RATINGS.length] ?? [null, null, null]
      filled = { ...seed, ratings: { marketing, sales, management } as ItemFields['friction']['ratings'], notes: index === 0 ? 'Sales: “Marketing has no idea of our customers.”' : '' }
    }
    if (seed.list === 'stage' && index % 2 === 0) filled = { ...seed, maxDays: 14, entryCriteria: seed.name === 'MQL' ? 'Score ≥ 50' : '' }
    return { ...filled, id: `${seed.list}-${index}`, workshopId: 'w1', order: index, status: 'agreed' } as Item
  })
  return { workshop, participants, items }
}

export function slaContent(language: Language, edition: 'v2' | 'current' = 'current'): SlaContent {
  const { workshop, participants, items } = finishedWorkshop(language, edition)
  return buildSlaContent(workshop, participants, items)
}

// --- a drawn signature as a real PNG (RGBA, transparent, a blue stroke) ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

export function signaturePng(seed: number, width = 480, height = 160): string {
  const raw = Buffer.alloc((width * 4 + 1) * height)
  const plot = (x: number, y: number) => {
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        const px = Math.round(x + dx)
        const py = Math.round(y + dy)
        if (px < 0 || py < 0 || px >= width || py >= height) continue
        const at = py * (width * 4 + 1) + 1 + px * 4
        raw[at] = 0x1f
        raw[at + 1] = 0x38
        raw[at + 2] = 0x64
        raw[at + 3] = 0xff
      }
  }
  for (let x = 20; x < width - 20; x += 0.5) {
    plot(x, height / 2 + Math.sin((x + seed * 17) / (18 + seed)) * (height / 4) + Math.sin(x / 7) * 6)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())])
  return `data:image/png;base64,${png.toString('base64')}`
}

function signature(content: SlaContent, participantId: string, fingerprint: string, method: Signature['method'], index: number): Signature {
  const signatory = content.parties.signatories.find((s) => s.participantId === participantId)
  if (!signatory) throw new Error(`no signatory ${participantId}`)
  return {
    id: `sig-${participantId}`,
    versionId: 'v2',
    workshopId: 'w1',
    participantId,
    name: signatory.name,
    signerName: signatory.name,
    role: signatory.role,
    team: signatory.team,
    place: WORDS[content.language].place,
    signedAt: SIGNED_AT + index * 60_000,
    fingerprint,
    method,
    image: method === 'drawn' ? signaturePng(index + 1) : null
  }
}

/** Version 2 of a signed SLA: a drawn and a typed signature, one earlier version in the history; sealed when signed. */
export async function signedSlaInput(language: Language, content: SlaContent = slaContent(language)): Promise<SlaDocumentInput> {
  const fingerprint = await slaFingerprint(content)
  const signatures = [signature(content, 'p1', fingerprint, 'drawn', 0), signature(content, 'p2', fingerprint, 'typed', 1)]
  const facts = { number: 2, signedAt: SIGNED_AT + 120_000, fingerprint, openItems: [] }
  return {
    content,
    version: { ...facts, state: 'signed', seal: sealOf(facts, signatures), sealedAt: facts.signedAt },
    signatures,
    history: [
      { number: 1, state: 'superseded', signedAt: Date.UTC(2026, 9, 1, 9), fingerprint: '3f2a91c05b7e0d44aa00000000000000000000000000000000000000000000ff', summary: language === 'de' ? 'Erste Fassung' : 'First version' },
      { number: 2, state: 'signed', signedAt: SIGNED_AT + 120_000, fingerprint, summary: language === 'de' ? 'Reaktionszeit auf 24 Stunden verkürzt' : 'Response time cut to 24 hours' }
    ],
    reviewDates: ['2027-05-01', '2027-08-01', '2027-11-01', '2028-02-01'],
    generatedAt: GENERATED_AT,
    timeZone: TIME_ZONE
  }
}

export function draftSlaInput(language: Language, content: SlaContent = slaContent(language)): SlaDocumentInput {
  return {
    content,
    version: { number: 3, state: 'draft', signedAt: null, fingerprint: null, openItems: [], seal: null, sealedAt: null },
    signatures: [],
    history: [],
    reviewDates: [],
    generatedAt: GENERATED_AT,
    timeZone: TIME_ZONE
  }
}

export function minutesInput(language: Language): MinutesDocumentInput {
  const { workshop, participants, items } = finishedWorkshop(language)
  return { workshop, participants, items, parkingLot: [{ text: WORDS[language].parking, step: 'sla' }], generatedAt: GENERATED_AT, timeZone: TIME_ZONE }
}
