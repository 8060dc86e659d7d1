import type { FindingCode } from './completeness'
import type { SlaListKind } from './items'
import type { Language } from './language'
import { formatNumber } from './numbers'
import type { AgreedPart } from './sla-lock'
import { periodName, stepName, teamName } from './vocabulary'

/**
 * The sentence of each completeness finding (SPEC §4), in both languages: one vocabulary for the
 * check on screen, the open items of a version and the open items the SLA document lists. Texts
 * with blanks are functions; what fills them is already written for the language.
 *
 * The wording is the one signed documents already carry: "Open SLA from Word file" rebuilds a
 * document's text to compare it, so rewording a sentence would flag every earlier SLA signed
 * with that open item as changed. Reword only together with a way to read the old wording.
 */
interface FindingTexts {
  sentences: {
    noMarketingSignatory: string
    noSalesSignatory: string
    signatoryWithoutName: (position: string, team: string) => string
    noSharedGoal: string
    stepNotCompleted: (step: string) => string
    noMqlDefinition: string
    noSqlDefinition: string
    noFirstContactCommitment: string
    commitmentWithoutValue: (description: string) => string
    raciNobodyResponsible: (activity: string) => string
    raciSeveralAccountable: (count: string, activity: string) => string
    raciNoAccountable: (activity: string) => string
    noTargets: string
    targetWithoutTeam: (metric: string, period: string) => string
    targetWithoutValue: (metric: string, period: string) => string
    governanceWithoutStartDate: string
    /** `names`: the first open items' names; `more`: how many are not named. */
    itemsNotAgreed: (list: string, count: string, names: readonly string[], more: string | null) => string
    notAgreed: (part: string) => string
  }
  /** A code this version does not know (a Word file from a newer one). */
  unknown: (code: string) => string
  listNames: Record<SlaListKind, string>
  parts: Record<AgreedPart, string>
}

const en: FindingTexts = {
  sentences: {
    noMarketingSignatory: 'Nobody from marketing signs the agreement.',
    noSalesSignatory: 'Nobody from sales signs the agreement.',
    signatoryWithoutName: (position, team) => `Signatory no. ${position} (${team}) has no name.`,
    noSharedGoal: 'There is no shared goal statement.',
    stepNotCompleted: (step) => `${step} is not marked complete.`,
    noMqlDefinition: 'There is no MQL definition.',
    noSqlDefinition: 'There is no SQL definition.',
    noFirstContactCommitment: 'There is no response time: how fast sales contacts a new MQL.',
    commitmentWithoutValue: (description) => `Commitment “${description}” has no value.`,
    raciNobodyResponsible: (activity) => `Nobody is responsible for “${activity}”.`,
    raciSeveralAccountable: (count, activity) => `${count} teams are accountable for “${activity}”.`,
    raciNoAccountable: (activity) => `Nobody is accountable for “${activity}”.`,
    noTargets: 'There are no targets.',
    targetWithoutTeam: (metric, period) => `Target “${metric}” (${period}) has no owner.`,
    targetWithoutValue: (metric, period) => `Target “${metric}” (${period}) has no value.`,
    governanceWithoutStartDate: 'The agreement has no start date.',
    itemsNotAgreed: (list, count, names, more) =>
      names.length === 0 ? `${list}: ${count} not yet agreed.` : `${list}: ${count} not yet agreed — ${names.map((n) => `“${n}”`).join(', ')}${more ? ` and ${more} more` : ''}.`,
    notAgreed: (part) => `${part} is not yet agreed.`
  },
  unknown: (code) => `Open item “${code}”.`,
  listNames: {
    stage: 'Lifecycle stages',
    report: 'Reports',
    rejection: 'Rejection reasons',
    mqlCriterion: 'MQL criteria',
    sqlCriterion: 'SQL criteria',
    glossary: 'Glossary',
    raci: 'Responsibilities',
    commitment: 'Commitments',
    target: 'Targets',
    kpi: 'Reporting to management'
  },
  parts: { mql: 'The MQL definition', sql: 'The SQL definition', stuckLeadRule: 'The stuck-lead rule', governance: 'Governance' }
}

const de: FindingTexts = {
  sentences: {
    noMarketingSignatory: 'Niemand aus dem Marketing unterschreibt die Vereinbarung.',
    noSalesSignatory: 'Niemand aus dem Vertrieb unterschreibt die Vereinbarung.',
    signatoryWithoutName: (position, team) => `Unterzeichnende Person Nr. ${position} (${team}) hat keinen Namen.`,
    noSharedGoal: 'Es gibt kein gemeinsames Ziel.',
    stepNotCompleted: (step) => `${step} ist nicht als abgeschlossen markiert.`,
    noMqlDefinition: 'Es gibt keine MQL-Definition.',
    noSqlDefinition: 'Es gibt keine SQL-Definition.',
    noFirstContactCommitment: 'Es gibt keine Reaktionszeit: wie schnell der Vertrieb einen neuen MQL kontaktiert.',
    commitmentWithoutValue: (description) => `Die Zusage „${description}“ hat keinen Wert.`,
    raciNobodyResponsible: (activity) => `Niemand ist verantwortlich für „${activity}“.`,
    raciSeveralAccountable: (count, activity) => `${count} Teams sind rechenschaftspflichtig für „${activity}“.`,
    raciNoAccountable: (activity) => `Niemand ist rechenschaftspflichtig für „${activity}“.`,
    noTargets: 'Es gibt keine Ziele.',
    targetWithoutTeam: (metric, period) => `Das Ziel „${metric}“ (${period}) hat keine Zuständigkeit.`,
    targetWithoutValue: (metric, period) => `Das Ziel „${metric}“ (${period}) hat keinen Wert.`,
    governanceWithoutStartDate: 'Die Vereinbarung hat kein Anfangsdatum.',
    itemsNotAgreed: (list, count, names, more) =>
      names.length === 0 ? `${list}: ${count} noch nicht vereinbart.` : `${list}: ${count} noch nicht vereinbart – ${names.map((n) => `„${n}“`).join(', ')}${more ? ` und ${more} weitere` : ''}.`,
    notAgreed: (part) => `${part} ist noch nicht vereinbart.`
  },
  unknown: (code) => `Offener Punkt „${code}“.`,
  listNames: {
    stage: 'Lead-Stufen',
    report: 'Berichte',
    rejection: 'Ablehnungsgründe',
    mqlCriterion: 'MQL-Kriterien',
    sqlCriterion: 'SQL-Kriterien',
    glossary: 'Glossar',
    raci: 'Verantwortlichkeiten',
    commitment: 'Zusagen',
    target: 'Ziele',
    kpi: 'Berichterstattung an die Geschäftsleitung'
  },
  parts: { mql: 'Die MQL-Definition', sql: 'Die SQL-Definition', stuckLeadRule: 'Die Regel für hängende Leads', governance: 'Die Steuerung' }
}

const TEXTS: Record<Language, FindingTexts> = { en, de }

/** The names an `itemsNotAgreed` item carries (a JSON list); none from a version signed before they were. */
function nameList(json: string): string[] {
  if (json === '') return []
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : []
  } catch {
    return []
  }
}

/** What a finding or a recorded open item carries: its code and the params that fill its sentence. */
export interface FindingLike {
  code: string
  params: Readonly<Record<string, unknown>>
}

/**
 * The sentence of a finding or of a signed version's open item. The params may come from a
 * stored record or a Word file, so each is read defensively: a missing one prints as empty, an
 * unknown code or name still prints, nothing throws.
 */
export function findingText(item: FindingLike, language: Language): string {
  const texts = TEXTS[language]
  const f = texts.sentences
  const raw = (key: string): string => {
    const value = item.params[key]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
  }
  const param = (key: string): string => {
    const value = item.params[key]
    return typeof value === 'number' ? formatNumber(value, language) : raw(key)
  }
  const named = <K extends string>(names: Record<K, string>, key: string): string => {
    const value = raw(key)
    return Object.hasOwn(names, value) ? names[value as K] : value
  }
  const code = item.code as FindingCode
  switch (code) {
    case 'noMarketingSignatory':
    case 'noSalesSignatory':
    case 'noSharedGoal':
    case 'noMqlDefinition':
    case 'noSqlDefinition':
    case 'noFirstContactCommitment':
    case 'noTargets':
    case 'governanceWithoutStartDate':
      return f[code]
    case 'signatoryWithoutName':
      return f.signatoryWithoutName(param('position'), teamName(raw('team'), language))
    case 'stepNotCompleted':
      return f.stepNotCompleted(stepName(raw('step'), language))
    case 'commitmentWithoutValue':
      return f.commitmentWithoutValue(param('description'))
    case 'raciNobodyResponsible':
      return f.raciNobodyResponsible(param('activity'))
    case 'raciSeveralAccountable':
      return f.raciSeveralAccountable(param('count'), param('activity'))
    case 'raciNoAccountable':
      return f.raciNoAccountable(param('activity'))
    case 'targetWithoutTeam':
      return f.targetWithoutTeam(param('metric'), periodName(raw('period'), language))
    case 'targetWithoutValue':
      return f.targetWithoutValue(param('metric'), periodName(raw('period'), language))
    case 'itemsNotAgreed':
    {
      const names = nameList(raw('names'))
      const count = item.params.count
      const more = typeof count === 'number' && count > names.length ? formatNumber(count - names.length, language) : null
      return f.itemsNotAgreed(named(texts.listNames, 'list'), param('count'), names, more)
    }
    case 'notAgreed':
      return f.notAgreed(named(texts.parts, 'part'))
    default:
      // Every code of this version is handled above (the compiler checks it); this is a newer one.
      code satisfies never
      return texts.unknown(item.code)
  }
}
