import type { Language } from './language'
import { formatNumber } from './numbers'

interface Criterion {
  text: string
  points: number | null
}

const PHRASES: Record<Language, { mql: string; sql: string; threshold: (n: string) => string; none: string }> = {
  en: {
    mql: 'A lead is a Marketing Qualified Lead (MQL) when it meets these criteria',
    sql: 'A lead is a Sales Qualified Lead (SQL) when it meets these criteria',
    threshold: (n) => ` and reaches a score of at least ${n} points`,
    none: 'No criteria agreed yet.'
  },
  de: {
    mql: 'Ein Lead ist ein Marketing Qualified Lead (MQL), wenn er diese Kriterien erfüllt',
    sql: 'Ein Lead ist ein Sales Qualified Lead (SQL), wenn er diese Kriterien erfüllt',
    threshold: (n) => ` und mindestens ${n} Punkte erreicht`,
    none: 'Noch keine Kriterien vereinbart.'
  }
}

/**
 * The definition sentence generated from the criteria, for the room to edit afterwards:
 * "A lead is an MQL when it meets these criteria: industry (10 points); … and reaches …".
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
  const number = { format: (value: number) => formatNumber(value, language) }
  const pointsWord = language === 'de' ? 'Punkte' : 'points'
  const list = named
    .map((c) => (c.points === null ? c.text.trim() : `${c.text.trim()} (${number.format(c.points)} ${pointsWord})`))
    .join('; ')
  const tail = kind === 'mql' && threshold !== null ? phrases.threshold(number.format(threshold)) : ''
  return `${phrases[kind]}: ${list}${tail}.`
}
