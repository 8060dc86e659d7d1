import type { Participant } from './workshop'

/** Names compare without regard to case, spacing or how an umlaut was composed. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b)
}

/** Ids of participants whose name appears more than once (allowed, but flagged). */
export function duplicateNameIds(participants: readonly Pick<Participant, 'id' | 'name'>[]): Set<string> {
  const byName = new Map<string, string[]>()
  for (const participant of participants) {
    const key = nameKey(participant.name)
    if (!key) continue
    byName.set(key, [...(byName.get(key) ?? []), participant.id])
  }
  return new Set([...byName.values()].filter((ids) => ids.length > 1).flat())
}
