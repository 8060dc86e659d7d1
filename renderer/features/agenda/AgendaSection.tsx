import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  MAX_AGENDA_BREAKS,
  MAX_BREAK_MINUTES,
  agendaSchedule,
  entryKey,
  formatClockTime,
  formatDuration,
  formatTimeSpan,
  isBreakMinutes,
  isStartTime,
  type PlannedEntry
} from '../../../shared/domain/agenda'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { localeOf, type Language } from '../../../shared/domain/language'
import type { Workshop } from '../../../shared/domain/workshop'
import { addBreak, moveAgendaEntry, removeBreak, restoreBreak, setAgendaStartTime, updateBreak } from '../../db/agenda-repo'
import { saveNow } from '../../save/save-queue'
import { updateStep } from '../../db/workshop-repo'
import { undoLabel, useNoticeStore } from '../../store/notice-store'
import { formatRoute, useUiStore } from '../../store/ui-store'
import { NumberField, TextField } from '../../ui/fields'
import { PlanStatusBadge } from './PlanStatusBadge'
import './agenda.css'

/**
 * The agenda (issue 10 §6): the run of show, editable. The steps' lengths are their timeboxes,
 * edited here or in the step; breaks are the agenda's own. The section is marked for the audience
 * view, which shows the agenda while the facilitator works in it.
 */
export function AgendaSection({ workshop, language }: { workshop: Workshop; language: Language }) {
  const { t } = useTranslation()
  const locale = localeOf(language)
  const schedule = agendaSchedule(workshop.agenda, workshop.steps)
  const breaks = schedule.entries.filter((p) => p.entry.kind === 'break').length
  const canAddBreak = breaks < MAX_AGENDA_BREAKS
  const focusSelf = (event: React.MouseEvent<HTMLButtonElement>) => event.currentTarget.focus()

  return (
    <section className="card agenda" id="agenda" aria-labelledby="agenda-title" data-audience-focus="agenda">
      <div className="section-head">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <PlanStatusBadge workshop={workshop} language={language} />
      </div>
      <p className="muted">{t('agenda.intro')}</p>
      <div className="agenda-controls">
        <TextField
          label={t('agenda.startTime')}
          type="time"
          className="compact"
          value={workshop.agenda.startTime}
          validate={(text) => (isStartTime(text) ? null : t('agenda.startTimeInvalid'))}
          onSave={(time) => setAgendaStartTime(workshop.id, time)}
        />
        <button type="button" className="button" title={t('agenda.showHint')} onClick={focusSelf}>
          {t('agenda.show')}
        </button>
      </div>
      <table className="agenda-table">
        <caption className="visually-hidden">{t('agenda.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.time')}</th>
            <th scope="col">{t('agenda.entry')}</th>
            <th scope="col" className="number">
              {t('agenda.minutes')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('agenda.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {schedule.entries.map((planned, index) => (
            <AgendaRow
              key={entryKey(planned.entry)}
              workshop={workshop}
              planned={planned}
              locale={locale}
              first={index === 0}
              last={index === schedule.entries.length - 1}
              canAddBreak={canAddBreak}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('agenda.total')}
            </th>
            <td colSpan={2} data-agenda="total">
              {t('agenda.totalValue', { duration: formatDuration(schedule.totalMinutes, locale), span: formatTimeSpan(schedule.start, schedule.end, locale) })}
            </td>
          </tr>
        </tfoot>
      </table>
      {!canAddBreak && <p className="muted">{t('agenda.tooManyBreaks', { max: MAX_AGENDA_BREAKS })}</p>}
    </section>
  )
}

function AgendaRow(props: { workshop: Workshop; planned: PlannedEntry; locale: string; first: boolean; last: boolean; canAddBreak: boolean }) {
  const { workshop, planned, locale, first, last, canAddBreak } = props
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const { entry } = planned
  const key = entryKey(entry)
  // In the words of the `t` given: the notice of a removal tells it again when the language changes.
  const nameIn = (say: TFunction) => (entry.kind === 'step' ? say(`steps.${entry.step}.name`) : entry.name.trim() || say('agenda.unnamedBreak'))
  const name = nameIn(t)
  const time = formatClockTime(planned.start, locale)

  const remove = async () => {
    if (entry.kind !== 'break') return
    const result = await removeBreak(workshop.id, entry.id)
    if (result) {
      showNotice({
        message: (t) => t('agenda.removed', { name: nameIn(t) }),
        actionLabel: undoLabel,
        action: () => restoreBreak(workshop.id, result.removed, result.index)
      })
    }
  }

  return (
    <tr className={entry.kind === 'break' ? 'agenda-break' : 'agenda-step'} data-agenda-entry={key}>
      <td className="agenda-time">{formatTimeSpan(planned.start, planned.end, locale)}</td>
      {entry.kind === 'step' ? (
        <th scope="row">
          <a
            href={formatRoute({ screen: 'workshop', workshopId: workshop.id, section: entry.step })}
            onClick={(event) => {
              event.preventDefault()
              navigate({ screen: 'workshop', workshopId: workshop.id, section: entry.step })
            }}
          >
            <span className="step-kicker">{t(`steps.${entry.step}.number`)}</span> {name}
          </a>
        </th>
      ) : (
        <th scope="row">
          <TextField
            limit={TEXT_FIELDS.agendaBreak.name}
            label={t('agenda.nameOf', { time })}
            hideLabel
            value={entry.name}
            onSave={(text) => updateBreak(workshop.id, entry.id, { name: text })}
          />
        </th>
      )}
      <td className="number">
        {entry.kind === 'step' ? (
          <NumberField
            label={t('agenda.timeboxOf', { step: name })}
            hideLabel
            className="compact"
            value={workshop.steps[entry.step].timeboxMinutes}
            kind="positiveCount"
            required
            onSave={async (minutes) => {
              if (minutes !== null) await updateStep(workshop.id, entry.step, { timeboxMinutes: minutes })
            }}
          />
        ) : (
          <NumberField
            label={t('agenda.minutesOf', { name })}
            hideLabel
            className="compact"
            value={entry.minutes}
            kind="positiveCount"
            required
            check={(n) => (isBreakMinutes(n) ? null : t('agenda.breakMinutesInvalid', { max: MAX_BREAK_MINUTES }))}
            onSave={async (minutes) => {
              if (minutes !== null) await updateBreak(workshop.id, entry.id, { minutes })
            }}
          />
        )}
      </td>
      <td className="agenda-actions">
        <button
          type="button"
          className="button small quiet"
          aria-label={t('agenda.moveUp', { name })}
          title={t('agenda.moveUp', { name })}
          disabled={first}
          onClick={() => void saveNow(() => moveAgendaEntry(workshop.id, key, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button small quiet"
          aria-label={t('agenda.moveDown', { name })}
          title={t('agenda.moveDown', { name })}
          disabled={last}
          onClick={() => void saveNow(() => moveAgendaEntry(workshop.id, key, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button small quiet"
          disabled={!canAddBreak}
          onClick={() => void saveNow(() => addBreak(workshop.id, key, { name: t('agenda.newBreak'), minutes: 15 }))}
        >
          {t('agenda.addBreak')}
          <span className="visually-hidden"> {t('agenda.addBreakAfter', { name })}</span>
        </button>
        {entry.kind === 'break' && (
          <button
            type="button"
            className="button small quiet danger"
            aria-label={t('agenda.remove', { name })}
            title={t('agenda.remove', { name })}
            onClick={() => void saveNow(remove)}
          >
            ✕
          </button>
        )}
      </td>
    </tr>
  )
}
