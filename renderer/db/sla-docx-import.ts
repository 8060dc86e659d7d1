import type { RecordedVersion } from '../../shared/docx/sla/sla-comparison'
import { restoreSlaFromDocument, type SlaFromDocument } from '../../shared/domain/sla-restore'
import { db, type SmarketingDb } from './db'
import { newId } from './ids'

export type SlaImportResult = { kind: 'created'; workshopId: string } | { kind: 'exists'; workshopId: string }

/**
 * Recreates a workshop and its SLA version from the data of an SLA Word file. When that
 * workshop (or any of its records) is already on this laptop, nothing is written and the
 * caller can open the existing one instead.
 */
export async function importSlaDocument(source: SlaFromDocument, asDraft: boolean, database: SmarketingDb = db): Promise<SlaImportResult> {
  const first = source.signatures[0]
  const restored = restoreSlaFromDocument(
    source,
    { workshopId: first?.workshopId ?? newId(), versionId: first?.versionId ?? newId(), newId },
    Date.now(),
    asDraft
  )
  return database.transaction(
    'rw',
    [database.workshops, database.participants, database.items, database.slaVersions, database.signatures],
    async () => {
      const clash =
        (await database.workshops.get(restored.workshop.id)) ??
        (await database.items.bulkGet(restored.items.map((i) => i.id))).find(Boolean) ??
        (await database.participants.bulkGet(restored.participants.map((p) => p.id))).find(Boolean)
      if (clash) {
        const workshopId = 'workshopId' in clash ? clash.workshopId : clash.id
        return { kind: 'exists', workshopId }
      }
      await database.workshops.add(restored.workshop)
      await database.participants.bulkAdd(restored.participants)
      await database.items.bulkAdd(restored.items)
      await database.slaVersions.add(restored.version)
      await database.signatures.bulkAdd(restored.signatures)
      return { kind: 'created', workshopId: restored.workshop.id }
    }
  )
}

/**
 * The signed versions on this laptop an SLA file could be (issue 12 §1): the one with the
 * file's version id, those of the file's workshop, and any with the seal the file claims —
 * each with its signatures, for compareWithRecords.
 */
export async function recordsFor(
  source: Pick<SlaFromDocument, 'signatures'> & { version: { seal?: string | null } },
  database: SmarketingDb = db
): Promise<RecordedVersion[]> {
  const versionIds = [...new Set(source.signatures.map((s) => s.versionId))]
  const workshopIds = [...new Set(source.signatures.map((s) => s.workshopId))]
  const seal = source.version.seal ?? null
  return database.transaction('r', database.slaVersions, database.signatures, async () => {
    const found = [
      ...(await database.slaVersions.bulkGet(versionIds)),
      ...(workshopIds.length > 0 ? await database.slaVersions.where('workshopId').anyOf(workshopIds).toArray() : []),
      ...(seal ? await database.slaVersions.filter((v) => v.seal === seal).toArray() : [])
    ]
    const versions = [...new Map(found.flatMap((v) => (v && v.state !== 'draft' ? [[v.id, v] as const] : []))).values()]
    return Promise.all(versions.map(async (version) => ({ version, signatures: await database.signatures.where('versionId').equals(version.id).toArray() })))
  })
}
