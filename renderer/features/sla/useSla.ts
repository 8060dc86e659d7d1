import { useLiveQuery } from 'dexie-react-hooks'
import type { Signature, SlaVersion } from '../../../shared/domain/sla'
import { checkSeal, type SealCheck } from '../../../shared/domain/sla-seal'
import { db } from '../../db/db'
import { listSignatures, listVersions } from '../../db/sla-repo'

export interface SlaState {
  versions: SlaVersion[]
  current: SlaVersion | undefined
  /** The last signed (or superseded) version before the current one, to compare against. */
  previousSigned: SlaVersion | undefined
  signatures: Signature[]
  locked: boolean
  /** Each version checked against its seal, by id: a signed version is shown as signed only when it matches. */
  seals: Record<string, SealCheck>
}

export function useSla(workshopId: string): SlaState | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', db.slaVersions, db.signatures, async () => {
        const versions = await listVersions(workshopId)
        const current = versions.at(-1)
        const signatures = current ? await listSignatures(current.id) : []
        const previousSigned = versions.filter((v) => v !== current && v.state !== 'draft').at(-1)
        const seals: Record<string, SealCheck> = {}
        for (const version of versions) seals[version.id] = checkSeal(version, version === current ? signatures : await listSignatures(version.id))
        return { versions, current, previousSigned, signatures, locked: current?.state === 'signed', seals }
      }),
    [workshopId]
  )
}
