import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { CADENCES, type ItemOf } from '../../../shared/domain/items'
import { TEAMS } from '../../../shared/domain/workshop'
import { addItem, itemsOf, updateItem } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'
import { updateWorkshopPart } from '../../db/workshop-repo'
import { AgreementToggle } from '../../ui/AgreementToggle'
import { ItemList } from '../items/ItemList'
import { NumberField, SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'
import type { WorkshopData } from '../workshop/useWorkshopData'

export function ClosedLoopStep({ workshop, items }: WorkshopData) {
  const { t } = useTranslation()
  const teamOptions = TEAMS.map((team) => ({ value: team, label: t(`teams.${team}`) }))
  const cadenceOptions = CADENCES.map((c) => ({ value: c, label: t(`closedLoop.cadences.${c}`) }))
  const rule = workshop.stuckLeadRule

  return (
    <>
      <section className="card" aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">{t('closedLoop.lifecycle.title')}</h2>
        <p className="section-intro">{t('closedLoop.lifecycle.intro')}</p>
        <ItemList
          label={t('closedLoop.lifecycle.title')}
          ordered
          items={itemsOf(items, 'stage')}
          addLabel={t('closedLoop.lifecycle.add')}
          describe={(t, stage) => t('closedLoop.lifecycle.describe', { name: shorten(stage.name) })}
          onAdd={() => addItem(workshop.id, 'stage')}
          renderItem={(stage: ItemOf<'stage'>) => {
            const save = (patch: Partial<ItemOf<'stage'>>) => updateItem<'stage'>(stage.id, patch)
            return (
              <div className="grid-fields stage-fields">
                <TextField
                  limit={TEXT_FIELDS.items.stage.name}
                  label={t('closedLoop.lifecycle.name')}
                  value={stage.name}
                  autoFocus={stage.name === ''}
                  onSave={(name) => save({ name })}
                />
                <SelectField
                  label={t('closedLoop.lifecycle.owner')}
                  value={stage.owner}
                  options={teamOptions}
                  onSave={(owner) => save({ owner })}
                />
                <NumberField
                  label={t('closedLoop.lifecycle.maxDays')}
                  value={stage.maxDays}
                  unit={t('closedLoop.lifecycle.days')}
                  kind="count"
                  onSave={(maxDays) => save({ maxDays })}
                />
                <TextField
                  limit={TEXT_FIELDS.items.stage.definition}
                  label={t('closedLoop.lifecycle.definition')}
                  value={stage.definition}
                  multiline
                  rows={2}
                  onSave={(definition) => save({ definition })}
                  className="span-2"
                />
                <TextField
                  limit={TEXT_FIELDS.items.stage.onStall}
                  label={t('closedLoop.lifecycle.onStall')}
                  value={stage.onStall}
                  multiline
                  rows={2}
                  onSave={(onStall) => save({ onStall })}
                />
                <TextField
                  limit={TEXT_FIELDS.items.stage.entryCriteria}
                  label={t('closedLoop.lifecycle.entryCriteria')}
                  value={stage.entryCriteria}
                  multiline
                  rows={2}
                  onSave={(entryCriteria) => save({ entryCriteria })}
                  className="span-3"
                />
              </div>
            )
          }}
        />
      </section>

      <section className="card" aria-labelledby="reports-title">
        <h2 id="reports-title">{t('closedLoop.reports.title')}</h2>
        <ItemList
          label={t('closedLoop.reports.title')}
          items={itemsOf(items, 'report')}
          emptyText={t('closedLoop.reports.empty')}
          addLabel={t('closedLoop.reports.add')}
          describe={(t, report) => t('closedLoop.reports.describe', { name: shorten(report.name) })}
          onAdd={() => addItem(workshop.id, 'report')}
          renderItem={(report: ItemOf<'report'>) => {
            const save = (patch: Partial<ItemOf<'report'>>) => updateItem<'report'>(report.id, patch)
            return (
              <div className="grid-fields report-fields">
                <TextField
                  limit={TEXT_FIELDS.items.report.name}
                  label={t('closedLoop.reports.name')}
                  value={report.name}
                  autoFocus={report.name === ''}
                  onSave={(name) => save({ name })}
                />
                <SelectField label={t('closedLoop.reports.from')} value={report.from} options={teamOptions} onSave={(from) => save({ from })} />
                <SelectField label={t('closedLoop.reports.to')} value={report.to} options={teamOptions} onSave={(to) => save({ to })} />
                <TextField
                  limit={TEXT_FIELDS.items.report.metrics}
                  label={t('closedLoop.reports.metrics')}
                  value={report.metrics}
                  onSave={(metrics) => save({ metrics })}
                  className="span-3"
                />
                <SelectField
                  label={t('closedLoop.reports.cadence')}
                  value={report.cadence}
                  options={cadenceOptions}
                  onSave={(cadence) => save({ cadence })}
                />
                <TextField
                  limit={TEXT_FIELDS.items.report.when}
                  label={t('closedLoop.reports.when')}
                  placeholder={t('closedLoop.reports.whenPlaceholder')}
                  value={report.when}
                  onSave={(when) => save({ when })}
                />
                <TextField limit={TEXT_FIELDS.items.report.channel} label={t('closedLoop.reports.channel')} value={report.channel} onSave={(channel) => save({ channel })} />
                <TextField limit={TEXT_FIELDS.items.report.owner} label={t('closedLoop.reports.owner')} value={report.owner} onSave={(owner) => save({ owner })} />
              </div>
            )
          }}
        />
      </section>

      <div className="columns two-wide">
        <section className="card" aria-labelledby="rejections-title">
          <h2 id="rejections-title">{t('closedLoop.rejections.title')}</h2>
          <p className="section-intro">{t('closedLoop.rejections.intro')}</p>
          <ItemList
            label={t('closedLoop.rejections.title')}
            items={itemsOf(items, 'rejection')}
            addLabel={t('closedLoop.rejections.add')}
            describe={(t, reason) => t('closedLoop.rejections.describe', { text: shorten(reason.text) })}
            onAdd={() => addItem(workshop.id, 'rejection')}
            renderItem={(reason: ItemOf<'rejection'>) => (
              <TextField
                limit={TEXT_FIELDS.items.rejection.text}
                label={t('closedLoop.rejections.reason')}
                hideLabel
                multiline
                rows={1}
                value={reason.text}
                autoFocus={reason.text === ''}
                onSave={(text) => updateItem<'rejection'>(reason.id, { text })}
              />
            )}
          />
        </section>

        <section className={`card ${rule.status === 'agreed' ? 'agreed' : ''}`} aria-labelledby="stuck-title">
          <div className="section-head">
            <h2 id="stuck-title">{t('closedLoop.stuckLead.title')}</h2>
            <AgreementToggle
              status={rule.status}
              what={t('closedLoop.stuckLead.what')}
              onChange={(status) => saveNow(() => updateWorkshopPart(workshop.id, 'stuckLeadRule', { status }))}
            />
          </div>
          <NumberField
            label={t('closedLoop.stuckLead.days')}
            value={rule.days}
            unit={t('closedLoop.lifecycle.days')}
            kind="count"
            onSave={(days) => updateWorkshopPart(workshop.id, 'stuckLeadRule', { days })}
          />
          <TextField
            limit={TEXT_FIELDS.stuckLeadRule.action}
            label={t('closedLoop.stuckLead.action')}
            multiline
            rows={3}
            placeholder={t('closedLoop.stuckLead.actionPlaceholder')}
            value={rule.action}
            onSave={(action) => updateWorkshopPart(workshop.id, 'stuckLeadRule', { action })}
          />
          {rule.days !== null && <p className="field-hint">{t('closedLoop.stuckLead.summary', { count: rule.days })}</p>}
        </section>
      </div>
    </>
  )
}
