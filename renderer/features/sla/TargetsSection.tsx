import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { PERIODS, TARGET_OWNERS, type ItemOf, type Period, type TargetOwner } from '../../../shared/domain/items'
import { addItem, updateItem } from '../../db/item-repo'
import { ItemList } from '../items/ItemList'
import { NumberField, SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'

type OwnerChoice = TargetOwner | 'none'

export function TargetsSection({ workshopId, targets }: { workshopId: string; targets: ItemOf<'target'>[] }) {
  const { t } = useTranslation()
  const owners: Array<{ value: OwnerChoice; label: string }> = [
    { value: 'none', label: t('sla.targets.owners.none') },
    ...TARGET_OWNERS.map((o) => ({ value: o, label: t(`sla.targets.owners.${o}`) }))
  ]
  const periods = PERIODS.map((p) => ({ value: p, label: t(`sla.targets.periods.${p}`) }))
  return (
    <section className="card" aria-labelledby="targets">
      <h2 id="targets">{t('sla.targets.title')}</h2>
      {PERIODS.map((period: Period) => {
        const title = t(`sla.targets.periods.${period}`)
        return (
          <section key={period} className="target-period" aria-label={title}>
            <h3>{title}</h3>
            <ItemList
              label={title}
              items={targets.filter((target) => target.period === period)}
              emptyText={t('sla.targets.empty')}
              addLabel={t('sla.targets.add')}
              describe={(t, target) => t('sla.targets.describe', { text: shorten(target.metric) })}
              onAdd={() => addItem(workshopId, 'target', { period })}
              renderItem={(target: ItemOf<'target'>) => {
                const save = (patch: Partial<ItemOf<'target'>>) => updateItem<'target'>(target.id, patch)
                return (
                  <div className="grid-fields target-fields">
                    <TextField
                      limit={TEXT_FIELDS.items.target.metric}
                      label={t('sla.targets.metric')}
                      value={target.metric}
                      autoFocus={target.metric === ''}
                      onSave={(metric) => save({ metric })}
                      hint={target.source ? t('sla.targets.fromCalculator') : undefined}
                      className="span-2"
                    />
                    <SelectField<OwnerChoice>
                      label={t('sla.targets.team')}
                      value={target.team ?? 'none'}
                      options={owners}
                      onSave={(team) => save({ team: team === 'none' ? null : team })}
                    />
                    <NumberField
                      label={t('sla.targets.value')}
                      value={target.value}
                      kind="quantity"
                      onSave={(value) => save({ value })}
                    />
                    <TextField limit={TEXT_FIELDS.items.target.unit} label={t('sla.targets.unit')} value={target.unit} onSave={(unit) => save({ unit })} />
                    <SelectField<Period> label={t('sla.targets.period')} value={target.period} options={periods} onSave={(p) => save({ period: p })} />
                  </div>
                )
              }}
            />
          </section>
        )
      })}
    </section>
  )
}
