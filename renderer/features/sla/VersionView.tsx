import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { shownState } from '../../../shared/domain/sla-status'
import { RaciTable } from './RaciTable'
import { useUiLanguage } from '../../i18n/ui-language'
import { signatureRows } from '../../../shared/domain/signing'
import type { SlaContent, SlaVersion } from '../../../shared/domain/sla'
import { boundSignatures, type SealCheck } from '../../../shared/domain/sla-seal'
import { listSignatures } from '../../db/sla-repo'
import { formatDateTime, formatIsoDate } from '../../ui/dates'
import { formatNumber } from '../../../shared/domain/numbers'
import { exportSla } from '../export/exports'
import { useExport } from '../export/useExport'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { SealNote, sealBroken } from './SealStatus'
import { SignatureLine } from './SignatureLine'
import { GovernanceTermsRows } from './GovernanceTermsView'

/**
 * A signed or superseded version as it was signed: read-only, from its frozen content and its
 * signatures — nothing here reads the workshop as it is now.
 */
export function VersionView({ data, version, check, onClose }: { data: WorkshopData; version: SlaVersion; check: SealCheck | undefined; onClose(): void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const exporting = useExport()
  const signatures = useLiveQuery(() => listSignatures(version.id), [version.id])
  const content = version.content
  if (!content) return null
  const number = (value: number | null) => (value === null ? t('sla.empty') : formatNumber(value, language))
  const broken = sealBroken(version, check)
  const title = t('signedSla.viewTitle', { number: version.number, state: t(`sla.states.${shownState(version, check?.ok)}`) })

  return (
    <div className="version-view">
      <section className="card version-view-head" aria-label={title}>
        <h2>{title}</h2>
        <p>{t('signedSla.viewReadOnly', { date: version.signedAt ? formatDateTime(version.signedAt, language) : '' })}</p>
        <div className="version-actions">
          <button type="button" className="button" onClick={onClose}>
            ← {t('signedSla.close')}
          </button>
          {!broken && (
            <button type="button" className="button primary" disabled={exporting.busy} onClick={() => void exporting.run(() => exportSla(data, version, t('export.wordFilter')))}>
              {t('signedSla.exportVersion', { number: version.number })}
            </button>
          )}
        </div>
        <SealNote version={version} check={check} full />
      </section>

      <section className="card" aria-labelledby="view-signatures">
        <h3 id="view-signatures">{t('signedSla.signatories')}</h3>
        <ul className="signatories">
          {signatureRows(content.parties.signatories, boundSignatures(version.fingerprint, signatures ?? []), version.fingerprint).map((row) => (
            <SignatureLine key={row.signatory.participantId} row={row} />
          ))}
        </ul>
      </section>

      <section className="card read-only-content" aria-labelledby="view-definitions">
        <h3 id="view-definitions">{t('signedSla.definitions')}</h3>
        {content.parties.sharedGoal && (
          <p>
            <strong>{t('awareness.sharedGoal.label')}:</strong> {content.parties.sharedGoal}
          </p>
        )}
        <Definition title={t('language.mql.title')} definition={content.definitions.mql} threshold={content.definitions.mql.threshold} />
        <Definition title={t('language.sql.title')} definition={content.definitions.sql} threshold={null} />
        {content.definitions.glossary.length > 0 && (
          <>
            <h4>{t('language.glossary.title')}</h4>
            <dl>
              {content.definitions.glossary.map((term) => (
                <div key={term.id}>
                  <dt>{term.term}</dt>
                  <dd>{term.definition || t('sla.empty')}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>

      <section className="card read-only-content" aria-labelledby="view-raci">
        <h3 id="view-raci">{t('sla.responsibilities.title')}</h3>
        <RaciTable className="data-table" rows={content.responsibilities} />
      </section>

      <section className="card read-only-content" aria-labelledby="view-commitments">
        <h3 id="view-commitments">{t('sla.commitments.title')}</h3>
        <ul>
          {content.commitments.map((c) => (
            <li key={c.id}>
              {c.description} — {t(`sla.commitments.directions.${c.direction}`)} {number(c.value)} {t(`sla.commitments.units.${c.unit}`)} ({t(`teams.${c.team}`)})
            </li>
          ))}
        </ul>
      </section>

      <section className="card read-only-content" aria-labelledby="view-targets">
        <h3 id="view-targets">{t('sla.targets.title')}</h3>
        <Targets content={content} number={number} />
      </section>

      <section className="card read-only-content" aria-labelledby="view-governance">
        <h3 id="view-governance">{t('sla.governance.title')}</h3>
        <dl>
          <div>
            <dt>{t('sla.governance.startDate')}</dt>
            <dd>{content.governance.startDate ? formatIsoDate(content.governance.startDate, language) : t('sla.empty')}</dd>
          </div>
          <div>
            <dt>{t('sla.governance.term')}</dt>
            <dd>
              {number(content.governance.termMonths)} {t('sla.governance.months')}
            </dd>
          </div>
          <div>
            <dt>{t('sla.governance.reviewCadence')}</dt>
            <dd>{t(`sla.governance.cadences.${content.governance.reviewCadence}`)}</dd>
          </div>
          <div>
            <dt>{t('sla.governance.escalation')}</dt>
            <dd>{content.governance.escalation || t('sla.empty')}</dd>
          </div>
          <div>
            <dt>{t('sla.governance.amendments')}</dt>
            <dd>{content.governance.amendments || t('sla.empty')}</dd>
          </div>
          <GovernanceTermsRows governance={content.governance} />
        </dl>
      </section>
    </div>
  )
}

function Definition({ title, definition, threshold }: { title: string; definition: SlaContent['definitions']['sql']; threshold: number | null }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <>
      <h4>{title}</h4>
      <p>{definition.sentence || t('sla.empty')}</p>
      {threshold !== null && <p>{t('signedSla.threshold', { value: formatNumber(threshold, language) })}</p>}
      {definition.criteria.length > 0 && (
        <ul aria-label={`${title}: ${t('signedSla.criteria')}`}>
          {definition.criteria.map((criterion) => (
            <li key={criterion.id}>
              {criterion.text}
              {criterion.points !== null && ` (${t('signedSla.diff.points')}: ${criterion.points})`}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function Targets({ content, number }: { content: SlaContent; number: (value: number | null) => string }) {
  const { t } = useTranslation()
  if (content.targets.length === 0) return <p className="empty-list">{t('signedSla.noEntries')}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('sla.targets.period')}</th>
          <th scope="col">{t('sla.targets.metric')}</th>
          <th scope="col">{t('sla.targets.value')}</th>
          <th scope="col">{t('sla.targets.team')}</th>
        </tr>
      </thead>
      <tbody>
        {content.targets.map((target) => (
          <tr key={target.id}>
            <td>{t(`sla.targets.periods.${target.period}`)}</td>
            <th scope="row">{target.metric}</th>
            <td>
              {number(target.value)} {target.unit}
            </td>
            <td>{target.team ? t(`sla.targets.owners.${target.team}`) : t('sla.empty')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
