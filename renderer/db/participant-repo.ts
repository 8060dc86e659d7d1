import type { Participant } from '../../shared/domain/workshop'
import { db, type SmarketingDb } from './db'
import { newId } from './ids'

export async function listParticipants(workshopId: string, database: SmarketingDb = db): Promise<Participant[]> {
  const participants = await database.participants.where('workshopId').equals(workshopId).toArray()
  return participants.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
}

export type ParticipantFields = Omit<Participant, 'id' | 'workshopId' | 'order'>

export async function addParticipant(
  workshopId: string,
  fields: ParticipantFields,
  database: SmarketingDb = db
): Promise<Participant> {
  return database.transaction('rw', database.participants, database.workshops, async () => {
    const existing = await database.participants.where('workshopId').equals(workshopId).toArray()
    const participant: Participant = {
      ...fields,
      id: newId(),
      workshopId,
      order: existing.reduce((max, p) => Math.max(max, p.order), 0) + 1
    }
    await database.participants.add(participant)
    await database.workshops.update(workshopId, { updatedAt: Date.now() })
    return participant
  })
}

export async function updateParticipant(
  id: string,
  patch: Partial<ParticipantFields>,
  database: SmarketingDb = db
): Promise<void> {
  await database.transaction('rw', database.participants, database.workshops, async () => {
    const participant = await database.participants.get(id)
    if (!participant) throw new Error(`Participant ${id} does not exist`)
    await database.participants.put({ ...participant, ...patch })
    await database.workshops.update(participant.workshopId, { updatedAt: Date.now() })
  })
}

export async function removeParticipant(id: string, database: SmarketingDb = db): Promise<Participant | undefined> {
  return database.transaction('rw', database.participants, database.workshops, async () => {
    const participant = await database.participants.get(id)
    if (!participant) return undefined
    await database.participants.delete(id)
    await database.workshops.update(participant.workshopId, { updatedAt: Date.now() })
    return participant
  })
}

export async function restoreParticipant(participant: Participant, database: SmarketingDb = db): Promise<void> {
  await database.transaction('rw', database.participants, database.workshops, async () => {
    await database.participants.put(participant)
    await database.workshops.update(participant.workshopId, { updatedAt: Date.now() })
  })
}
