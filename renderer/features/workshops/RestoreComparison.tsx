import { useTranslation } from 'react-i18next'
import type { VersionSummary, WorkshopSummary } from '../../../shared/backup/replace-merge'
import { localeOf, type Language } from '../../../shared/domain/language'
import type { ImportPlanEntry } from '../../db/backup-repo'
import { shownState } from '../../../shared/domain/sla-status'
import { formatDateTime } from '../../ui/dates'

/**
 * Both sides of a workshop that a restore would replace, side by side: when each last changed,
 * its SLA versions with their states and signatures — so nobody replaces a newer signed
 * agreement with an older file by accident (issue 10 §5).
 */
export function RestoreComparison({ entry, language }: { entry: ImportPlanEntry; language: Language }) {
  const { t } = useTranslation()
  const existing = entry.existing
  if (!existing) return null
  const here = existing.summary
  const there = entry.incoming
  const newer = here.lastChangedAt === there.lastChangedAt ? null : here.lastChangedAt > there.lastChangedAt ? 'here' : 'there'
  const newerBadge = <span className="state-badge signed">{t('restorePlan.newer')}</span>
  return (
    <div className="restore-compare">
      <table>
        <colgroup>
          <col className="restore-compare-what" />
          <col />
          <col />
        </colgroup>
        <caption>{t('restorePlan.caption', { title: entry.title })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('restorePlan.here')}</th>
            <th scope="col">{t('restorePlan.inBackup')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('restorePlan.lastChanged')}</th>
            <td>
              {formatDateTime(here.lastChangedAt, language)} {newer === 'here' && newerBadge}
            </td>
            <td>
              {formatDateTime(there.lastChangedAt, language)} {newer === 'there' && newerBadge}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('restorePlan.versions')}</th>
            <td>
              <Versions summary={here} language={language} />
            </td>
            <td>
              <Versions summary={there} language={language} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('restorePlan.signaturesRow')}</th>
            <td>{here.signatures}</td>
            <td>{there.signatures}</td>
          </tr>
        </tbody>
      </table>
      {entry.versionConflict ? (
        <p className="row-warning">{t('restorePlan.conflict', { title: entry.title })}</p>
      ) : (
        entry.keeps.length > 0 && (
          <p className="restore-keeps">
            {t('restorePlan.keeps', {
              count: entry.keeps.length,
              versions: new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(entry.keeps.map((v) => String(v.number)))
            })}
          </p>
        )
      )}
    </div>
  )
}

function Versions({ summary, language }: { summary: WorkshopSummary; language: Language }) {
  const { t } = useTranslation()
  if (summary.versions.length === 0) return <>{t('restorePlan.noVersions')}</>
  return (
    <ul className="restore-versions">
      {summary.versions.map((version) => (
        <li key={version.number}>
          <VersionLine version={version} language={language} />
        </li>
      ))}
    </ul>
  )
}

function VersionLine({ version, language }: { version: VersionSummary; language: Language }) {
  const { t } = useTranslation()
  const parts = [`${t('sla.version', { number: version.number })}: ${t(`sla.states.${shownState(version, version.sealOk)}`)}`]
  if (version.signedAt !== null) parts.push(t('restorePlan.signedOn', { date: formatDateTime(version.signedAt, language) }))
  parts.push(t('restorePlan.signatures', { count: version.signatures }))
  return <>{parts.join(' · ')}</>
}
