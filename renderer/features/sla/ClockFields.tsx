import { useTranslation } from 'react-i18next'
import { minuteOfDay } from '../../../shared/domain/agenda'
import { CLOCK_MODES, ISO_WEEKDAYS, defaultClockSettings, normalizeWorkingDays, type ClockMode, type SlaClockSettings } from '../../../shared/domain/sla-clock'
import type { Workshop } from '../../../shared/domain/workshop'
import { updateSlaClock } from '../../db/workshop-repo'
import { CheckboxField, SelectField, TextField } from '../../ui/fields'
import { HolidayRegionField } from '../workshop/HolidayRegionField'

let zones: readonly string[] | null = null

/** The time zones this laptop knows, read once; the stored one is offered even if it does not know it. */
function timeZoneOptions(current: string): Array<{ value: string; label: string }> {
  zones ??= Intl.supportedValuesOf('timeZone')
  const list = zones.includes(current) ? zones : [current, ...zones]
  return list.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))
}

/**
 * The clock every time commitment counts in (issue 12 §4). A workshop from before the clock has
 * none ("not stated"): its SLA reads as it always did until the room chooses one.
 */
export function ClockFields({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const clock = workshop.governance.clock
  // Each change applies to the clock as stored, not as last shown: two quick clicks never undo each other.
  const change: ChangeClock = (patch) =>
    updateSlaClock(workshop.id, (stored) => {
      const base = stored ?? defaultClockSettings()
      return { ...base, ...(typeof patch === 'function' ? patch(base) : patch) }
    })
  const modes = [...(clock ? [] : (['none'] as const)), ...CLOCK_MODES].map((mode) => ({ value: mode, label: t(`sla.governance.clockModes.${mode}`) }))
  return (
    <>
      <h3>{t('sla.governance.clock')}</h3>
      <div className="grid-fields">
        <SelectField<ClockMode | 'none'>
          label={t('sla.governance.clockMode')}
          value={clock?.mode ?? 'none'}
          options={modes}
          onSave={async (mode) => {
            if (mode !== 'none') await change({ mode })
          }}
        />
        <HolidayRegionField workshop={workshop} className="span-2" />
      </div>
      {clock?.mode === 'business' && <BusinessHours clock={clock} change={change} />}
    </>
  )
}

type ChangeClock = (patch: Partial<SlaClockSettings> | ((stored: SlaClockSettings) => Partial<SlaClockSettings>)) => Promise<void>

function toggled(days: readonly number[], day: number, on: boolean) {
  return normalizeWorkingDays(on ? [...days, day] : days.filter((d) => d !== day))
}

function BusinessHours({ clock, change }: { clock: SlaClockSettings; change: ChangeClock }) {
  const { t } = useTranslation()
  const days = normalizeWorkingDays(clock.workingDays)
  const timeProblem = (text: string, other: string, isEnd: boolean): string | null => {
    const minute = minuteOfDay(text)
    const otherMinute = minuteOfDay(other)
    if (minute === null) return t('sla.governance.timeInvalid')
    if (otherMinute !== null && (isEnd ? minute <= otherMinute : minute >= otherMinute)) return t('sla.governance.endNotAfterStart')
    return null
  }
  return (
    <div className="grid-fields clock-fields">
      <fieldset className="working-days span-3">
        <legend className="field-label">{t('sla.governance.workingDays')}</legend>
        {ISO_WEEKDAYS.map((day) => {
          const checked = days.includes(day)
          return (
            <CheckboxField
              key={day}
              label={t(`sla.governance.weekdays.${day}`)}
              checked={checked}
              // The last working day stays: business hours without one could not count anything.
              disabled={checked && days.length === 1}
              onSave={(on) => change((stored) => ({ workingDays: toggled(stored.workingDays, day, on) }))}
            />
          )
        })}
        <p className="field-hint">{t('sla.governance.workingDaysHint')}</p>
      </fieldset>
      <TextField
        label={t('sla.governance.dayStart')}
        type="time"
        value={clock.dayStart}
        validate={(text) => timeProblem(text, clock.dayEnd, false)}
        onSave={(dayStart) => change({ dayStart })}
      />
      <TextField
        label={t('sla.governance.dayEnd')}
        type="time"
        value={clock.dayEnd}
        validate={(text) => timeProblem(text, clock.dayStart, true)}
        onSave={(dayEnd) => change({ dayEnd })}
      />
      <SelectField label={t('sla.governance.timeZone')} value={clock.timeZone} options={timeZoneOptions(clock.timeZone)} onSave={(timeZone) => change({ timeZone })} />
    </div>
  )
}
