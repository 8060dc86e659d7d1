// The styles every section shares come first, so each feature's own rules follow them.
import '../../ui/surface.css'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { itemsOf, PERIODS, SIDES, VOICE_KINDS, type Item } from '../../../shared/domain/items'
import { formatAmount, formatNumber } from '../../../shared/domain/numbers'
import { formatCountdown, remaining } from '../../../shared/domain/timer'
import { isStepId, TEAMS, type StepId } from '../../../shared/domain/workshop'
import { applyDisplay } from '../../store/display-store'
import { speakUiLanguage } from '../../i18n'
import { useWorkshopData, type WorkshopData } from '../workshop/useWorkshopData'
import { openChannel, type AudienceMessage, type AudienceState } from './channel'
import { useNow } from '../steps/StepTimer'
import { WorkshopHeatTable } from '../steps/HeatTable'
import { formatIsoDate } from '../../ui/dates'
import { useSla } from '../sla/useSla'
import { RaciTable } from '../sla/RaciTable'
import { AudienceFocus, focusTitle } from './AudienceFocus'
import { RoomOnProjector } from '../room/RoomOnProjector'
import './audience.css'

/** The projector window (SPEC §7): the current step in large type, read-only, following live. */
export function AudienceScreen({ workshopId }: { workshopId: string }) {
  const [state, setState] = useState<AudienceState | null>(null)
  useEffect(() => {
    const channel = openChannel()
    if (!channel) return
    channel.onmessage = (event: MessageEvent<AudienceMessage>) => {
      if (event.data?.type === 'state' && event.data.state.workshopId === workshopId) setState(event.data.state)
    }
    channel.postMessage({ type: 'hello' } satisfies AudienceMessage)
    const bye = () => channel.postMessage({ type: 'bye' } satisfies AudienceMessage)
    window.addEventListener('pagehide', bye)
    return () => {
      window.removeEventListener('pagehide', bye)
      channel.close()
    }
  }, [workshopId])

  useEffect(() => {
    if (state) applyDisplay(state.scale * 1.35, state.contrast)
  }, [state])

  const uiLanguage = state?.uiLanguage
  useEffect(() => {
    // Should the new language's texts fail to load, the projector keeps the language it has; the
    // facilitator, whose own switch loads the same texts, is told there.
    if (uiLanguage) speakUiLanguage(uiLanguage).catch(() => undefined)
  }, [uiLanguage])

  const data = useWorkshopData(workshopId)
  const sla = useSla(workshopId)
  if (!data) return null
  if (state?.blank) return <div className="audience blank" data-audience="blank" aria-label="—" />
  const section = state?.section ?? 'overview'
  const step = isStepId(section) ? section : null
  const focus = state?.focus ?? null
  const room = section === 'room' ? (state?.room ?? null) : null
  return (
    <div className="audience" data-audience="live" data-section={section} data-focus={focus ?? undefined}>
      <AudienceHeader data={data} step={step} state={state} />
      <main className="audience-body">
        {room ? (
          <RoomOnProjector data={data} room={room} />
        ) : focus ? (
          <AudienceFocus focus={focus} data={data} sla={sla} plan={state?.plan ?? null} />
        ) : step ? (
          <StepContent step={step} data={data} />
        ) : (
          <Overview data={data} />
        )}
      </main>
      {focus !== 'parking' && !room && <ParkedPoints items={data.items} />}
    </div>
  )
}

function AudienceHeader({ data, step, state }: { data: WorkshopData; step: StepId | null; state: AudienceState | null }) {
  const { t } = useTranslation()
  const running = state?.timer?.startedAt != null
  const now = useNow(running)
  const left = state?.timer && state.timeboxMinutes !== null ? remaining(state.timer, state.timeboxMinutes, now) : null
  const started = state?.timer ? state.timer.startedAt !== null || state.timer.elapsedMs > 0 : false
  const focus = state?.focus ?? null
  return (
    <header className="audience-head">
      <div>
        <p className="audience-kicker">
          {data.workshop.organisation}
          {step && ` · ${t(`steps.${step}.number`)}`}
        </p>
        <h1>{focus ? focusTitle(focus, t) : step ? t(`steps.${step}.name`) : data.workshop.title}</h1>
        {step && !focus && <p className="audience-purpose">{t(`steps.${step}.purpose`)}</p>}
      </div>
      {left !== null && started && (
        <div className={`audience-timer ${left <= 0 ? 'time-up' : ''}`} role="timer">
          {formatCountdown(left)}
        </div>
      )}
    </header>
  )
}

function Agreed({ status }: { status: 'proposed' | 'agreed' }) {
  const { t } = useTranslation()
  return status === 'agreed' ? (
    <span className="audience-agreed" data-agreed="true">
      ✓ {t('agreement.agreed')}
    </span>
  ) : null
}

function Overview({ data }: { data: WorkshopData }) {
  const { t } = useTranslation()
  return (
    <div className="audience-columns">
      {TEAMS.map((team) => {
        const people = data.participants.filter((p) => p.team === team)
        if (people.length === 0) return null
        return (
          <section key={team} className={`audience-card team-${team}`}>
            <h2>{t(`teams.${team}`)}</h2>
            <ul>
              {people.map((p) => (
                <li key={p.id}>
                  {p.name}
                  {p.role && <span className="muted"> · {p.role}</span>}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

function StepContent({ step, data }: { step: StepId; data: WorkshopData }) {
  const { t } = useTranslation()
  const { items, workshop } = data
  switch (step) {
    case 'awareness':
      return (
        <>
          {itemsOf(items, 'friction').length > 0 && (
            <WorkshopHeatTable workshopId={workshop.id} areas={itemsOf(items, 'friction')} caption={t('awareness.friction.title')} className="audience-table heat" />
          )}
          <div className="audience-columns four">
            {SIDES.flatMap((team) =>
              VOICE_KINDS.map((kind) => {
                const key = `${team}${kind === 'heard' ? 'Heard' : 'Says'}` as const
                return (
                  <section key={key} className={`audience-card team-${team}`}>
                    <h2>{t(`awareness.voices.columns.${key}`)}</h2>
                    <ul className="audience-cards">
                      {itemsOf(items, 'voice')
                        .filter((v) => v.team === team && v.kind === kind && v.text.trim())
                        .map((v) => (
                          <li key={v.id}>{v.text}</li>
                        ))}
                    </ul>
                  </section>
                )
              })
            )}
          </div>
          <TextList title={t('awareness.benefits.title')} items={itemsOf(items, 'benefit').map((b) => ({ id: b.id, text: b.text, status: b.status }))} />
          {workshop.sharedGoal.trim() && (
            <section className="audience-card goal">
              <h2>{t('awareness.sharedGoal.title')}</h2>
              <p className="audience-goal">{workshop.sharedGoal}</p>
            </section>
          )}
        </>
      )
    case 'closedLoop':
      return (
        <>
          <ol className="audience-flow">
            {itemsOf(items, 'stage').map((stage) => (
              <li key={stage.id} className={`team-${stage.owner}`}>
                <strong>{stage.name}</strong>
                <span className="muted">
                  {t(`teams.${stage.owner}`)}
                  {stage.maxDays !== null && ` · ≤ ${formatNumber(stage.maxDays, workshop.language)} ${t('closedLoop.lifecycle.days')}`}
                </span>
                <Agreed status={stage.status} />
              </li>
            ))}
          </ol>
          <TextList
            title={t('closedLoop.reports.title')}
            items={itemsOf(items, 'report').map((r) => ({
              id: r.id,
              text: `${r.name} — ${t(`teams.${r.from}`)} → ${t(`teams.${r.to}`)}, ${t(`closedLoop.cadences.${r.cadence}`)}`,
              status: r.status
            }))}
          />
          <TextList title={t('closedLoop.rejections.title')} items={itemsOf(items, 'rejection').map((r) => ({ id: r.id, text: r.text, status: r.status }))} />
        </>
      )
    case 'language':
      return (
        <>
          <div className="audience-columns">
            {(['mql', 'sql'] as const).map((kind) => (
              <section key={kind} className="audience-card">
                <h2>
                  {t(`language.${kind}.title`)} <Agreed status={workshop[kind].status} />
                </h2>
                {workshop[kind].sentence && <p>{workshop[kind].sentence}</p>}
                <ul>
                  {itemsOf(items, kind === 'mql' ? 'mqlCriterion' : 'sqlCriterion').map((c) => (
                    <li key={c.id}>
                      {c.text}
                      {c.points !== null && <span className="muted"> · {formatNumber(c.points, workshop.language)}</span>} <Agreed status={c.status} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          <TextList
            title={t('language.glossary.title')}
            items={itemsOf(items, 'glossary').map((g) => ({ id: g.id, text: `${g.term}: ${g.definition}`, status: g.status }))}
          />
        </>
      )
    case 'sla':
      return (
        <>
          <RaciTable className="audience-table" caption={t('sla.responsibilities.title')} rows={itemsOf(items, 'raci')} />
          <TextList
            title={t('sla.commitments.title')}
            items={itemsOf(items, 'commitment').map((c) => ({
              id: c.id,
              text: `${c.description} ${t(`sla.commitments.directions.${c.direction}`)} ${c.value === null ? '…' : formatNumber(c.value, workshop.language)} ${t(`sla.commitments.units.${c.unit}`, { count: c.value ?? 0 })}`,
              status: c.status
            }))}
          />
          {PERIODS.map((period) => {
            const targets = itemsOf(items, 'target').filter((x) => x.period === period)
            return targets.length ? (
              <TextList
                key={period}
                title={`${t('sla.targets.title')} · ${t(`sla.targets.periods.${period}`)}`}
                items={targets.map((x) => ({ id: x.id, text: `${x.metric}: ${x.value === null ? '…' : formatAmount(x.value, x.unit, workshop.currency, workshop.language)}`, status: x.status }))}
              />
            ) : null
          })}
        </>
      )
    case 'keepAtIt':
      return (
        <>
          <TextList
            title={t('keepAtIt.actions.title')}
            items={itemsOf(items, 'action').map((a) => ({
              id: a.id,
              text: `${a.title}${a.owner ? ` — ${a.owner}` : ''}${a.due ? ` (${formatIsoDate(a.due, workshop.language)})` : ''}`,
              status: a.status
            }))}
          />
          <TextList title={t('keepAtIt.concerns.title')} items={itemsOf(items, 'concern').map((c) => ({ id: c.id, text: c.text, status: c.status }))} />
        </>
      )
  }
}

function TextList({ title, items }: { title: string; items: Array<{ id: string; text: string; status: 'proposed' | 'agreed' }> }) {
  const shown = items.filter((item) => item.text.trim())
  if (shown.length === 0) return null
  return (
    <section className="audience-card">
      <h2>{title}</h2>
      <ul>
        {shown.map((item) => (
          <li key={item.id} className={item.status}>
            {item.text} <Agreed status={item.status} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function ParkedPoints({ items }: { items: Item[] }) {
  const { t } = useTranslation()
  const shown = itemsOf(items, 'parking').filter((p) => p.shown && p.text.trim())
  if (shown.length === 0) return null
  return (
    <aside className="audience-parking" aria-label={t('parking.title')}>
      <h2>{t('parking.title')}</h2>
      <ul>
        {shown.map((p) => (
          <li key={p.id}>{p.text}</li>
        ))}
      </ul>
    </aside>
  )
}
