import { createBackup, type BackupData, type BackupWorkshop } from '../../../shared/backup/format'
import { defaultItems } from '../../../shared/domain/defaults'
import type { Item } from '../../../shared/domain/items'
import type { Review } from '../../../shared/domain/review'
import type { RoomRecord } from '../../../shared/domain/room-records'
import { newWorkshop } from '../../../shared/domain/new-workshop'
import type { Signature, SlaVersion } from '../../../shared/domain/sla'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { sealOf } from '../../../shared/domain/sla-seal'
import type { Participant } from '../../../shared/domain/workshop'

/**
 * A valid backup built from the domain's own constructors: a workshop with a superseded v1 (and its
 * closed review), a signed v2 (both sealed) and a draft v3 (one signature on it already), and a trashed German
 * workshop full of awkward text. Tests break one thing at a time from here.
 */

/** A real 1×1 PNG, as a signature pad would deliver one (only much smaller). */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

export const SAMPLE_META = { app: { name: 'Smarketing Studio', version: '0.1.0' }, exportedAt: new Date('2027-02-01T10:00:00.000Z') }

const T0 = Date.UTC(2027, 0, 15, 9)

function itemsFor(workshopId: string, language: 'de' | 'en'): Item[] {
  return defaultItems(language).map(
    (seed, index) => ({ ...seed, id: `${workshopId}-item-${index}`, workshopId, order: index + 1, status: index % 2 ? 'agreed' : 'proposed' }) as Item
  )
}

function participant(workshopId: string, n: number, fields: Pick<Participant, 'name' | 'role' | 'team' | 'signsSla'>): Participant {
  return { id: `${workshopId}-p${n}`, workshopId, order: n, email: '', ...fields }
}

async function signedWorkshop(): Promise<BackupWorkshop> {
  const workshop = {
    ...newWorkshop('w-a', { title: 'Kick-off', organisation: 'Müller GmbH', unit: 'DACH', language: 'en', facilitator: 'Eva', date: '2027-01-15' }, T0),
    sharedGoal: 'Together we win 30 new customers per quarter.',
    reviewThresholds: { green: 95, amber: 75 }
  }
  const participants = [
    participant('w-a', 1, { name: 'Anna Schmidt', role: 'CMO', team: 'marketing', signsSla: true }),
    participant('w-a', 2, { name: 'Tom Weber', role: 'Head of Sales', team: 'sales', signsSla: true }),
    participant('w-a', 3, { name: 'Clara Chef', role: 'CEO', team: 'management', signsSla: false })
  ]
  const items: Item[] = [
    ...itemsFor('w-a', 'en'),
    { id: 'w-a-parked', workshopId: 'w-a', list: 'parking', order: 1, status: 'proposed', text: 'CRM licences', raisedIn: 'sla', shown: true }
  ]
  const content = buildSlaContent(workshop, participants, items)
  const fingerprint = await slaFingerprint(content)
  // Sealed below, once the signatures exist.
  const base = { workshopId: 'w-a', openItems: [], openItemsConfirmed: false, reviewId: null, seal: null, sealedAt: null }
  const slaVersions: SlaVersion[] = [
    { ...base, id: 'w-a-v1', number: 1, state: 'superseded', createdAt: T0, content, fingerprint, signedAt: T0 + 1000, amends: null },
    {
      ...base,
      id: 'w-a-v2',
      number: 2,
      state: 'signed',
      createdAt: T0 + 2000,
      content,
      fingerprint,
      signedAt: T0 + 3000,
      amends: 'w-a-v1',
      openItems: [{ code: 'noSqlDefinition', params: { list: 'sqlCriterion', count: 0 } }],
      openItemsConfirmed: true
    },
    { ...base, id: 'w-a-v3', number: 3, state: 'draft', createdAt: T0 + 4000, content: null, fingerprint: null, signedAt: null, amends: 'w-a-v2' }
  ]
  const sign = (id: string, versionId: string, p: Participant, signedAt: number, drawn: boolean): Signature => ({
    id,
    versionId,
    workshopId: 'w-a',
    participantId: p.id,
    name: p.name,
    signerName: p.name,
    role: p.role,
    team: p.team,
    place: 'Stuttgart',
    signedAt,
    fingerprint,
    method: drawn ? 'drawn' : 'typed',
    image: drawn ? PNG_DATA_URL : null
  })
  const signatures = [
    sign('w-a-s1', 'w-a-v1', participants[0]!, T0 + 500, true),
    sign('w-a-s2', 'w-a-v1', participants[1]!, T0 + 900, false),
    sign('w-a-s3', 'w-a-v2', participants[0]!, T0 + 2500, false),
    sign('w-a-s4', 'w-a-v2', participants[1]!, T0 + 2900, true),
    sign('w-a-s5', 'w-a-v3', participants[0]!, T0 + 4500, false)
  ]
  for (const version of slaVersions) {
    if (version.state === 'draft') continue
    version.seal = sealOf({ ...version, fingerprint }, signatures.filter((s) => s.versionId === version.id))
    version.sealedAt = version.signedAt
  }
  const [firstTarget, secondTarget] = content.targets
  const reviews: Review[] = [
    {
      id: 'w-a-r1',
      workshopId: 'w-a',
      versionId: 'w-a-v1',
      period: '2027-Q1',
      date: '2027-04-15',
      attendeeIds: ['w-a-p1', 'w-a-p2', 'w-a-p-left'],
      guests: ['Agentur Blau'],
      actuals: { [firstTarget!.id]: { value: 280, note: 'Fair fell through' }, [secondTarget!.id]: { value: null, note: '' } },
      actualRates: { visitToLead: 2.5, leadToMql: 30, mqlToSql: null, sqlToCustomer: 20 },
      decisions: 'Raise the MQL threshold to 60.',
      state: 'closed',
      createdAt: T0 + 1500,
      closedAt: T0 + 1800
    }
  ]
  slaVersions[1]!.reviewId = 'w-a-r1'
  return { workshop, participants, items, slaVersions, signatures, reviews, roomAnswers: roomAnswers(items) }
}

/** What the room's phones answered: a rating, a released card with one merged into it, a vote, an agreement. */
function roomAnswers(items: readonly Item[]): RoomRecord[] {
  const friction = items.find((item) => item.list === 'friction')!
  const base = { workshopId: 'w-a', minute: T0 + 60_000 }
  const card = { ...base, kind: 'card', card: 'parking', team: 'sales' } as const
  return [
    { ...base, id: `rating:phone1:${friction.id}`, kind: 'rating', team: 'sales', voter: 'phone1', itemId: friction.id, rating: 4 },
    { ...card, id: 'card:run1:1', text: 'CRM licences', state: 'released', mergedInto: null, itemId: 'w-a-parked' },
    { ...card, id: 'card:run1:2', text: 'We need CRM licences', state: 'queued', mergedInto: 'card:run1:1', itemId: null },
    { ...base, id: 'vote:phone1:friction', kind: 'vote', team: 'sales', voter: 'phone1', subject: 'friction', options: [friction.id, friction.id] },
    { ...base, id: 'agreement:phone2:mql', kind: 'agreement', team: 'marketing', voter: 'phone2', subject: 'mql', answer: 'agree' }
  ]
}

function trashedGermanWorkshop(): BackupWorkshop {
  const workshop = {
    ...newWorkshop('w-b', { title: 'Strategie 🚀 „Größe“', organisation: 'Bäckerei Süß & Söhne', unit: '', language: 'de', facilitator: '', date: '2027-03-31' }, T0),
    deletedAt: T0 + 10_000,
    // Right-to-left text and a character XML forbids: backups keep what was typed.
    sharedGoal: 'שיתוף פעולה \u0001 مشترك',
    currency: 'CHF'
  }
  const participants = [participant('w-b', 1, { name: 'Jürgen Groß', role: '', team: 'other', signsSla: false })]
  return { workshop, participants, items: itemsFor('w-b', 'de'), slaVersions: [], signatures: [], reviews: [], roomAnswers: [] }
}

export async function sampleBackup(): Promise<BackupData> {
  return { workshops: [await signedWorkshop(), trashedGermanWorkshop()] }
}

export async function sampleText(): Promise<string> {
  return createBackup(await sampleBackup(), SAMPLE_META)
}

/** The sample as a plain object to break things in. */
export async function sampleJson(): Promise<SampleFile> {
  return JSON.parse(await sampleText()) as SampleFile
}

/** Loose enough to break; tests reach into it by index. */
export interface SampleFile {
  type: unknown
  version: unknown
  exportedAt: unknown
  app: unknown
  data: { workshops: Array<Record<string, unknown> & { workshop: Record<string, unknown> } & Record<'participants' | 'items' | 'slaVersions' | 'signatures' | 'reviews', Array<Record<string, unknown>>>> }
  [key: string]: unknown
}
