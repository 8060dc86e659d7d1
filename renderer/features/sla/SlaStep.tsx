import { useTranslation } from 'react-i18next'
import { shownState } from '../../../shared/domain/sla-status'
import { useUiLanguage } from '../../i18n/ui-language'
import { formatLongDate } from '../../ui/dates'
import { itemsOf } from '../../../shared/domain/items'
import { shortFingerprint } from '../../../shared/domain/sla-fingerprint'
import { saveNow } from '../../save/save-queue'
import { amendVersion } from '../../db/sla-repo'
import { useNoticeStore } from '../../store/notice-store'
import { formatRoute, useUiStore } from '../../store/ui-store'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { CalculatorPanel } from './CalculatorPanel'
import { CommitmentsSection } from './CommitmentsSection'
import { GovernanceSection, KpisSection } from './ReportingGovernance'
import { ResponsibilitiesSection } from './ResponsibilitiesSection'
import { SignPanel } from './SignPanel'
import { TargetsSection } from './TargetsSection'
import { VersionsPanel } from './VersionsPanel'
import type { SlaState } from './useSla'
import { SealNote, sealBroken } from './SealStatus'
import { exportSla } from '../export/exports'
import { useExport } from '../export/useExport'
import './sla.css'

const TABS = ['agreement', 'calculator', 'sign', 'versions'] as const
type Tab = (typeof TABS)[number]

export function SlaStep({ data, sla, tab }: { data: WorkshopData; sla: SlaState; tab: string | undefined }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const current: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'agreement'
  const { workshop, items } = data
  const route = (target: Tab) => ({ screen: 'workshop', workshopId: workshop.id, section: 'sla', tab: target }) as const

  return (
    <>
      <VersionBanner data={data} sla={sla} />
      <nav className="sla-tabs" aria-label={t('sla.tabs.label')}>
        {TABS.map((name) => (
          <a
            key={name}
            href={formatRoute(route(name))}
            aria-current={current === name ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault()
              navigate(route(name))
            }}
          >
            {t(`sla.tabs.${name}`)}
          </a>
        ))}
      </nav>
      {current === 'agreement' && (
        <>
          <ResponsibilitiesSection workshopId={workshop.id} activities={itemsOf(items, 'raci')} />
          <CommitmentsSection workshopId={workshop.id} commitments={itemsOf(items, 'commitment')} />
          <TargetsSection workshopId={workshop.id} targets={itemsOf(items, 'target')} />
          <KpisSection workshopId={workshop.id} kpis={itemsOf(items, 'kpi')} />
          <GovernanceSection workshop={workshop} />
        </>
      )}
      {current === 'calculator' && <CalculatorPanel workshop={workshop} targets={itemsOf(items, 'target')} commitments={itemsOf(items, 'commitment')} />}
      {current === 'sign' && <SignPanel data={data} sla={sla} />}
      {current === 'versions' && <VersionsPanel data={data} sla={sla} />}
    </>
  )
}

/** Which version this is and whether it is signed — always visible in step 4. */
export function VersionBanner({ data, sla }: { data: WorkshopData; sla: SlaState }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const showNotice = useNoticeStore((s) => s.show)
  const exporting = useExport()
  const version = sla.current
  const number = version?.number ?? 1
  const signed = version?.state === 'signed'
  const check = version ? sla.seals[version.id] : undefined
  const broken = sealBroken(version, check)
  return (
    <div className={`version-banner ${broken ? 'broken' : signed ? 'signed' : 'draft'}`} role="status">
      <p>
        <strong>
          {t('sla.version', { number })} · {t(`sla.states.${version ? shownState(version, check?.ok) : 'draft'}`)}
        </strong>
        {/* A version changed after signing: its record's signing date and fingerprint vouch for nothing. */}
        {signed && !broken && version?.signedAt && (
          <>
            {' · '}
            {t('sla.signedOn', { date: formatLongDate(version.signedAt, language) })}
          </>
        )}
        {signed && !broken && version?.fingerprint && (
          <>
            {' · '}
            {t('sla.fingerprint')}: <span className="fingerprint">{shortFingerprint(version.fingerprint)}</span>
          </>
        )}
      </p>
      {/* A version that does not match its seal is never exported as signed; its note says what to do instead. */}
      {!broken && (
        <button type="button" className="button" disabled={exporting.busy} onClick={() => void exporting.run(() => exportSla(data, version, t('export.wordFilter')))}>
          {t('export.sla')}
        </button>
      )}
      {version && <SealNote version={version} check={check} />}
      {signed && (
        <>
          <p>{broken ? t('signedSla.seal.brokenWayForward', { number: number + 1 }) : t('sla.lockedNotice', { number })}</p>
          <button
            type="button"
            className="button primary"
            onClick={() =>
              void saveNow(async () => {
                const next = await amendVersion(data.workshop.id)
                showNotice({ message: (t) => t('sla.amended', { number: next.number }) })
              })
            }
          >
            {t('sla.amend')}
          </button>
        </>
      )}
    </div>
  )
}
