import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { COMMITMENT_KINDS, COMMITMENT_UNITS, DIRECTIONS, type ItemOf } from '../../../shared/domain/items'
import { TEAMS } from '../../../shared/domain/workshop'
import { addItem, updateItem } from '../../db/item-repo'
import { ItemList } from '../items/ItemList'
import { NumberField, SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'

export function CommitmentsSection({ workshopId, commitments }: { workshopId: string; commitments: ItemOf<'commitment'>[] }) {
  const { t } = useTranslation()
  const units = COMMITMENT_UNITS.map((u) => ({ value: u, label: t(`sla.commitments.units.${u}`) }))
  const directions = DIRECTIONS.map((d) => ({ value: d, label: t(`sla.commitments.directions.${d}`) }))
  const kinds = COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`sla.commitments.kinds.${k}`) }))
  const teams = TEAMS.map((team) => ({ value: team, label: t(`teams.${team}`) }))
  return (
    <section className="card" aria-labelledby="commitments">
      <h2 id="commitments">{t('sla.commitments.title')}</h2>
      <p className="section-intro">{t('sla.commitments.intro')}</p>
      <ItemList
        label={t('sla.commitments.title')}
        items={commitments}
        addLabel={t('sla.commitments.add')}
        describe={(t, c) => t('sla.commitments.describe', { text: shorten(c.description) })}
        onAdd={() => addItem(workshopId, 'commitment')}
        renderItem={(c: ItemOf<'commitment'>) => {
          const save = (patch: Partial<ItemOf<'commitment'>>) => updateItem<'commitment'>(c.id, patch)
          return (
            <div className="grid-fields commitment-fields">
              <TextField
                limit={TEXT_FIELDS.items.commitment.description}
                label={t('sla.commitments.description')}
                value={c.description}
                multiline
                rows={1}
                autoFocus={c.description === ''}
                onSave={(description) => save({ description })}
                className="span-4"
              />
              <SelectField label={t('sla.commitments.direction')} value={c.direction} options={directions} onSave={(direction) => save({ direction })} />
              <NumberField
                label={t('sla.commitments.value')}
                value={c.value}
                kind="quantity"
                onSave={(value) => save({ value })}
              />
              <SelectField label={t('sla.commitments.unit')} value={c.unit} options={units} onSave={(unit) => save({ unit })} />
              <SelectField label={t('sla.commitments.team')} value={c.team} options={teams} onSave={(team) => save({ team })} />
              <TextField
                limit={TEXT_FIELDS.items.commitment.measuredBy}
                label={t('sla.commitments.measuredBy')}
                value={c.measuredBy}
                onSave={(measuredBy) => save({ measuredBy })}
                multiline
                rows={1}
                className="measured-by"
              />
              <SelectField
                label={t('sla.commitments.kind')}
                value={c.kind}
                options={kinds}
                onSave={(kind) => save({ kind })}
                className="commitment-kind"
              />
            </div>
          )
        }}
      />
    </section>
  )
}
