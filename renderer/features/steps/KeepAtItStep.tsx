import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { suggestedActions } from '../../../shared/domain/defaults'
import { ACTION_STATES, type ItemOf } from '../../../shared/domain/items'
import { TEAMS } from '../../../shared/domain/workshop'
import { addItem, itemsOf, updateItem } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'
import { ItemList } from '../items/ItemList'
import { SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { ReviewDatesSection } from './ReviewDatesSection'

export function KeepAtItStep(data: WorkshopData) {
  const { workshop, items } = data
  const { t } = useTranslation()
  const actions = itemsOf(items, 'action')
  const teamOptions = TEAMS.map((team) => ({ value: team, label: t(`teams.${team}`) }))
  const stateOptions = ACTION_STATES.map((state) => ({ value: state, label: t(`keepAtIt.actions.states.${state}`) }))
  const taken = new Set(actions.map((a) => a.title.trim()))
  const suggestions = suggestedActions(workshop.language).filter((title) => !taken.has(title))
  const newAction = (title: string) =>
    addItem(workshop.id, 'action', { title })

  return (
    <>
      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('keepAtIt.actions.title')}</h2>
        <ItemList
          label={t('keepAtIt.actions.title')}
          items={actions}
          emptyText={t('keepAtIt.actions.empty')}
          addLabel={t('keepAtIt.actions.add')}
          describe={(t, action) => t('keepAtIt.actions.describe', { title: shorten(action.title) })}
          onAdd={() => newAction('')}
          renderItem={(action: ItemOf<'action'>) => {
            const save = (patch: Partial<ItemOf<'action'>>) => updateItem<'action'>(action.id, patch)
            return (
              <div className="grid-fields action-fields">
                <TextField
                  limit={TEXT_FIELDS.items.action.title}
                  label={t('keepAtIt.actions.action')}
                  value={action.title}
                  autoFocus={action.title === ''}
                  onSave={(title) => save({ title })}
                  className="span-2"
                />
                <TextField limit={TEXT_FIELDS.items.action.owner} label={t('keepAtIt.actions.owner')} value={action.owner} onSave={(owner) => save({ owner })} />
                <SelectField label={t('keepAtIt.actions.team')} value={action.team} options={teamOptions} onSave={(team) => save({ team })} />
                <TextField label={t('keepAtIt.actions.due')} type="date" value={action.due} onSave={(due) => save({ due })} />
                <SelectField label={t('keepAtIt.actions.state')} value={action.state} options={stateOptions} onSave={(state) => save({ state })} />
              </div>
            )
          }}
        />
        {suggestions.length > 0 && (
          <div className="suggestions">
            <h3>{t('keepAtIt.actions.suggestions')}</h3>
            <p className="field-hint">{t('keepAtIt.actions.suggestionsHint')}</p>
            <ul>
              {suggestions.map((title) => (
                <li key={title}>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('keepAtIt.actions.addSuggestion', { title })}
                    onClick={() => void saveNow(() => newAction(title))}
                  >
                    <span aria-hidden="true">+</span> {title}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <ReviewDatesSection data={data} />

      <section className="card" aria-labelledby="concerns-title">
        <h2 id="concerns-title">{t('keepAtIt.concerns.title')}</h2>
        <ItemList
          label={t('keepAtIt.concerns.title')}
          items={itemsOf(items, 'concern')}
          emptyText={t('keepAtIt.concerns.empty')}
          addLabel={t('keepAtIt.concerns.add')}
          describe={(t, concern) => t('keepAtIt.concerns.describe', { text: shorten(concern.text) })}
          onAdd={() => addItem(workshop.id, 'concern')}
          renderItem={(concern: ItemOf<'concern'>) => (
            <div className="grid-fields concern-fields">
              <TextField
                limit={TEXT_FIELDS.items.concern.text}
                label={t('keepAtIt.concerns.concern')}
                value={concern.text}
                multiline
                rows={2}
                autoFocus={concern.text === ''}
                onSave={(text) => updateItem<'concern'>(concern.id, { text })}
              />
              <TextField
                limit={TEXT_FIELDS.items.concern.response}
                label={t('keepAtIt.concerns.response')}
                value={concern.response}
                multiline
                rows={2}
                onSave={(response) => updateItem<'concern'>(concern.id, { response })}
              />
            </div>
          )}
        />
      </section>
    </>
  )
}
