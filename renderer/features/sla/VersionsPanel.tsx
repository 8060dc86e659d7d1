import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findingText } from '../../../shared/domain/finding-texts'
import { buildSlaContent } from '../../../shared/domain/sla-content'
import { diffSla, isEmptyDiff, type FieldChange, type ListDiff, type SectionDiff, type SlaDiffList, type SlaSection } from '../../../shared/domain/sla-diff'
import { shortFingerprint } from '../../../shared/domain/sla-fingerprint'
import { exportSla } from '../export/exports'
import { useExport } from '../export/useExport'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { diffFieldLabel, diffValueText } from './diff-labels'
import type { SlaState } from './useSla'
import { SealNote, StateBadge, sealBroken } from './SealStatus'
import { VersionView } from './VersionView'
import { useUiLanguage } from '../../i18n/ui-language'
import { formatDateTime } from '../../ui/dates'

export function VersionsPanel({ data, sla }: { data: WorkshopData; sla: SlaState }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const exporting = useExport()
  const [viewing, setViewing] = useState<string | null>(null)
  const { current, previousSigned } = sla
  const compareWith = current?.state === 'draft' ? previousSigned : undefined
  const shown = sla.versions.find((v) => v.id === viewing && v.content)
  if (shown) return <VersionView data={data} version={shown} check={sla.seals[shown.id]} onClose={() => setViewing(null)} />
  return (
    <div className="versions-panel">
      {compareWith?.content && (
        <Comparison
          number={compareWith.number}
          currency={data.workshop.currency}
          diffs={diffSla(compareWith.content, buildSlaContent(data.workshop, data.participants, data.items))}
        />
      )}
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">{t('sla.versions.title')}</h2>
        {sla.versions.length === 0 && <p className="empty-list">{t('sla.versions.none')}</p>}
        <ol className="version-list" reversed>
          {[...sla.versions].reverse().map((version) => (
            <li key={version.id} className={`version ${version.state}`}>
              <strong>{t('sla.version', { number: version.number })}</strong>
              <StateBadge version={version} check={sla.seals[version.id]} />
              {version.signedAt && (
                <span>{t('sla.signedOn', { date: formatDateTime(version.signedAt, language) })}</span>
              )}
              {version.fingerprint && (
                <span>
                  {t('sla.fingerprint')}: <span className="fingerprint">{shortFingerprint(version.fingerprint)}</span>
                </span>
              )}
              {version.content && (
                <span className="version-actions">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('signedSla.showVersion', { number: version.number })}
                    onClick={() => setViewing(version.id)}
                  >
                    {t('signedSla.show')}
                  </button>
                  {!sealBroken(version, sla.seals[version.id]) && (
                    <button
                      type="button"
                      className="button small"
                      disabled={exporting.busy}
                      onClick={() => void exporting.run(() => exportSla(data, version, t('export.wordFilter')))}
                    >
                      {t('signedSla.exportVersion', { number: version.number })}
                    </button>
                  )}
                </span>
              )}
              <SealNote version={version} check={sla.seals[version.id]} />
              {version.openItems.length > 0 && (
                <details>
                  <summary>{t('sla.versions.openItems', { count: version.openItems.length })}</summary>
                  <ul>
                    {version.openItems.map((item, index) => (
                      <li key={index}>{findingText(item, language)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

function Comparison({ number, diffs, currency }: { number: number; diffs: ReturnType<typeof diffSla>; currency: string }) {
  const { t } = useTranslation()
  return (
    <section className="card comparison" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('sla.versions.compare', { number })}</h2>
      {isEmptyDiff(diffs) && <p className="empty-list">{t('sla.versions.noChanges', { number })}</p>}
      {diffs.sections.map((section) => (
        <SectionChanges key={section.section} section={section} currency={currency} />
      ))}
    </section>
  )
}

function SectionChanges({ section, currency }: { section: SectionDiff; currency: string }) {
  const { t } = useTranslation()
  const title = t(`sla.versions.sections.${section.section}`)
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {section.fields.length > 0 && <FieldChanges section={section.section} list={null} changes={section.fields} currency={currency} />}
      {section.lists.map((list) => (
        // "Commitments" inside "Commitments" says nothing: a list named like its section gets no heading of its own.
        <ListChanges key={list.list} section={section.section} list={list} heading={t(`sla.diffLists.${list.list}`) !== title} currency={currency} />
      ))}
    </section>
  )
}

function ListChanges({ section, list, heading, currency }: { section: SlaSection; list: ListDiff; heading: boolean; currency: string }) {
  const { t } = useTranslation()
  return (
    <div className="list-changes">
      {heading && <h4>{t(`sla.diffLists.${list.list}`)}</h4>}
      <ul>
        {list.added.map((entry) => (
          <li key={`a-${entry.id}`} className="added">
            <span className="change-kind">{t('sla.versions.added')}</span> {entry.label || t('sla.empty')}
          </li>
        ))}
        {list.removed.map((entry) => (
          <li key={`r-${entry.id}`} className="removed">
            <span className="change-kind">{t('sla.versions.removed')}</span> <del>{entry.label || t('sla.empty')}</del>
          </li>
        ))}
        {list.changed.map((change) => (
          <li key={`c-${change.id}`} className="changed">
            <span className="change-kind">{t('sla.versions.changed')}</span> {change.label || t('sla.empty')}
            <FieldChanges section={section} list={list.list} changes={change.fields} currency={currency} />
          </li>
        ))}
        {list.reordered && (
          <li className="changed">
            <span className="change-kind">{t('sla.versions.reordered')}</span>
          </li>
        )}
      </ul>
    </div>
  )
}

function FieldChanges({ section, list, changes, currency }: { section: SlaSection; list: SlaDiffList | null; changes: FieldChange[]; currency: string }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <table className="field-changes">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('sla.versions.changed')}</span>
          </th>
          <th scope="col">{t('sla.versions.before')}</th>
          <th scope="col">{t('sla.versions.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{diffFieldLabel(t, section, list, change.field)}</th>
            <td>
              <del>{diffValueText(t, language, list, change.field, change.before, currency)}</del>
            </td>
            <td>
              <ins>{diffValueText(t, language, list, change.field, change.after, currency)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
