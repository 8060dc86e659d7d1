import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { raciLabel, raciWarnings } from '../../../shared/domain/raci'
import { RACI_LETTERS, RACI_TEAMS, type ItemOf, type RaciLetter } from '../../../shared/domain/items'
import { addItem, setRaciLetter, updateItem } from '../../db/item-repo'
import { ItemList } from '../items/ItemList'
import { SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'

export function ResponsibilitiesSection({ workshopId, activities }: { workshopId: string; activities: ItemOf<'raci'>[] }) {
  const { t } = useTranslation()
  const letterOptions = RACI_LETTERS.map((letter) => ({ value: letter, label: raciLabel(letter) || t('sla.responsibilities.none') }))
  return (
    <section className="card" aria-labelledby="raci">
      <h2 id="raci">{t('sla.responsibilities.title')}</h2>
      <p className="section-intro">{t('sla.responsibilities.guidance')}</p>
      <p className="legend">{t('sla.responsibilities.legend')}</p>
      <div className="raci-head team-columns-head" aria-hidden="true">
        <span>{t('sla.responsibilities.activity')}</span>
        {RACI_TEAMS.map((team) => (
          <span key={team} className={`team-${team}`}>
            {t(`layout.teamsHyphenated.${team}`)}
          </span>
        ))}
        <span>{t('sla.responsibilities.owner')}</span>
      </div>
      <ItemList
        label={t('sla.responsibilities.title')}
        items={activities}
        ordered
        addLabel={t('sla.responsibilities.add')}
        describe={(t, a) => t('sla.responsibilities.describe', { activity: shorten(a.activity) })}
        onAdd={() => addItem(workshopId, 'raci')}
        renderItem={(activity: ItemOf<'raci'>) => {
          const warnings = raciWarnings(activity.raci)
          return (
            <>
              <div className="raci-row">
                <TextField
                  limit={TEXT_FIELDS.items.raci.activity}
                  label={t('sla.responsibilities.activity')}
                  hideLabel
                  multiline
                  rows={1}
                  value={activity.activity}
                  autoFocus={activity.activity === ''}
                  onSave={(text) => updateItem<'raci'>(activity.id, { activity: text })}
                />
                {RACI_TEAMS.map((team) => (
                  <SelectField<RaciLetter>
                    key={team}
                    label={t('sla.responsibilities.letter', { team: t(`teams.${team}`), activity: shorten(activity.activity) })}
                    hideLabel
                    value={activity.raci[team]}
                    options={letterOptions}
                    onSave={(letter) => setRaciLetter(activity.id, team, letter)}
                    className={`raci-cell raci-${activity.raci[team] || 'none'}`}
                  />
                ))}
                <TextField
                  limit={TEXT_FIELDS.items.raci.owner}
                  label={t('sla.responsibilities.owner')}
                  hideLabel
                  value={activity.owner}
                  onSave={(owner) => updateItem<'raci'>(activity.id, { owner })}
                />
              </div>
              {warnings.map((warning) => (
                <p key={warning} className="row-warning" role="note">
                  ⚠ {t(`sla.responsibilities.${warning}`)}
                </p>
              ))}
            </>
          )
        }}
      />
    </section>
  )
}
