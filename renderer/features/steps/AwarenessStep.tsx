import { useTranslation } from 'react-i18next'
import { itemsOf, addItem, updateItem } from '../../db/item-repo'
import { updateWorkshop } from '../../db/workshop-repo'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { SIDES, VOICE_KINDS, type ItemOf, type Side, type VoiceKind } from '../../../shared/domain/items'
import { ItemList } from '../items/ItemList'
import { TextField } from '../../ui/fields'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { FrictionCheck } from './FrictionCheck'
import { shorten } from '../../ui/text'

const VOICE_COLUMNS: Array<{ team: Side; kind: VoiceKind; key: 'marketingHeard' | 'marketingSays' | 'salesHeard' | 'salesSays' }> =
  SIDES.flatMap((team) =>
    VOICE_KINDS.map((kind) => ({
      team,
      kind,
      key: `${team}${kind === 'heard' ? 'Heard' : 'Says'}` as const
    }))
  )

export function AwarenessStep({ workshop, items }: WorkshopData) {
  const { t } = useTranslation()
  const voices = itemsOf(items, 'voice')
  const needs = itemsOf(items, 'giveGet')
  const benefits = itemsOf(items, 'benefit')

  return (
    <>
      <FrictionCheck workshopId={workshop.id} areas={itemsOf(items, 'friction')} />

      <section className="card" aria-labelledby="voices-title">
        <h2 id="voices-title">{t('awareness.voices.title')}</h2>
        <p className="section-intro">{t('awareness.voices.intro')}</p>
        <div className="columns four">
          {VOICE_COLUMNS.map(({ team, kind, key }) => {
            const cards = voices.filter((v) => v.team === team && v.kind === kind)
            const title = t(`awareness.voices.columns.${key}`)
            return (
              <section key={key} className={`column team-${team}`} aria-label={title}>
                <h3>{title}</h3>
                <ItemList
                  label={title}
                  layout="cards"
                  withAgreement={false}
                  items={cards}
                  emptyText={t('awareness.voices.empty')}
                  addLabel={t('awareness.voices.add')}
                  describe={(t, card) => t('awareness.voices.describe', { text: shorten(card.text) })}
                  onAdd={() => addItem(workshop.id, 'voice', { team, kind })}
                  renderItem={(card: ItemOf<'voice'>) => (
                    <TextField
                      limit={TEXT_FIELDS.items.voice.text}
                      label={t('awareness.voices.card')}
                      hideLabel
                      multiline
                      rows={2}
                      value={card.text}
                      autoFocus={card.text === ''}
                      onSave={(text) => updateItem<'voice'>(card.id, { text })}
                    />
                  )}
                />
              </section>
            )
          })}
        </div>
      </section>

      <section className="card" aria-labelledby="gives-title" data-audience-focus="givesGets">
        <h2 id="gives-title">{t('awareness.givesGets.title')}</h2>
        <div className="columns two">
          {SIDES.map((team) => {
            const title = t(`awareness.givesGets.${team}`)
            return (
              <section key={team} className={`column team-${team}`} aria-label={title}>
                <h3>{title}</h3>
                <ItemList
                  label={title}
                  items={needs.filter((n) => n.team === team)}
                  addLabel={t('awareness.givesGets.add')}
                  describe={(t, need) => t('awareness.givesGets.describe', { text: shorten(need.text) })}
                  onAdd={() => addItem(workshop.id, 'giveGet', { team })}
                  renderItem={(need: ItemOf<'giveGet'>) => (
                    <TextField
                      limit={TEXT_FIELDS.items.giveGet.text}
                      label={t('awareness.givesGets.need')}
                      hideLabel
                      multiline
                      rows={1}
                      value={need.text}
                      autoFocus={need.text === ''}
                      onSave={(text) => updateItem<'giveGet'>(need.id, { text })}
                    />
                  )}
                />
              </section>
            )
          })}
        </div>
      </section>

      <section className="card" aria-labelledby="benefits-title">
        <h2 id="benefits-title">{t('awareness.benefits.title')}</h2>
        <ItemList
          label={t('awareness.benefits.title')}
          items={benefits}
          addLabel={t('awareness.benefits.add')}
          describe={(t, benefit) => t('awareness.benefits.describe', { text: shorten(benefit.text) })}
          onAdd={() => addItem(workshop.id, 'benefit')}
          renderItem={(benefit: ItemOf<'benefit'>) => (
            <TextField
              limit={TEXT_FIELDS.items.benefit.text}
              label={t('awareness.benefits.benefit')}
              hideLabel
              multiline
              rows={1}
              value={benefit.text}
              autoFocus={benefit.text === ''}
              onSave={(text) => updateItem<'benefit'>(benefit.id, { text })}
            />
          )}
        />
      </section>

      <section className="card shared-goal" aria-labelledby="goal-title">
        <h2 id="goal-title">{t('awareness.sharedGoal.title')}</h2>
        <TextField
          limit={TEXT_FIELDS.workshop.sharedGoal}
          label={t('awareness.sharedGoal.label')}
          hideLabel
          multiline
          rows={3}
          placeholder={t('awareness.sharedGoal.placeholder')}
          value={workshop.sharedGoal}
          onSave={(sharedGoal) => updateWorkshop(workshop.id, { sharedGoal })}
        />
      </section>
    </>
  )
}
