import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addBreak, moveAgendaEntry, removeBreak, restoreBreak, setAgendaStartTime, updateBreak } from '../../../renderer/db/agenda-repo'
import { createWorkshop, getWorkshop, updateStep } from '../../../renderer/db/workshop-repo'
import { agendaSchedule, entryKey, MAX_AGENDA_BREAKS } from '../../../shared/domain/agenda'
import { freshDb } from './test-db'

const input = { title: 'Kick-off', organisation: 'Müller GmbH', unit: '', language: 'de' as const, facilitator: 'Eva', date: '2027-03-04' }

describe('agenda repository', () => {
  let database: ReturnType<typeof freshDb>
  beforeEach(() => {
    database = freshDb()
  })
  afterEach(() => database.dispose())

  const agendaOf = async (id: string) => (await getWorkshop(id, database))!.agenda
  const keys = async (id: string) => (await agendaOf(id)).entries.map(entryKey)

  it('a new workshop starts with the suggested day in its language', async () => {
    const workshop = await createWorkshop(input, database)
    expect(workshop.agenda.startTime).toBe('09:00')
    expect(workshop.agenda.entries.filter((e) => e.kind === 'break').map((e) => e.kind === 'break' && e.name)).toEqual(['Kaffeepause', 'Mittagspause', 'Kaffeepause'])
  })

  it('adds, renames, lengthens, moves and removes a break, and keeps the start time; every change is stored', async () => {
    const { id } = await createWorkshop(input, database)
    await setAgendaStartTime(id, '08:15', database)
    const breakId = await addBreak(id, 'awareness', { name: 'Pause', minutes: 10 }, database)
    expect((await keys(id)).slice(0, 3)).toEqual(['awareness', breakId, 'closedLoop'])
    await updateBreak(id, breakId, { name: 'Stretching', minutes: 5 }, database)
    await moveAgendaEntry(id, breakId, 1, database)
    expect((await keys(id)).slice(0, 3)).toEqual(['awareness', 'closedLoop', breakId])
    const agenda = await agendaOf(id)
    expect(agenda.startTime).toBe('08:15')
    expect(agenda.entries[2]).toEqual({ kind: 'break', id: breakId, name: 'Stretching', minutes: 5 })
    const removed = await removeBreak(id, breakId, database)
    expect(await keys(id)).not.toContain(breakId)
    await restoreBreak(id, removed!.removed, removed!.index, database)
    expect((await keys(id)).slice(0, 3)).toEqual(['awareness', 'closedLoop', breakId])
  })

  it('moving the first entry up or the last down changes nothing', async () => {
    const { id } = await createWorkshop(input, database)
    const before = await keys(id)
    await moveAgendaEntry(id, 'awareness', -1, database)
    await moveAgendaEntry(id, 'keepAtIt', 1, database)
    expect(await keys(id)).toEqual(before)
  })

  it("a step's timebox is its length in the agenda: changing it moves the rest of the day", async () => {
    const { id } = await createWorkshop(input, database)
    await updateStep(id, 'awareness', { timeboxMinutes: 90 }, database)
    const workshop = (await getWorkshop(id, database))!
    expect(agendaSchedule(workshop.agenda, workshop.steps).end).toBe(15 * 60 + 30)
  })

  it(`refuses a break beyond ${MAX_AGENDA_BREAKS}`, async () => {
    const { id } = await createWorkshop(input, database)
    for (let i = 0; i < MAX_AGENDA_BREAKS; i++) await addBreak(id, 'sla', { name: `P${i}`, minutes: 5 }, database)
    expect((await agendaOf(id)).entries.filter((e) => e.kind === 'break')).toHaveLength(MAX_AGENDA_BREAKS)
  })
})
