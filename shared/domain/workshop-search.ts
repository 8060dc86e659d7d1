import type { Workshop } from './workshop'

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** Filters by title or organisation, ignoring case and accents ("muller" finds "Müller"). */
export function matchesSearch(workshop: Pick<Workshop, 'title' | 'organisation'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fold(`${workshop.title} ${workshop.organisation}`)
  return words.every((word) => haystack.includes(word))
}
