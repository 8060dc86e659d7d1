import { backupFileFilter, createBackup, encodeBackup, BACKUP_FILE_EXTENSION } from '../../../shared/backup/format'
import { ICS_FILE_EXTENSION, reviewCalendar } from '../../../shared/calendar/ics'
import { exportFileName } from '../../../shared/domain/file-names'
import type { Language } from '../../../shared/domain/language'
import type { Signature, SlaContent, SlaVersion } from '../../../shared/domain/sla'
import type { AttainmentThresholds, Review } from '../../../shared/domain/review'
import { itemsOf } from '../../../shared/domain/items'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { boundSignatures, checkSeal } from '../../../shared/domain/sla-seal'
import { slaFingerprint } from '../../../shared/domain/sla-fingerprint'
import { localIsoDate } from '../../../shared/domain/iso-date'
import { reviewCalendarSequence, reviewDateList, scheduleGovernance, versionSchedule } from '../../../shared/domain/review-plan'
import { previousReview } from '../../../shared/domain/review-progress'
import { listReviews } from '../../db/review-repo'
import { listRoomRatings } from '../../db/room-repo'
import { exportWorkshops } from '../../db/backup-repo'
import { listSignatures, listVersions } from '../../db/sla-repo'
import { platform } from '../../platform/platform'
import type { WorkshopData } from '../workshop/useWorkshopData'

/** Names of the documents in file names, in the workshop's language. */
const DOC_NAMES: Record<Language, { minutes: string; calendar: string; backup: string; backupAll: string; review: string }> = {
  en: { minutes: 'Workshop minutes', calendar: 'Review dates', backup: 'Backup', backupAll: 'Smarketing Studio backup', review: 'Review report' },
  de: { minutes: 'Workshop-Protokoll', calendar: 'Review-Termine', backup: 'Sicherung', backupAll: 'Smarketing Studio Sicherung', review: 'Review-Bericht' }
}

const DOCX_FILTER = (name: string) => ({ name, extensions: ['docx'] })

/** The content a version stands for: frozen when signed, the workshop as it is for a draft. */
export function contentOf(version: SlaVersion | undefined, data: WorkshopData): SlaContent {
  return version?.content ?? buildSlaContent(data.workshop, data.participants, data.items)
}

/**
 * A signed version that does not match its seal is never exported as signed (issue 12 §1). The
 * screens offer no export of it; this refusal is the guard behind them, worded for the person
 * by renderer/app/failure-message.ts.
 */
export class SealBrokenError extends Error {
  constructor(readonly versionNumber: number) {
    super(`SLA version ${versionNumber} does not match its seal`)
    this.name = 'SealBrokenError'
  }
}

/** Whether a version may be named as signed: a draft always, a signed one while it matches its seal. */
async function sealHolds(version: SlaVersion, signatures?: readonly Signature[]): Promise<boolean> {
  return version.state === 'draft' || checkSeal(version, signatures ?? (await listSignatures(version.id))).ok
}

/** SPEC §6: the SLA as a Word file, saved through the native dialog or as a download. */
export async function exportSla(data: WorkshopData, version: SlaVersion | undefined, filterName: string) {
  const { exportSlaDocx, amendmentSummary } = await import('../../../shared/docx')
  const versions = await listVersions(data.workshop.id)
  const signatures = version ? await listSignatures(version.id) : []
  const content = contentOf(version, data)
  const number = version?.number ?? 1
  if (version && !(await sealHolds(version, signatures))) throw new SealBrokenError(number)
  const bytes = await exportSlaDocx({
    content,
    version: {
      number,
      state: version?.state ?? 'draft',
      signedAt: version?.signedAt ?? null,
      fingerprint: version?.fingerprint ?? null,
      openItems: version?.openItems ?? [],
      seal: version?.seal ?? null,
      sealedAt: version?.sealedAt ?? null
    },
    // A signed version consists of the signatures of its content (the ones its seal covers).
    // A draft shows the signatures already given for exactly its content (issue 12 §3); the others sign on the blank lines.
    signatures: boundSignatures(!version || version.state === 'draft' ? await slaFingerprint(content) : version.fingerprint, signatures),
    // Each row says what changed against the version before, from the same comparison the versions panel shows.
    history: versions.map((v, index) => ({
      number: v.number,
      state: v.state,
      signedAt: v.signedAt,
      fingerprint: v.fingerprint,
      summary: amendmentSummary(index > 0 ? contentOf(versions[index - 1], data) : null, contentOf(v, data), content.language)
    })),
    // The schedule of step 5, as the minutes and the calendar show it: dates move without a new signature.
    // That version's own schedule (a draft amendment lists the dates its governance would give).
    reviewDates: reviewDateList(versionSchedule(content.governance, data.workshop)),
    generatedAt: Date.now()
  })
  const date = version?.signedAt ? localIsoDate(new Date(version.signedAt)) : localIsoDate()
  return platform.saveFile({
    suggestedName: exportFileName([content.organisation, `SLA v${number}`, date], 'docx'),
    filters: [DOCX_FILTER(filterName)],
    data: bytes
  })
}

export async function exportMinutes(data: WorkshopData, filterName: string) {
  const { exportMinutesDocx } = await import('../../../shared/docx')
  const parked = data.items.filter((i) => i.list === 'parking')
  const latest = (await listVersions(data.workshop.id)).at(-1)
  const signed = latest && latest.state !== 'draft' ? latest : null
  const signatures = signed ? await listSignatures(signed.id) : []
  // A version changed after signing is not named as signed, nor its signers (issue 12 §1).
  const sealOk = !signed || (await sealHolds(signed, signatures))
  const signers = sealOk ? boundSignatures(signed?.fingerprint ?? null, signatures).map((s) => s.signerName) : []
  const bytes = await exportMinutesDocx({
    workshop: data.workshop,
    participants: data.participants,
    items: data.items,
    roomRatings: await listRoomRatings(data.workshop.id),
    parkingLot: parked.flatMap((p) => (p.list === 'parking' && p.raisedIn !== 'overview' ? [{ text: p.text, step: p.raisedIn }] : [])),
    sla: latest ? { number: latest.number, signedAt: sealOk ? (signed?.signedAt ?? null) : null, signers, sealBroken: !sealOk } : null,
    generatedAt: Date.now()
  })
  const names = DOC_NAMES[data.workshop.language]
  return platform.saveFile({
    suggestedName: exportFileName([data.workshop.organisation, names.minutes, data.workshop.date], 'docx'),
    filters: [DOCX_FILTER(filterName)],
    data: bytes
  })
}

/** `lastSignedAt`: when the latest SLA version was signed, if one was — its dates are the ones in force. */
export async function exportCalendar(data: WorkshopData, lastSignedAt: number | null, filterName: string) {
  const { workshop } = data
  const dates = reviewDateList(workshop)
  const text = reviewCalendar({
    dates,
    title: workshop.title,
    organisation: workshop.organisation,
    language: workshop.language,
    cadence: scheduleGovernance(workshop).reviewCadence,
    uidSeed: workshop.id,
    sequence: reviewCalendarSequence(workshop, lastSignedAt)
  })
  return platform.saveFile({
    suggestedName: exportFileName([workshop.organisation, DOC_NAMES[workshop.language].calendar], ICS_FILE_EXTENSION),
    filters: [{ name: filterName, extensions: [ICS_FILE_EXTENSION] }],
    data: new TextEncoder().encode(text)
  })
}

/** SPEC §6 backup file: one workshop or all, as the versioned JSON format. */
export async function exportBackup(ids: string[] | 'all', language: Language, filterName: string, organisation?: string) {
  const data = await exportWorkshops(ids)
  const text = createBackup(data, { app: { name: 'Smarketing Studio', version: import.meta.env.VITE_APP_VERSION ?? '0.0.0' } })
  const names = DOC_NAMES[language]
  return platform.saveFile({
    suggestedName: exportFileName(ids === 'all' ? [names.backupAll, localIsoDate()] : [organisation, names.backup, localIsoDate()], BACKUP_FILE_EXTENSION),
    filters: [backupFileFilter(filterName)],
    data: encodeBackup(text)
  })
}

/** SPEC §5: the review report, in the workshop's language, for the version it reviewed. */
export async function exportReviewReport(
  data: WorkshopData,
  review: Review,
  version: SlaVersion,
  thresholds: AttainmentThresholds,
  filterName: string
) {
  if (!version.content) throw new Error('Only a signed version has a review report')
  if (!(await sealHolds(version))) throw new SealBrokenError(version.number)
  const { exportReviewReportDocx } = await import('../../../shared/docx')
  const before = previousReview(await listReviews(data.workshop.id), review)
  const beforeContent = before ? (await listVersions(data.workshop.id)).find((v) => v.id === before.versionId)?.content : null
  const nextReviewDate = reviewDateList(data.workshop).find((date) => date > review.date) ?? null
  const bytes = await exportReviewReportDocx({
    review,
    version: { number: version.number, fingerprint: version.fingerprint, signedAt: version.signedAt },
    content: version.content,
    participants: data.participants.map((p) => ({ id: p.id, name: p.name, role: p.role, team: p.team })),
    thresholds,
    actions: itemsOf(data.items, 'action').map((a) => ({ title: a.title, owner: a.owner, team: a.team, due: a.due, state: a.state })),
    previous: before && beforeContent ? { review: before, content: beforeContent } : null,
    nextReviewDate,
    generatedAt: Date.now()
  })
  const names = DOC_NAMES[version.content.language]
  return platform.saveFile({
    suggestedName: exportFileName([version.content.organisation, `${names.review} ${review.period}`, review.date], 'docx'),
    filters: [DOCX_FILTER(filterName)],
    data: bytes
  })
}
