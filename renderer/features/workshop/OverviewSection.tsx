import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { LANGUAGES } from '../../../shared/domain/language'
import { AgendaSection } from '../agenda/AgendaSection'
import { isIsoDate } from '../../../shared/domain/iso-date'
import { updateWorkshop } from '../../db/workshop-repo'
import { HolidayRegionField } from './HolidayRegionField'
import { SelectField, TextField } from '../../ui/fields'
import { ParticipantsEditor } from './ParticipantsEditor'
import type { WorkshopData } from './useWorkshopData'
import { exportBackup, exportMinutes } from '../export/exports'
import { useExport } from '../export/useExport'
import { RoomCard } from '../room/RoomCard'

export function OverviewSection(data: WorkshopData) {
  const { workshop, participants } = data
  const { t } = useTranslation()
  const language = useUiLanguage()
  const exporting = useExport()
  const save = (patch: Parameters<typeof updateWorkshop>[1]) => updateWorkshop(workshop.id, patch)
  return (
    <div className="overview">
      <section className="card" aria-labelledby="details-title">
        <div className="section-head">
          <h1 id="details-title">{t('workshop.details')}</h1>
          <div className="export-buttons">
            <button type="button" className="button" disabled={exporting.busy} onClick={() => void exporting.run(() => exportMinutes(data, t('export.wordFilter')))}>
              {t('export.minutes')}
            </button>
            <button
              type="button"
              className="button"
              disabled={exporting.busy}
              onClick={() => void exporting.run(() => exportBackup([workshop.id], workshop.language, t('export.backupFilter'), workshop.organisation))}
            >
              {t('export.backup')}
            </button>
          </div>
        </div>
        <div className="field-row">
          <TextField
            limit={TEXT_FIELDS.workshop.title}
            label={t('newWorkshop.workshopTitle')}
            value={workshop.title}
            required
            requiredMessage={t('newWorkshop.problems.titleRequired')}
            onSave={(title) => save({ title })}
          />
          <TextField
            limit={TEXT_FIELDS.workshop.organisation}
            label={t('newWorkshop.organisation')}
            value={workshop.organisation}
            required
            requiredMessage={t('newWorkshop.problems.organisationRequired')}
            onSave={(organisation) => save({ organisation })}
          />
          <TextField limit={TEXT_FIELDS.workshop.unit} label={t('newWorkshop.unit')} value={workshop.unit} onSave={(unit) => save({ unit })} />
        </div>
        <div className="field-row roomy">
          <TextField
            limit={TEXT_FIELDS.workshop.facilitator}
            label={t('newWorkshop.facilitator')}
            value={workshop.facilitator}
            onSave={(facilitator) => save({ facilitator })}
          />
          <DateField value={workshop.date} onSave={(date) => save({ date })} />
          <SelectField
            label={t('workshop.documentLanguage')}
            hint={t('workshop.documentLanguageHint')}
            value={workshop.language}
            options={LANGUAGES.map((language) => ({ value: language, label: t(`app.languageNames.${language}`) }))}
            onSave={(language) => save({ language })}
          />
          <HolidayRegionField workshop={workshop} />
        </div>
      </section>
      <RoomCard workshopId={workshop.id} language={workshop.language} />
      <AgendaSection workshop={workshop} language={language} />
      <ParticipantsEditor workshopId={workshop.id} participants={participants} />
    </div>
  )
}

function DateField({ value, onSave }: { value: string; onSave(date: string): Promise<void> }) {
  const { t } = useTranslation()
  return (
    <TextField
      label={t('newWorkshop.date')}
      type="date"
      value={value}
      validate={(text) => (isIsoDate(text) ? null : t('newWorkshop.problems.dateInvalid'))}
      onSave={onSave}
    />
  )
}
