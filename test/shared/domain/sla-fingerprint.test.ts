import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { SlaContent } from '../../../shared/domain/sla'
import { canonicalSlaJson, shortFingerprint, slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { completeContent, copy } from './sla-fixture'

/** The same value with every object's keys in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, entry]) => [key, reverseKeys(entry)]))
  }
  return value
}

/** The same value with every string decomposed (ü → u + combining diaeresis). */
function decompose<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, entry: unknown) => (typeof entry === 'string' ? entry.normalize('NFD') : entry)) as T
}

function withUmlauts(): SlaContent {
  const content = completeContent()
  content.parties.sharedGoal = 'Gemeinsam gewinnen wir 30 Kunden — für Müller & Söhne.'
  content.definitions.glossary[0]!.definition = 'Eine Größe, über die beide Seiten übereinkommen.'
  return content
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('SLA fingerprint', () => {
  it('is the SHA-256 of the canonical JSON, as lowercase hex', async () => {
    const content = withUmlauts()
    const fingerprint = await slaFingerprint(content)
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(fingerprint).toBe(sha256(canonicalSlaJson(content)))
  })

  it('keeps the canonical form of a signed agreement stable (golden value)', async () => {
    // Signed documents carry this fingerprint for years: any change to the canonical form must be deliberate.
    const minimal: SlaContent = {
      format: 1,
      language: 'de',
      title: 'Kick-off',
      organisation: 'Mu\u0308ller GmbH',
      unit: '',
      currency: 'EUR',
      parties: { sharedGoal: 'Wir gewinnen gemeinsam.', signatories: [{ participantId: 'p1', name: 'Anna', role: 'CMO', team: 'marketing' }] },
      definitions: {
        stages: [],
        mql: { sentence: 'MQL', threshold: 50, status: 'agreed', criteria: [] },
        sql: { sentence: 'SQL', status: 'proposed', criteria: [] },
        glossary: []
      },
      responsibilities: [{ id: 'r1', activity: 'Leads', owner: '', raci: { marketing: 'A', sales: 'R', management: '' }, status: 'agreed' }],
      commitments: [],
      targets: [{ id: 't1', period: 'quarter', metric: 'MQLs', team: 'marketing', value: 300, unit: 'MQLs', source: 'mqls', status: 'agreed' }],
      funnel: { period: 'quarter', revenueGoal: 500000, marketingShare: 60, dealSize: 10000, visitToLead: 2.5, leadToMql: null, mqlToSql: null, sqlToCustomer: null, leadToCustomer: 2, reps: 5 },
      reporting: { reports: [], rejectionReasons: [], stuckLeadRule: { days: 30, action: '', status: 'agreed' }, managementKpis: [] },
      governance: { startDate: '2027-01-15', termMonths: 12, reviewCadence: 'quarterly', escalation: '', amendments: '', status: 'agreed' }
    }
    const expected =
      '{"commitments":[],"currency":"EUR","definitions":{"glossary":[],"mql":{"criteria":[],"sentence":"MQL","status":"agreed","threshold":50},' +
      '"sql":{"criteria":[],"sentence":"SQL","status":"proposed"},"stages":[]},"format":1,' +
      '"funnel":{"dealSize":10000,"leadToCustomer":2,"leadToMql":null,"marketingShare":60,"mqlToSql":null,"period":"quarter","reps":5,"revenueGoal":500000,"sqlToCustomer":null,"visitToLead":2.5},' +
      '"governance":{"amendments":"","escalation":"","reviewCadence":"quarterly","startDate":"2027-01-15","status":"agreed","termMonths":12},' +
      '"language":"de","organisation":"M\u00fcller GmbH","parties":{"sharedGoal":"Wir gewinnen gemeinsam.","signatories":[{"name":"Anna","role":"CMO","team":"marketing"}]},' +
      '"reporting":{"managementKpis":[],"rejectionReasons":[],"reports":[],"stuckLeadRule":{"action":"","days":30,"status":"agreed"}},' +
      '"responsibilities":[{"activity":"Leads","owner":"","raci":{"management":"","marketing":"A","sales":"R"},"status":"agreed"}],' +
      '"targets":[{"metric":"MQLs","period":"quarter","source":"mqls","status":"agreed","team":"marketing","unit":"MQLs","value":300}],' +
      '"title":"Kick-off","unit":""}'
    expect(canonicalSlaJson(minimal)).toBe(expected)
    expect(await slaFingerprint(minimal)).toBe(sha256(expected))
  })

  it('serialises in RFC 8785 form: sorted keys, no whitespace, shortest numbers', () => {
    const json = canonicalSlaJson(completeContent())
    expect(json).not.toMatch(/\n|": | ,/)
    const parsed: unknown = JSON.parse(json)
    const keys = Object.keys(parsed as object)
    expect(keys).toEqual([...keys].sort())
    const minimal = { ...completeContent(), funnel: { ...completeContent().funnel, revenueGoal: 1e21, dealSize: 10000.5 } }
    expect(canonicalSlaJson(minimal)).toContain('"dealSize":10000.5')
    expect(canonicalSlaJson(minimal)).toContain('"revenueGoal":1e+21')
  })

  it('is idempotent: the canonical JSON read back gives the same fingerprint', async () => {
    // Signing fingerprints the parsed canonical form of the draft (renderer/db/sla-repo.ts).
    const content = decompose(withUmlauts())
    const canonical = canonicalSlaJson(content)
    const readBack = JSON.parse(canonical) as SlaContent
    expect(canonicalSlaJson(readBack)).toBe(canonical)
    expect(await slaFingerprint(readBack)).toBe(await slaFingerprint(content))
  })

  it('does not depend on key order', async () => {
    const content = withUmlauts()
    const reordered = reverseKeys(content) as SlaContent
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(content))
    expect(await slaFingerprint(reordered)).toBe(await slaFingerprint(content))
  })

  it('treats composed and decomposed umlauts as the same text', async () => {
    const content = withUmlauts()
    const decomposed = decompose(content)
    expect(decomposed.parties.sharedGoal).not.toBe(content.parties.sharedGoal)
    expect(await slaFingerprint(decomposed)).toBe(await slaFingerprint(content))
  })

  it('ignores ids: the same agreement on another laptop has the same fingerprint', async () => {
    const content = completeContent()
    const elsewhere = copy(content)
    elsewhere.targets.forEach((target, index) => (target.id = `other-${index}`))
    elsewhere.definitions.stages[0]!.id = 'x'
    elsewhere.parties.signatories.forEach((s, index) => (s.participantId = `laptop2-${index}`))
    expect(await slaFingerprint(elsewhere)).toBe(await slaFingerprint(content))
    expect(canonicalSlaJson(content)).not.toMatch(/"id"|"participantId"/)
  })

  it('stores NaN and undefined the way a JSON backup would', async () => {
    const content = completeContent()
    const strange = copy(content)
    strange.funnel.reps = Number.NaN
    const viaBackup = JSON.parse(JSON.stringify(strange)) as SlaContent
    expect(await slaFingerprint(strange)).toBe(await slaFingerprint(viaBackup))
  })

  it.each<[string, (content: SlaContent) => void]>([
    ['one target value', (c) => (c.targets[0]!.value = (c.targets[0]!.value ?? 0) + 1)],
    ['one character of a definition', (c) => (c.definitions.mql.sentence = c.definitions.mql.sentence.replace('fits', 'fit'))],
    ['the order of two stages', (c) => c.definitions.stages.splice(0, 2, c.definitions.stages[1]!, c.definitions.stages[0]!)],
    ['a status from agreed to proposed', (c) => (c.commitments[0]!.status = 'proposed')],
    ['a signatory', (c) => c.parties.signatories.pop()],
    ['one RACI letter', (c) => (c.responsibilities[0]!.raci.sales = 'C')],
    ['a funnel input', (c) => (c.funnel.reps = 6)]
  ])('changes with %s', async (_what, change) => {
    const content = completeContent()
    const changed = copy(content)
    change(changed)
    expect(JSON.stringify(changed)).not.toBe(JSON.stringify(content))
    expect(await slaFingerprint(changed)).not.toBe(await slaFingerprint(content))
  })
})

describe('short fingerprint', () => {
  it('shows the first 16 hex digits in groups of four, upper case', () => {
    expect(shortFingerprint('3f2a91c05b7e0d44aa00bb11cc22dd33ee44ff5566778899aabbccddeeff0011')).toBe('3F2A 91C0 5B7E 0D44')
  })

  it('copes with short input', () => {
    expect(shortFingerprint('abc12')).toBe('ABC1 2')
    expect(shortFingerprint('')).toBe('')
  })
})
