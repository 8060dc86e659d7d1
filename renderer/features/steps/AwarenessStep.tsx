import type { TFunction } from 'i18next'
import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { itemsOf, addItem, updateItem } from '../../db/item-repo'
import { updateWorkshop } from '../../db/workshop-repo'
import { useKept } from '../../db/keep-unchanged'
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

/**
 * Step 1's sections, each drawn again only when what it shows changed: a keystroke in the shared
 * goal redraws that section, one in a voice card the voices (issue 14: a keystroke painted within
 * one frame). Each list keeps its identity while none of its items changed (useKept).
 */
export function AwarenessStep({ workshop, items }: WorkshopData) {
  const areas = useKept(itemsOf(items, 'friction'))
  const voices = useKept(itemsOf(items, 'voice'))
  const needs = useKept(itemsOf(items, 'giveGet'))
  const benefits = useKept(itemsOf(items, 'benefit'))
  return (
    <>
      <FrictionCheck workshopId={workshop.id} areas={areas} />
      <Voices workshopId={workshop.id} voices={voices} />
      <GivesGets workshopId={workshop.id} needs={needs} />
      <Benefits workshopId={workshop.id} benefits={benefits} />
      <SharedGoal workshopId={workshop.id} sharedGoal={workshop.sharedGoal} />
    </>
  )
}

/** Draws an item that is one text (a voice card, a need, a benefit); the same function while the label stays (ItemList). */
function useTextItem<K extends 'voice' | 'giveGet' | 'benefit'>(list: K, label: string, rows: number) {
  return useCallback(
    (item: ItemOf<K>) => (
      <TextField
        limit={TEXT_FIELDS.items[list].text}
        label={label}
        hideLabel
        multiline
        rows={rows}
        value={item.text}
        autoFocus={item.text === ''}
        onSave={(text) => updateItem(item.id, { text })}
      />
    ),
    [list, label, rows]
  )
}

const describeVoice = (t: TFunction, card: ItemOf<'voice'>) => t('awareness.voices.describe', { text: shorten(card.text) })

const Voices = memo(function Voices({ workshopId, voices }: { workshopId: string; voices: ItemOf<'voice'>[] }) {
  const { t } = useTranslation()
  const renderCard = useTextItem('voice', t('awareness.voices.card'), 2)
  return (
    <section className="card" aria-labelledby="voices-title">
      <h2 id="voices-title">{t('awareness.voices.title')}</h2>
      <p className="section-intro">{t('awareness.voices.intro')}</p>
      <div className="columns four">
        {VOICE_COLUMNS.map(({ team, kind, key }) => {
          const title = t(`awareness.voices.columns.${key}`)
          return (
            <section key={key} className={`column team-${team}`} aria-label={title}>
              <h3>{title}</h3>
              <ItemList
                label={title}
                layout="cards"
                withAgreement={false}
                items={voices.filter((v) => v.team === team && v.kind === kind)}
                emptyText={t('awareness.voices.empty')}
                addLabel={t('awareness.voices.add')}
                describe={describeVoice}
                onAdd={() => addItem(workshopId, 'voice', { team, kind })}
                renderItem={renderCard}
              />
            </section>
          )
        })}
      </div>
    </section>
  )
})

const describeNeed = (t: TFunction, need: ItemOf<'giveGet'>) => t('awareness.givesGets.describe', { text: shorten(need.text) })

const GivesGets = memo(function GivesGets({ workshopId, needs }: { workshopId: string; needs: ItemOf<'giveGet'>[] }) {
  const { t } = useTranslation()
  const renderNeed = useTextItem('giveGet', t('awareness.givesGets.need'), 1)
  return (
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
                describe={describeNeed}
                onAdd={() => addItem(workshopId, 'giveGet', { team })}
                renderItem={renderNeed}
              />
            </section>
          )
        })}
      </div>
    </section>
  )
})

const describeBenefit = (t: TFunction, benefit: ItemOf<'benefit'>) => t('awareness.benefits.describe', { text: shorten(benefit.text) })

const Benefits = memo(function Benefits({ workshopId, benefits }: { workshopId: string; benefits: ItemOf<'benefit'>[] }) {
  const { t } = useTranslation()
  const renderBenefit = useTextItem('benefit', t('awareness.benefits.benefit'), 1)
  return (
    <section className="card" aria-labelledby="benefits-title">
      <h2 id="benefits-title">{t('awareness.benefits.title')}</h2>
      <ItemList
        label={t('awareness.benefits.title')}
        items={benefits}
        addLabel={t('awareness.benefits.add')}
        describe={describeBenefit}
        onAdd={() => addItem(workshopId, 'benefit')}
        renderItem={renderBenefit}
      />
    </section>
  )
})

const SharedGoal = memo(function SharedGoal({ workshopId, sharedGoal }: { workshopId: string; sharedGoal: string }) {
  const { t } = useTranslation()
  return (
    <section className="card shared-goal" aria-labelledby="goal-title">
      <h2 id="goal-title">{t('awareness.sharedGoal.title')}</h2>
      <TextField
        limit={TEXT_FIELDS.workshop.sharedGoal}
        label={t('awareness.sharedGoal.label')}
        hideLabel
        multiline
        rows={3}
        placeholder={t('awareness.sharedGoal.placeholder')}
        value={sharedGoal}
        onSave={(text) => updateWorkshop(workshopId, { sharedGoal: text })}
      />
    </section>
  )
})
