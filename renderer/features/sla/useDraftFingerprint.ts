import { useEffect, useState } from 'react'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import type { WorkshopData } from '../workshop/useWorkshopData'

/** The fingerprint of the draft as it stands, recomputed whenever the workshop changes. */
export function useDraftFingerprint({ workshop, participants, items }: WorkshopData): string | null {
  const [fingerprint, setFingerprint] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    void slaFingerprint(buildSlaContent(workshop, participants, items)).then((hex) => {
      if (current) setFingerprint(hex)
    })
    return () => {
      current = false
    }
  }, [workshop, participants, items])
  return fingerprint
}
