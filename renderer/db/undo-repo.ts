import { db, type SmarketingDb } from './db'
import { redo, undo } from './undo'

/**
 * Undo and redo of a workshop's edits in the app's database, for the screens (undo.ts keeps the
 * steps and replays them; it cannot import the database it is part of).
 */
export function undoEdit(workshopId: string, database: SmarketingDb = db): Promise<boolean> {
  return undo(database, workshopId)
}

export function redoEdit(workshopId: string, database: SmarketingDb = db): Promise<boolean> {
  return redo(database, workshopId)
}
