import { MAX_AGENDA_BREAKS, entryKey, normalizeAgenda, type Agenda, type AgendaBreak } from '../../shared/domain/agenda'
import { db, type SmarketingDb } from './db'
import { newId } from './ids'

/**
 * The agenda is one field of the workshop; every change reads it and writes it back inside one
 * transaction, so two quick edits (a name typed, a break moved) never undo each other. The agenda
 * is facilitation, not SLA content: a signed version does not lock it.
 */
async function changeAgenda(workshopId: string, change: (agenda: Agenda) => Agenda, database: SmarketingDb, now: number): Promise<void> {
  await database.transaction('rw', database.workshops, async () => {
    const workshop = await database.workshops.get(workshopId)
    if (!workshop) throw new Error(`Workshop ${workshopId} does not exist`)
    await database.workshops.update(workshopId, { agenda: change(normalizeAgenda(workshop.agenda)), updatedAt: now })
  })
}

export function setAgendaStartTime(workshopId: string, startTime: string, database: SmarketingDb = db, now = Date.now()) {
  return changeAgenda(workshopId, (agenda) => ({ ...agenda, startTime }), database, now)
}

/** A new break right after the entry `afterKey` (a step id or a break id); returns its id. */
export async function addBreak(
  workshopId: string,
  afterKey: string,
  fields: Pick<AgendaBreak, 'name' | 'minutes'>,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<string> {
  const id = newId()
  await changeAgenda(
    workshopId,
    (agenda) => {
      if (agenda.entries.filter((entry) => entry.kind === 'break').length >= MAX_AGENDA_BREAKS) return agenda
      const at = agenda.entries.findIndex((entry) => entryKey(entry) === afterKey)
      const entries = [...agenda.entries]
      entries.splice(at === -1 ? entries.length : at + 1, 0, { kind: 'break', id, ...fields })
      return { ...agenda, entries }
    },
    database,
    now
  )
  return id
}

export function updateBreak(
  workshopId: string,
  breakId: string,
  patch: Partial<Pick<AgendaBreak, 'name' | 'minutes'>>,
  database: SmarketingDb = db,
  now = Date.now()
) {
  return changeAgenda(
    workshopId,
    (agenda) => ({
      ...agenda,
      entries: agenda.entries.map((entry) => (entry.kind === 'break' && entry.id === breakId ? { ...entry, ...patch } : entry))
    }),
    database,
    now
  )
}

/** Removes the break and tells where it stood, so the notice's "Undo" can put it back there. */
export async function removeBreak(
  workshopId: string,
  breakId: string,
  database: SmarketingDb = db,
  now = Date.now()
): Promise<{ removed: AgendaBreak; index: number } | null> {
  let found: { removed: AgendaBreak; index: number } | null = null
  await changeAgenda(
    workshopId,
    (agenda) => {
      const index = agenda.entries.findIndex((entry) => entry.kind === 'break' && entry.id === breakId)
      const entry = agenda.entries[index]
      if (entry?.kind !== 'break') return agenda
      found = { removed: entry, index }
      return { ...agenda, entries: agenda.entries.filter((_, i) => i !== index) }
    },
    database,
    now
  )
  return found
}

export function restoreBreak(workshopId: string, removed: AgendaBreak, index: number, database: SmarketingDb = db, now = Date.now()) {
  return changeAgenda(
    workshopId,
    (agenda) => {
      if (agenda.entries.some((entry) => entry.kind === 'break' && entry.id === removed.id)) return agenda
      const entries = [...agenda.entries]
      entries.splice(Math.min(index, entries.length), 0, removed)
      return { ...agenda, entries }
    },
    database,
    now
  )
}

/** One place earlier (-1) or later (+1) in the run of show; steps may be reordered too. */
export function moveAgendaEntry(workshopId: string, key: string, direction: -1 | 1, database: SmarketingDb = db, now = Date.now()) {
  return changeAgenda(
    workshopId,
    (agenda) => {
      const from = agenda.entries.findIndex((entry) => entryKey(entry) === key)
      const to = from + direction
      if (from === -1 || to < 0 || to >= agenda.entries.length) return agenda
      const entries = [...agenda.entries]
      ;[entries[from], entries[to]] = [entries[to]!, entries[from]!]
      return { ...agenda, entries }
    },
    database,
    now
  )
}
