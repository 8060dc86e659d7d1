import { localeOf, type Language } from './language'
import { formatNumber } from './numbers'

interface Criterion {
  text: string
  points: number | null
}

interface Phrases {
  term: Record<'mql' | 'sql', string>
  /** Every criterion must be met: no points, or no threshold to add them up against. */
  all: (term: string, list: string) => string
  /** A score: points add up, the lead qualifies from the threshold on. */
  score: (term: string, threshold: string, list: string) => string
  /** Points without an agreed threshold yet. */
  scoreOpen: (term: string, list: string) => string
  /** Criteria without points that must be met on top of the score. */
  required: (list: string) => string
  points: (n: string, plural: Intl.LDMLPluralRule) => string
  none: string
}

const PHRASES: Record<Language, Phrases> = {
  en: {
    term: { mql: 'a Marketing Qualified Lead (MQL)', sql: 'a Sales Qualified Lead (SQL)' },
    all: (term, list) => `A lead is ${term} when it meets all of these criteria: ${list}.`,
    score: (term, threshold, list) => `A lead is ${term} as soon as it reaches a score of at least ${threshold}. It gets points for: ${list}.`,
    scoreOpen: (term, list) => `A lead gets points for: ${list}. The score from which it is ${term} is still to be agreed.`,
    required: (list) => ` In addition it must meet: ${list}.`,
    points: (n, plural) => `${n} ${plural === 'one' ? 'point' : 'points'}`,
    none: 'No criteria agreed yet.'
  },
  de: {
    term: { mql: 'ein Marketing Qualified Lead (MQL)', sql: 'ein Sales Qualified Lead (SQL)' },
    all: (term, list) => `Ein Lead ist ${term}, wenn er alle diese Kriterien erfüllt: ${list}.`,
    score: (term, threshold, list) => `Ein Lead ist ${term}, sobald er mindestens ${threshold} erreicht. Punkte gibt es für: ${list}.`,
    scoreOpen: (term, list) => `Ein Lead erhält Punkte für: ${list}. Ab welcher Punktzahl er ${term} ist, ist noch zu vereinbaren.`,
    required: (list) => ` Zusätzlich muss er erfüllen: ${list}.`,
    points: (n, plural) => `${n} ${plural === 'one' ? 'Punkt' : 'Punkte'}`,
    none: 'Noch keine Kriterien vereinbart.'
  }
}

/**
 * The definition sentence generated from the criteria, for the room to edit afterwards. It says
 * how the criteria combine: with points and a score threshold a lead qualifies by its score
 * (criteria without points are required on top); without points every criterion is required.
 */
export function definitionSentence(
  kind: 'mql' | 'sql',
  criteria: readonly Criterion[],
  language: Language,
  threshold: number | null = null
): string {
  const phrases = PHRASES[language]
  const named = criteria.filter((c) => c.text.trim() !== '')
  if (named.length === 0) return phrases.none
  const plural = new Intl.PluralRules(localeOf(language))
  const points = (n: number) => phrases.points(formatNumber(n, language), plural.select(n))
  const term = phrases.term[kind]
  const label = (c: Criterion) => (c.points === null ? c.text.trim() : `${c.text.trim()} (${points(c.points)})`)
  const scored = named.filter((c) => c.points !== null)
  // The SQL has no score threshold: its criteria are all required, points are only noted.
  if (kind === 'sql' || scored.length === 0) return phrases.all(term, named.map(label).join('; '))

  const required = named.filter((c) => c.points === null).map(label)
  const scoreList = scored.map(label).join('; ')
  const head = threshold !== null ? phrases.score(term, points(threshold), scoreList) : phrases.scoreOpen(term, scoreList)
  return required.length > 0 ? `${head}${phrases.required(required.join('; '))}` : head
}
