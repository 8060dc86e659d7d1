import type { BackupWarning, RecordKind } from './problems'

const KINDS: readonly RecordKind[] = ['workshop', 'participant', 'item', 'slaVersion', 'signature', 'review', 'roomAnswer']
/** Enough field names to say what was filled; a file missing fifty gets the first ten. */
const MAX_FIELDS_NAMED = 10

/**
 * Collects what the import repaired or left out, counted per kind of record, so the user reads
 * "12 items were left out" once instead of twelve times.
 */
export class ImportReport {
  private readonly repaired = new Map<RecordKind, { count: number; fields: Set<string> }>()
  private readonly dropped = new Map<RecordKind, number>()
  private readonly orphans = new Map<RecordKind, number>()
  private readonly leading: BackupWarning[] = []
  private readonly trailing: BackupWarning[] = []

  repairedRecord(kind: RecordKind, fields: readonly string[]): void {
    const entry = this.repaired.get(kind) ?? { count: 0, fields: new Set<string>() }
    entry.count++
    for (const field of fields) entry.fields.add(field)
    this.repaired.set(kind, entry)
  }

  droppedRecord(kind: RecordKind): void {
    this.dropped.set(kind, (this.dropped.get(kind) ?? 0) + 1)
  }

  orphanedRecord(kind: RecordKind): void {
    this.orphans.set(kind, (this.orphans.get(kind) ?? 0) + 1)
  }

  migrated(from: number, to: number): void {
    this.leading.push({ code: 'migrated', params: { from, to } })
  }

  sealBroken(workshop: string, number: number): void {
    this.trailing.push({ code: 'sealBroken', params: { workshop, number } })
  }

  sealedOnImport(count: number): void {
    this.leading.push({ code: 'sealedOnImport', params: { count } })
  }

  /** In a stable order: migration first, then per kind of record, then per SLA version. */
  warnings(): BackupWarning[] {
    const perKind = KINDS.flatMap((kind): BackupWarning[] => {
      const result: BackupWarning[] = []
      const repaired = this.repaired.get(kind)
      if (repaired) {
        const fields = [...repaired.fields].sort().slice(0, MAX_FIELDS_NAMED).join(', ')
        result.push({ code: 'recordsRepaired', params: { kind, count: repaired.count, fields } })
      }
      const dropped = this.dropped.get(kind)
      if (dropped) result.push({ code: 'recordsDropped', params: { kind, count: dropped } })
      const orphans = this.orphans.get(kind)
      if (orphans) result.push({ code: 'orphansDropped', params: { kind, count: orphans } })
      return result
    })
    return [...this.leading, ...perKind, ...this.trailing]
  }
}
