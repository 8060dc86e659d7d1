import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { CADENCES, type ItemOf } from '../../../shared/domain/items'
import { REVIEW_CADENCES, type GovernanceText, type Workshop } from '../../../shared/domain/workshop'
import { isIsoDate } from '../../../shared/domain/iso-date'
import { addItem, updateItem } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'
import { updateWorkshopPart } from '../../db/workshop-repo'
import { AgreementToggle } from '../../ui/AgreementToggle'
import { ItemList } from '../items/ItemList'
import { NumberField, SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'
import { ClockFields } from './ClockFields'

export function KpisSection({ workshopId, kpis }: { workshopId: string; kpis: ItemOf<'kpi'>[] }) {
  const { t } = useTranslation()
  const cadences = CADENCES.map((c) => ({ value: c, label: t(`closedLoop.cadences.${c}`) }))
  return (
    <section className="card" aria-labelledby="kpis">
      <h2 id="kpis">{t('sla.kpis.title')}</h2>
      <ItemList
        label={t('sla.kpis.title')}
        items={kpis}
        addLabel={t('sla.kpis.add')}
        describe={(t, k) => t('sla.kpis.describe', { text: shorten(k.kpi) })}
        onAdd={() => addItem(workshopId, 'kpi')}
        renderItem={(k: ItemOf<'kpi'>) => {
          const save = (patch: Partial<ItemOf<'kpi'>>) => updateItem<'kpi'>(k.id, patch)
          return (
            <div className="grid-fields kpi-fields">
              <TextField limit={TEXT_FIELDS.items.kpi.kpi} label={t('sla.kpis.kpi')} value={k.kpi} autoFocus={k.kpi === ''} onSave={(kpi) => save({ kpi })} className="span-2" />
              <SelectField label={t('sla.kpis.cadence')} value={k.cadence} options={cadences} onSave={(cadence) => save({ cadence })} />
              <TextField limit={TEXT_FIELDS.items.kpi.measure} label={t('sla.kpis.measure')} value={k.measure} onSave={(measure) => save({ measure })} className="span-2" />
              <TextField limit={TEXT_FIELDS.items.kpi.reporter} label={t('sla.kpis.reporter')} value={k.reporter} multiline rows={1} onSave={(reporter) => save({ reporter })} />
            </div>
          )
        }}
      />
    </section>
  )
}

export function GovernanceSection({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const governance = workshop.governance
  const save = (patch: Partial<Workshop['governance']>) => updateWorkshopPart(workshop.id, 'governance', patch)
  const cadences = REVIEW_CADENCES.map((c) => ({ value: c, label: t(`sla.governance.cadences.${c}`) }))
  /** A text of issue 12 §4: empty on a workshop from before, and then left out of its SLA until the room writes it. */
  const text = (field: GovernanceText, rows = 2, extra: { hint?: string; className?: string } = {}) => (
    <TextField
      limit={TEXT_FIELDS.governance[field]}
      label={t(`sla.governance.${field}`)}
      multiline
      rows={rows}
      value={governance[field] ?? ''}
      onSave={(value) => save({ [field]: value })}
      className={extra.className ?? 'span-3'}
      hint={extra.hint}
    />
  )
  return (
    <section className={`card ${governance.status === 'agreed' ? 'agreed' : ''}`} aria-labelledby="governance">
      <div className="section-head">
        <h2 id="governance">{t('sla.governance.title')}</h2>
        <AgreementToggle
          status={governance.status}
          what={t('sla.governance.what')}
          onChange={(status) => saveNow(() => save({ status }))}
        />
      </div>
      <h3>{t('sla.governance.scope')}</h3>
      <div className="grid-fields">
        {text('scopeLeads', 2, { className: 'span-2' })}
        {text('scopeRegions', 2, { className: 'span-1' })}
      </div>
      <h3>{t('sla.governance.handover')}</h3>
      <div className="grid-fields">{text('handoverData', 6, { hint: t('sla.governance.handoverHint') })}</div>
      <ClockFields workshop={workshop} />
      <h3>{t('sla.governance.termAndEnd')}</h3>
      <div className="grid-fields">
        <TextField
          label={t('sla.governance.startDate')}
          type="date"
          value={governance.startDate}
          validate={(value) => (value === '' || isIsoDate(value) ? null : t('newWorkshop.problems.dateInvalid'))}
          onSave={(startDate) => save({ startDate })}
        />
        <NumberField
          label={t('sla.governance.term')}
          unit={t('sla.governance.months')}
          value={governance.termMonths}
          kind="positiveCount"
          onSave={(termMonths) => save({ termMonths })}
        />
        <SelectField
          label={t('sla.governance.reviewCadence')}
          value={governance.reviewCadence}
          options={cadences}
          onSave={(reviewCadence) => save({ reviewCadence })}
        />
        {text('renewal')}
        {text('termination')}
      </div>
      <h3>{t('sla.governance.escalationTitle')}</h3>
      <div className="grid-fields">
        <TextField
          limit={TEXT_FIELDS.governance.escalation}
          label={t('sla.governance.escalation')}
          multiline
          rows={2}
          value={governance.escalation}
          onSave={(escalation) => save({ escalation })}
          className="span-3"
        />
        {text('consequences', 3)}
      </div>
      <h3>{t('sla.governance.amendmentsTitle')}</h3>
      <div className="grid-fields">
        <TextField
          limit={TEXT_FIELDS.governance.amendments}
          label={t('sla.governance.amendments')}
          multiline
          rows={2}
          value={governance.amendments}
          onSave={(amendments) => save({ amendments })}
          className="span-3"
        />
        {text('dataProtection', 4)}
      </div>
    </section>
  )
}
