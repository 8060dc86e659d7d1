import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { shownState } from '../../../shared/domain/sla-status'
import { agendaSchedule, entryKey, formatDuration, formatMinutes, formatTimeSpan, type PlanStatus } from '../../../shared/domain/agenda'
import { computeFunnel } from '../../../shared/domain/funnel'
import { itemsOf, SIDES } from '../../../shared/domain/items'
import { localeOf, type Language } from '../../../shared/domain/language'
import { formatDateTime } from '../../ui/dates'
import { formatMoney, formatNumber, formatPercent, NO_VALUE } from '../../../shared/domain/numbers'
import { funnelResultRows } from '../sla/funnel-rows'
import { PlanStatusText } from '../agenda/PlanStatusBadge'
import { useDraftFingerprint } from '../sla/useDraftFingerprint'
import type { SlaState } from '../sla/useSla'
import type { WorkshopData } from '../workshop/useWorkshopData'
import type { FocusKey } from './channel'

/**
 * The part of the screen the facilitator works in, alone and in large type across the projector's
 * width (issue 10 §6). Numbers and dates in the workshop's language: the room's document language.
 */
export function AudienceFocus({ focus, data, sla, plan }: { focus: FocusKey; data: WorkshopData; sla: SlaState | undefined; plan: PlanStatus | null }) {
  const language = data.workshop.language
  return (
    <div className="audience-focus" data-focus={focus}>
      {focus === 'agenda' && <AgendaView data={data} plan={plan} language={language} />}
      {focus === 'givesGets' && <GivesGetsView data={data} />}
      {focus === 'mql' && <MqlView data={data} language={language} />}
      {focus === 'calculator' && <CalculatorView data={data} language={language} />}
      {focus === 'signing' && <SigningView data={data} sla={sla} language={language} />}
      {focus === 'parking' && <ParkingView data={data} />}
    </div>
  )
}

/** The title of the focused part: what `h1` says in the audience header. */
export function focusTitle(focus: FocusKey, t: TFunction): string {
  switch (focus) {
    case 'agenda':
      return t('agenda.title')
    case 'givesGets':
      return t('awareness.givesGets.title')
    case 'mql':
      return t('language.mql.title')
    case 'calculator':
      return t('sla.calculator.title')
    case 'signing':
      return t('audienceFocus.signing')
    case 'parking':
      return t('parking.title')
  }
}

function AgendaView({ data, plan, language }: { data: WorkshopData; plan: PlanStatus | null; language: Language }) {
  const { t } = useTranslation()
  const { workshop } = data
  const locale = localeOf(language)
  const schedule = agendaSchedule(workshop.agenda, workshop.steps)
  return (
    <>
      {plan && plan.kind !== 'notToday' && <PlanStatusText status={plan} workshop={workshop} language={language} />}
      <table className="focus-agenda">
        <caption className="visually-hidden">{t('agenda.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.time')}</th>
            <th scope="col">{t('agenda.entry')}</th>
            <th scope="col" className="number">
              {t('agenda.minutes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {schedule.entries.map(({ entry, start, end, minutes }) => (
            <tr key={entryKey(entry)} className={entry.kind === 'break' ? 'agenda-break' : workshop.steps[entry.step].completed ? 'agenda-done' : undefined}>
              <td className="agenda-time">{formatTimeSpan(start, end, locale)}</td>
              <th scope="row">
                {entry.kind === 'step' ? (
                  <>
                    <span className="step-kicker">{t(`steps.${entry.step}.number`)}</span> {t(`steps.${entry.step}.name`)}
                    {workshop.steps[entry.step].completed && <span className="audience-agreed"> ✓ {t('workshop.complete')}</span>}
                  </>
                ) : (
                  entry.name.trim() || t('agenda.unnamedBreak')
                )}
              </th>
              <td className="number">{formatMinutes(minutes, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="agenda-time">{formatTimeSpan(schedule.start, schedule.end, locale)}</td>
            <th scope="row">{t('agenda.total')}</th>
            <td className="number">{formatDuration(schedule.totalMinutes, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  )
}

function GivesGetsView({ data }: { data: WorkshopData }) {
  const { t } = useTranslation()
  const needs = itemsOf(data.items, 'giveGet')
  return (
    <div className="focus-columns">
      {SIDES.map((team) => (
        <section key={team} className={`audience-card team-${team}`}>
          <h2>{t(`awareness.givesGets.${team}`)}</h2>
          <ul>
            {needs
              .filter((need) => need.team === team && need.text.trim())
              .map((need) => (
                <li key={need.id}>{need.text}</li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

function MqlView({ data, language }: { data: WorkshopData; language: Language }) {
  const { t } = useTranslation()
  const { mql } = data.workshop
  const criteria = itemsOf(data.items, 'mqlCriterion').filter((c) => c.text.trim())
  return (
    <div className="focus-columns wide-first">
      {/* An empty card on the projector looks broken: the definition shows once it has words. */}
      {(mql.sentence.trim() || criteria.length > 0) && (
        <section className="audience-card">
          {mql.sentence.trim() && <p className="focus-sentence">{mql.sentence}</p>}
          <ul>
            {criteria.map((c) => (
              <li key={c.id}>
                {c.text}
                {c.points !== null && <span className="muted"> · {t('audienceFocus.points', { count: c.points, points: formatNumber(c.points, language) })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {mql.threshold !== null && (
        <section className="audience-card focus-figure" data-figure="threshold">
          <h2>{t('audienceFocus.threshold')}</h2>
          <p className="focus-number">{formatNumber(mql.threshold, language)}</p>
          <p>{t('audienceFocus.pointsUnit', { count: mql.threshold })}</p>
        </section>
      )}
    </div>
  )
}

function CalculatorView({ data, language }: { data: WorkshopData; language: Language }) {
  const { t } = useTranslation()
  const { funnel, currency } = data.workshop
  const outcome = computeFunnel(funnel)
  const money = (value: number | null) => formatMoney(value, currency, language)
  const percent = (value: number | null) => formatPercent(value, language)
  const inputs: Array<[string, string]> = [
    [t('sla.calculator.revenueGoal'), money(funnel.revenueGoal)],
    [t('sla.calculator.marketingShare'), percent(funnel.marketingShare)],
    [t('sla.calculator.dealSize'), money(funnel.dealSize)],
    ...(['visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer'] as const).map((key): [string, string] => [t(`sla.calculator.${key}`), percent(funnel[key])]),
    [t('sla.calculator.reps'), formatNumber(funnel.reps, language)]
  ]
  const results = outcome.ok ? funnelResultRows(outcome.values, t, language, currency, NO_VALUE) : []
  return (
    <div className="focus-columns">
      <section className="audience-card">
        <h2>{t('sla.calculator.inputs')}</h2>
        <Figures rows={inputs} />
      </section>
      <section className="audience-card">
        <h2>{t('sla.calculator.results')}</h2>
        {outcome.ok ? <Figures rows={results} strong /> : <p>{t('sla.calculator.notComputable')}</p>}
      </section>
    </div>
  )
}

function Figures({ rows, strong }: { rows: Array<[string, string]>; strong?: boolean }) {
  return (
    <dl className={`focus-figures ${strong ? 'strong' : ''}`}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function SigningView({ data, sla, language }: { data: WorkshopData; sla: SlaState | undefined; language: Language }) {
  const { t } = useTranslation()
  const draftFingerprint = useDraftFingerprint(data)
  const version = sla?.current
  const signatories = version?.content?.parties.signatories ?? data.participants.filter((p) => p.signsSla).map((p) => ({ participantId: p.id, name: p.name, role: p.role, team: p.team }))
  // A draft's signature counts only while the content it was given for stands.
  const fingerprint = version?.fingerprint ?? draftFingerprint
  const signatureOf = (participantId: string) => sla?.signatures.find((s) => s.participantId === participantId && s.fingerprint === fingerprint)
  return (
    <section className="audience-card">
      <h2>
        {t('audienceFocus.version', { number: formatNumber(version?.number ?? 1, language) })} · {t(`sla.states.${version ? shownState(version, sla?.seals[version.id]?.ok) : 'draft'}`)}
      </h2>
      {signatories.length === 0 ? (
        <p>{t('audienceFocus.noSignatories')}</p>
      ) : (
        <ul className="focus-signers">
          {signatories.map((s) => {
            const signature = signatureOf(s.participantId)
            return (
              <li key={s.participantId} className={`team-${s.team} ${signature ? 'signed' : 'pending'}`}>
                <strong>{s.name}</strong>
                <span className="muted">
                  {[s.role, t(`teams.${s.team}`)].filter(Boolean).join(' · ')}
                </span>
                <span className="focus-sign-state">
                  {signature ? `✓ ${t('audienceFocus.signed')} · ${formatDateTime(signature.signedAt, language)}` : `… ${t('audienceFocus.pending')}`}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function ParkingView({ data }: { data: WorkshopData }) {
  const { t } = useTranslation()
  const shown = itemsOf(data.items, 'parking').filter((p) => p.shown && p.text.trim())
  return (
    <section className="audience-card">
      {shown.length === 0 ? (
        <p>{t('audienceFocus.parkedNone')}</p>
      ) : (
        <ul className="audience-cards">
          {shown.map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
